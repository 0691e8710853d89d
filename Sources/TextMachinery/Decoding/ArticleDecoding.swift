#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An article file's bytes read in one pass: validated as UTF-8, decoded to the scalars
/// extraction indexes by, cut into lines, and checked for what makes a file no article
/// (a NUL byte, nothing but whitespace, a line of hundreds of kilobytes).
///
/// One decoding pass (after a memchr hop over the line feeds for overlong lines) instead
/// of five (Foundation's validating `String(data:encoding:)`, a NUL search, a whitespace
/// test, a line-length scan and a scalar decode): reading was a sixth of extraction.
public struct ArticleDecoding {
    /// The text's scalars, a leading byte-order mark left out (as `String(data:encoding:)` does).
    public var scalars: [Unicode.Scalar]
    /// The scalars narrowed to a byte each (`ASCIIBytes`), made in the same pass.
    public var ascii: [UInt8]
    /// Scalar ranges of the lines, split at line feeds, carriage returns not followed by
    /// a line feed (old Mac files) and U+2029, separators left out (a CR before an LF stays
    /// at the end of its line).
    public var lines: [Range<Int>]
    public var hasNUL: Bool
    /// Only spaces, tabs, carriage returns and line feeds (or nothing at all).
    public var isBlank: Bool
    /// The first line longer than the limit: its number (from 1) and length in bytes.
    public var overlongLine: (line: Int, length: Int)?
    /// Offsets of every scalar that may end a sentence or mark a quote (`ArticleMarks`),
    /// in order: the sentence splitter and the quote finder visit these, not every scalar.
    public var marks: [Int]

