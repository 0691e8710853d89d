/// Fast conversions between text and the scalar arrays extraction works on. Swift's
/// general `UnicodeScalarView` paths cost several times more than these tight loops,
/// and extraction builds a string for every token.
public enum ScalarText {
    /// The string for a range of scalars, encoded straight into the string's storage
    /// (no intermediate array; words of up to 15 bytes never touch the heap).
    public static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        scalars.withUnsafeBufferPointer { string($0, range) }
    }

    public static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count)
        let count = range.count
        guard count > 0 else { return "" }
        let start = scalars.baseAddress! + range.lowerBound
        // Plain ASCII (most sentences): one pass narrows each scalar to its byte and notes
        // any that is not ASCII, in which case the string is made again below.
        var isASCII = true
        let ascii = String(unsafeUninitializedCapacity: count) { buffer in
            var combined: UInt32 = 0
            for offset in 0..<count {
                let value = start[offset].value
                combined |= value
                buffer[offset] = UInt8(truncatingIfNeeded: value)
            }
            isASCII = combined < 0x80
            return isASCII ? count : 0
        }
        if isASCII { return ascii }
        var length = 0
        for offset in 0..<count {
            let value = start[offset].value
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var out = 0
            for offset in 0..<count { out += encode(start[offset], into: buffer.baseAddress! + out) }
            return out
        }
    }

    /// Writes a scalar's UTF-8 bytes (room for four) and returns how many.
    @inlinable @inline(__always) public static func encode(_ scalar: Unicode.Scalar, into buffer: UnsafeMutablePointer<UInt8>) -> Int {
        let value = scalar.value
        if value < 0x80 {
            buffer[0] = UInt8(value)
            return 1
        } else if value < 0x800 {
            buffer[0] = UInt8(0xC0 | (value >> 6))
            buffer[1] = UInt8(0x80 | (value & 0x3F))
            return 2
        } else if value < 0x10000 {
            buffer[0] = UInt8(0xE0 | (value >> 12))
            buffer[1] = UInt8(0x80 | ((value >> 6) & 0x3F))
            buffer[2] = UInt8(0x80 | (value & 0x3F))
            return 3
        } else {
            buffer[0] = UInt8(0xF0 | (value >> 18))
            buffer[1] = UInt8(0x80 | ((value >> 12) & 0x3F))
            buffer[2] = UInt8(0x80 | ((value >> 6) & 0x3F))
            buffer[3] = UInt8(0x80 | (value & 0x3F))
            return 4
        }
    }

    /// "russia's" → "russia"; "november’s" → "november"; anything else unchanged.
    public static func droppingPossessive(_ word: String) -> String {
        let utf8 = word.utf8
        guard utf8.count >= 2, hasPossessiveSuffix(word) else { return word }
        return String(word.dropLast(2))
    }

    /// The number a token's digits spell, thousands separators dropped: "1,000" → 1000.
    public static func number(_ text: some StringProtocol) -> Double? {
        Double(withoutCommas(text))
    }

    /// "1,000" → "1000": thousands separators dropped, bytewise.
    public static func withoutCommas(_ text: some StringProtocol) -> String {
        guard text.utf8.contains(UInt8(ascii: ",")) else { return String(text) }
        return String(decoding: text.utf8.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self)
    }

    /// Ends in "'s" or "’s", compared as bytes (`hasSuffix` on `String` runs Unicode
    /// comparison, a few hundred instructions for two characters).
    public static func hasPossessiveSuffix(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            guard count >= 2, bytes[count - 1] == UInt8(ascii: "s") else { return false }
            if bytes[count - 2] == UInt8(ascii: "'") { return true }
            return count >= 4 && bytes[count - 2] == 0x99 && bytes[count - 3] == 0x80 && bytes[count - 4] == 0xE2
        }
    }

    /// The space-separated words of a text, empty ones left out: `split(separator: " ")`
    /// over bytes rather than Characters.
    public static func spaceSeparated(_ text: String) -> [Substring] {
        var words: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: " ") {
                if start != index { words.append(text[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { words.append(text[start..<utf8.endIndex]) }
        return words
    }

    /// Whether any `Character` of the text may be a number (`isNumber`): false only when
    /// every byte is ASCII and none a digit, the one way an ASCII text holds a number.
    public static func mayHoldNumber(_ text: Substring) -> Bool {
        text.utf8.contains { $0 >= 0x80 || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }
    }

    /// Every character an ASCII digit (what `allSatisfy(\.isNumber)` asks of number tokens).
    public static func isDigits(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// `allSatisfy(\.isNumber)` (true for an empty text too), bytewise when the text is ASCII.
    public static func isAllNumbers(_ text: String) -> Bool {
        ByteText.isPlainASCII(text) ? text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } : text.allSatisfy(\.isNumber)
    }

    /// `isAllNumbers` for a token's word: bytewise for ASCII, without making a string.
    public static func isAllNumbers(_ word: Word) -> Bool {
        word.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } : word.string.allSatisfy(\.isNumber)
        }
    }

    @inlinable @inline(__always) public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C }
        return scalar.properties.isWhitespace
    }

    @inlinable @inline(__always) public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
        return scalar.properties.isAlphabetic
    }

    @inlinable @inline(__always) public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 65 && value <= 90 }
        return scalar.properties.isUppercase
    }
}
