/// The article's scalars narrowed to one byte each, at the same offsets: the scalar's
/// value when it is ASCII, `nonASCII` when it is not, then `padding` zero bytes.
///
/// A token of up to 15 plain ASCII letters is then two unaligned eight-byte loads and a
/// mask, where packing it from the 32-bit scalars took a shift and an or per letter; the
/// padding lets those loads run past the last token without a bounds test.
public enum ASCIIBytes {
    /// Zero bytes after the last scalar: enough for two eight-byte loads from any offset.
    public static let padding = 16
    /// Stands for any scalar outside ASCII: its high bit sends a word down the general path.
    public static let nonASCII: UInt8 = 0x80

    /// The narrowed bytes of `scalars`, for text not read through `ArticleDecoding`
    /// (which narrows while it decodes).
    public static func of(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: scalars.count + padding) { bytes, count in
            for index in scalars.indices {
                let value = scalars[index].value
                bytes[index] = value < 0x80 ? UInt8(truncatingIfNeeded: value) : nonASCII
            }
            for index in scalars.count..<(scalars.count + padding) { bytes[index] = 0 }
            count = scalars.count + padding
        }
    }

    /// Bytes `offset` to `offset + count` (`count` at most 15) packed little-end first
    /// into two integers, the rest zero; nil if any of them is not ASCII.
    @inlinable @inline(__always) public static func packed(_ bytes: UnsafePointer<UInt8>, at offset: Int, count: Int) -> (UInt64, UInt64)? {
        let start = UnsafeRawPointer(bytes + offset)
        let first = UInt64(littleEndian: start.loadUnaligned(as: UInt64.self))
        let second = UInt64(littleEndian: start.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let low = count >= 8 ? first : first & ((1 &<< UInt64(8 &* count)) &- 1)
        let high = count > 8 ? second & ((1 &<< UInt64(8 &* (count &- 8))) &- 1) : 0
        return EightBytes.hasNonASCII(low | high) ? nil : (low, high)
    }

    /// Every byte of `range` below 0x80: the scalars there are all ASCII. Eight at a time.
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count)
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            if EightBytes.hasNonASCII(EightBytes.load(bytes.baseAddress! + index)) { return false }
            index += 8
        }
        while index < range.upperBound {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// How many space-separated words bytes `range` hold (what `split(separator: " ").count`
    /// says of their text), eight bytes at a time: a word starts at each byte that is not
    /// a space after one that is (or at the range's start). No other scalar narrows to a space.
    public static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        precondition(range.lowerBound >= 0 && range.upperBound + padding <= bytes.count)
        let highs: UInt64 = 0x8080_8080_8080_8080
        var count = 0
        var previousSpace: UInt64 = 0x80  // the byte before the range counts as a space
        var index = range.lowerBound
        while index < range.upperBound {
            let valid = min(8, range.upperBound - index)
            let inRange = valid == 8 ? highs : highs & ((1 &<< UInt64(8 * valid)) &- 1)
            let spaces = EightBytes.equalMask(EightBytes.load(bytes.baseAddress! + index), 0x20)
            let starts = ~spaces & inRange & (spaces << 8 | previousSpace)
            count += starts.nonzeroBitCount
            previousSpace = spaces >> 56
            index += 8
        }
        return count
    }
}
