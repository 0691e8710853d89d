/// The scalars the sentence splitter and the quote finder look for: sentence ends
/// (. ! ? …) and double quote marks (" “ ” „). The article reader notes where each one
/// is as it decodes, so those two passes visit a few dozen places per paragraph instead
/// of every scalar.
public enum ArticleMarks {
    @inlinable @inline(__always) public static func isMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x21, 0x22, 0x2E, 0x3F, 0x2026, 0x201C, 0x201D, 0x201E: true
        default: false
        }
    }

    @inlinable @inline(__always) public static func isSentenceEnd(_ value: UInt32) -> Bool {
        value == 0x2E || value == 0x21 || value == 0x3F || value == 0x2026
    }

    @inlinable @inline(__always) public static func isQuoteMark(_ value: UInt32) -> Bool {
        value == 0x22 || (value &- 0x201C) <= 2
    }

    /// 0x80 in each of eight ASCII bytes that is one of the ASCII marks, 0 elsewhere.
    @inlinable @inline(__always) public static func asciiMarkMask(_ eight: UInt64) -> UInt64 {
        EightBytes.equalMask(eight, 0x2E) | EightBytes.equalMask(eight, 0x22) | EightBytes.equalMask(eight, 0x21)
            | EightBytes.equalMask(eight, 0x3F)
    }

    /// The marks (offsets, in order) that lie in `range`, found by binary search.
    public static func slice(_ marks: [Int], in range: Range<Int>) -> ArraySlice<Int> {
        let start = OffsetSearch.firstIndex(in: marks, atOrAfter: range.lowerBound) { $0 }
        let end = OffsetSearch.firstIndex(in: marks, atOrAfter: range.upperBound) { $0 }
        return marks[start..<max(start, end)]
    }

    /// The marks of `range` found by reading every scalar: for text that did not come
    /// through the article reader.
    public static func scan(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> [Int] {
        range.filter { isMark(scalars[$0].value) }
    }
}
