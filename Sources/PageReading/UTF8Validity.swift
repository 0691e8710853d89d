/// Whether bytes are well-formed UTF-8 (the Unicode standard's table 3-7: no overlong
/// forms, no surrogates, nothing past U+10FFFF), as `String(validating:)` decides it.
/// Pages are checked whole, once or twice each, and the standard library's generic
/// validator spent about two million instructions per page doing it; pages are mostly
/// ASCII, so eight bytes at a time are skipped while none has its high bit set.
enum UTF8Validity {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            return isValid(base, count: buffer.count)
        }
    }

    private static func isValid(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(base, at: index, count: count) else { return false }
            index += length
        }
        return true
    }

    /// The length of the multi-byte sequence starting at `index`, or nil when ill-formed.
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int? {
        let lead = base[index]
        let length: Int
        // The second byte's range depends on the lead byte (this is what rules out
        // overlong forms, surrogates and code points past U+10FFFF).
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard index + length <= count else { return nil }
        let second = base[index + 1]
        guard second >= low, second <= high else { return nil }
        for offset in 2..<max(2, length) where base[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }
}