    /// Nil when the bytes are not well-formed UTF-8 (overlong forms, surrogates, code
    /// points past U+10FFFF and cut-off sequences included).
    public init?(_ bytes: UnsafeBufferPointer<UInt8>, maximumLineBytes: Int) {
        let total = bytes.count
        // A file with an overlong line is refused unread: found by hopping from line feed
        // to line feed (memchr), so a 50 MB one-line dump is never decoded, and only what
        // decides which error to report (well-formed text? NUL? blank?) is checked.
        if let overlong = Self.firstOverlongLine(bytes, maximumLineBytes: maximumLineBytes) {
            guard UTF8Validation.isValid(bytes) else { return nil }
            scalars = []
            ascii = []
            lines = []
            marks = []
            hasNUL = bytes.baseAddress.map { memchr($0, 0, total) != nil } ?? false
            isBlank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
            overlongLine = overlong
            return
        }
        var index = 0
        if total >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var hasNUL = false
        var isBlank = index == 0
        var lines: [Range<Int>] = []
        lines.reserveCapacity(total / 256 + 4)
        var marks: [Int] = []
        marks.reserveCapacity(total / 64 + 4)
        var lineStart = 0
        var valid = true
        var ascii = [UInt8](repeating: 0, count: total + ASCIIBytes.padding)
        let scalars = ascii.withUnsafeMutableBufferPointer { narrow in [Unicode.Scalar](unsafeUninitializedCapacity: total) { out, written in
            var count = 0
            while index < total {
                // Eight plain ASCII bytes with no line feed or NUL (most of any article)
                // are widened without a test per byte.
                if !isBlank, index + 8 <= total {
                    let eight = EightBytes.load(bytes.baseAddress! + index)
                    if !EightBytes.hasNonASCII(eight), !EightBytes.contains(eight, 0x0A), !EightBytes.contains(eight, 0x00),
                        !EightBytes.contains(eight, 0x0D)
                    {
                        // Widened as one vector: a shift, a mask and a checked store per byte were
                        // most of decoding.
                        var narrow8 = SIMD8<UInt8>()
                        withUnsafeMutableBytes(of: &narrow8) { $0.storeBytes(of: eight, as: UInt64.self) }
                        UnsafeMutableRawPointer(out.baseAddress! + count).storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: narrow8), as: SIMD8<UInt32>.self)
                        UnsafeMutableRawPointer(narrow.baseAddress! + count).storeBytes(of: eight, as: UInt64.self)
                        // The marks among them, found from a mask of their bytes, not byte by byte.
                        var found = ArticleMarks.asciiMarkMask(eight)
                        while found != 0 {
                            marks.append(count + found.trailingZeroBitCount / 8)
                            found &= found - 1
                        }
                        count += 8
                        index += 8
                        continue
                    }
                }
                let lead = bytes[index]
                if lead < 0x80 {
                    out[count] = Unicode.Scalar(lead)
                    narrow[count] = lead
                    if lead == 0x0A || (lead == 0x0D && (index + 1 == total || bytes[index + 1] != 0x0A)) {
                        lines.append(lineStart..<count)
                        lineStart = count + 1
                    } else if lead != 0x20 && lead != 0x09 && lead != 0x0D {
                        isBlank = false
                        if lead == 0 { hasNUL = true }
                        if ArticleMarks.isMark(UInt32(lead)) { marks.append(count) }
                    }
                    count += 1
                    index += 1
                    continue
                }
                isBlank = false
                guard let (value, length) = Self.decodeSequence(bytes, at: index, lead: lead) else {
                    valid = false
                    break
                }
                out[count] = Unicode.Scalar(value).unsafelyUnwrapped
                narrow[count] = ASCIIBytes.nonASCII
                if value == 0x2029 {
                    lines.append(lineStart..<count)
                    lineStart = count + 1
                } else if ArticleMarks.isMark(value) {
                    marks.append(count)
                }
                count += 1
                index += length
            }
            written = count
        } }
        guard valid else { return nil }
        // Zeros past the last scalar (never written): the padding.
        ascii.removeLast(total - scalars.count)
        if lineStart < scalars.count { lines.append(lineStart..<scalars.count) }
        self.scalars = scalars
        self.ascii = ascii
        self.lines = lines
        self.marks = marks
        self.hasNUL = hasNUL
        self.isBlank = isBlank
        overlongLine = nil
    }

    /// The first line longer than the limit: its number from 1 and its length in bytes.
    /// Hops from line feed to line feed; a stretch that long is looked at again for lone
    /// carriage returns, which end lines in old Mac files.
    private static func firstOverlongLine(_ bytes: UnsafeBufferPointer<UInt8>, maximumLineBytes: Int) -> (line: Int, length: Int)? {
        guard let base = bytes.baseAddress, bytes.count > maximumLineBytes else { return nil }
        var line = 1
        var start = 0
        while start <= bytes.count {
            let end = memchr(base + start, 0x0A, bytes.count - start).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base }
                ?? bytes.count
            if end - start > maximumLineBytes {
                var piece = start
                while piece <= end {
                    let next = memchr(base + piece, 0x0D, end - piece).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? end
                    if next - piece > maximumLineBytes { return (line, next - piece) }
                    if next + 1 < end { line += 1 }  // not the CR of a CRLF
                    piece = next + 1
                }
            }
            line += 1
            start = end + 1
        }
        return nil
    }

    /// The scalar of a multi-byte sequence and its length, or nil for an ill-formed one
    /// (the well-formed ranges of Unicode's table 3-7).
    @inline(__always)
    private static func decodeSequence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8) -> (UInt32, Int)? {
        @inline(__always) func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> UInt32? {
            guard index + offset < bytes.count else { return nil }
            let byte = bytes[index + offset]
            return byte >= low && byte <= high ? UInt32(byte & 0x3F) : nil
        }
        switch lead {
        case 0xC2...0xDF:
            guard let c1 = continuation(1) else { return nil }
            return (UInt32(lead & 0x1F) << 6 | c1, 2)
        case 0xE0...0xEF:
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
            guard let c1 = continuation(1, low, high), let c2 = continuation(2) else { return nil }
            return (UInt32(lead & 0x0F) << 12 | c1 << 6 | c2, 3)
        case 0xF0...0xF4:
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            guard let c1 = continuation(1, low, high), let c2 = continuation(2), let c3 = continuation(3) else { return nil }
            return (UInt32(lead & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4)
        default:
            return nil
        }
    }
}
