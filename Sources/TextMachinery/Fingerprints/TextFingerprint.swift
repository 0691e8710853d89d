/// What stays the same when the same words are written twice with other marks (straight
/// or curly quotes, dashes, spacing, case): a text's letters and digits, lower-cased. The
/// rules tell repeated quotes apart by its 64-bit hash, read straight off an article's
/// scalars, and compare the strings only when two hashes meet.
public enum TextFingerprint {
    /// The text's letters and digits, lower-cased: the same words quoted twice compare
    /// equal. Read from the article's scalars in one pass; non-ASCII letters keep their
    /// lower-case mapping, other marks (curly quotes, dashes) are dropped.
    public static func comparable(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(range.count)
        forEachComparableScalar(scalars, range) { kept.append($0) }
        return String(String.UnicodeScalarView(kept))
    }

    /// `comparable`'s text hashed as it is read (FNV-1a over its scalars): texts are told
    /// apart without making their strings, which are compared only when two hashes meet.
    /// ASCII is read from the narrowed bytes through a table; other scalars as `comparable` reads them.
    public static func hash(_ scalars: [Unicode.Scalar], _ ascii: [UInt8], _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        func add(_ scalar: Unicode.Scalar) {
            var value = scalar.value
            repeat {
                mix(UInt8(truncatingIfNeeded: value))
                value >>= 8
            } while value != 0
        }
        let table = comparableASCII
        ascii.withUnsafeBufferPointer { bytes in
            for index in range {
                let byte = bytes[index]
                if byte < 0x80 {
                    let kept = table[Int(byte)]
                    if kept != 0 { mix(kept) }
                } else {
                    forEachComparableScalar(scalars, index..<(index + 1), add)
                }
            }
        }
        return hash
    }

    /// What `forEachComparableScalar` keeps of each ASCII byte: letters lower-cased, digits,
    /// and 0 for everything it drops.
    private static let comparableASCII: [UInt8] = (0..<128).map { byte in
        switch byte {
        case 65...90: UInt8(byte + 32)
        case 97...122, 48...57: UInt8(byte)
        default: 0
        }
    }

    @inline(__always)
    private static func forEachComparableScalar(_ scalars: [Unicode.Scalar], _ range: Range<Int>, _ body: (Unicode.Scalar) -> Void) {
        scalars.withUnsafeBufferPointer { buffer in
            for index in range {
                let scalar = buffer[index]
                switch scalar.value {
                case 65...90: body(Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value + 32)))
                case 97...122, 48...57: body(scalar)
                case 0..<0x80: break
                default:
                    guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { break }
                    for lowered in scalar.properties.lowercaseMapping.unicodeScalars
                    where lowered.properties.isAlphabetic || lowered.properties.numericType != nil {
                        body(lowered)
                    }
                }
            }
        }
    }
}
