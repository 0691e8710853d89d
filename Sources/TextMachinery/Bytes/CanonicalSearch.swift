import Foundation

/// Foundation's `contains` and `range(of:)` compare with canonical equivalence, through
/// `CFStringFind`: generating a bank spent a fourteenth of its time there. In text whose
/// every scalar is a character of its own with no other canonical form, that comparison is
/// the bytes' comparison, so these give Foundation's answer byte for byte there and ask
/// Foundation everywhere else.
///
/// "Of its own": ASCII but the carriage return (which joins a line feed), and the curly
/// quotes, dashes, ellipsis, degree and currency signs news copy is full of. None of them
/// combines with a neighbour into one character or decomposes (a combining accent, or an
/// accented letter, would: "e" is not found in "é", which may be written either way).
public enum CanonicalSearch {
    /// Whether Foundation's comparison of `text` is its bytes' comparison.
    public static func isBytewise(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if bytes[index] < 0x80 {
                    if bytes[index] == 0x0D { return false }
                    index += 1
                } else if let width = signWidth(bytes, at: index) {
                    index += width
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// The byte length of the sign or mark at `index` that stands for itself, or nil.
    private static func signWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let left = bytes.count - index
        switch bytes[index] {
        case 0xC2 where left >= 2:
            // £ ¥ °
            switch bytes[index + 1] {
            case 0xA3, 0xA5, 0xB0: return 2
            default: return nil
            }
        case 0xE2 where left >= 3:
            switch (bytes[index + 1], bytes[index + 2]) {
            // – — ‘ ’ “ ” …
            case (0x80, 0x93), (0x80, 0x94), (0x80, 0x98), (0x80, 0x99), (0x80, 0x9C), (0x80, 0x9D), (0x80, 0xA6): return 3
            // €
            case (0x82, 0xAC): return 3
            default: return nil
            }
        default: return nil
        }
    }

    /// `text.contains(needle)` as Foundation answers it.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        // Foundation finds no empty needle.
        guard !needle.isEmpty else { return false }
        guard isBytewise(text), isBytewise(needle) else { return text.contains(needle) }
        return ByteText.contains(text, needle)
    }

    /// `text.range(of: needle)` as Foundation answers it: the first occurrence.
    public static func range(of needle: String, in text: String) -> Range<String.Index>? {
        // Foundation finds no empty needle.
        guard !needle.isEmpty else { return nil }
        guard isBytewise(text), isBytewise(needle) else { return text.range(of: needle) }
        return text.byteRange(of: needle)
    }

    /// Whether `phrase` occurs in `text` with no letter or digit right before or after it,
    /// read as a loop over `range(of:)` in what is left after each occurrence reads it: the
    /// next search starts where the last occurrence ended, and what lies before that start
    /// is not looked at. Nil when the texts are not bytewise: the caller's `Character` walk
    /// answers then.
    public static func containsWholeWord(_ text: String, _ phrase: String) -> Bool? {
        guard isBytewise(text), isBytewise(phrase) else { return nil }
        let haystack = Array(text.utf8), wanted = Array(phrase.utf8)
        guard !wanted.isEmpty, haystack.count >= wanted.count else { return false }
        // In bytewise text a non-ASCII byte belongs to a sign or a mark: no letter, no digit.
        func isLetterOrDigit(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        var rest = 0, start = 0
        while start + wanted.count <= haystack.count {
            guard haystack[start] == wanted[0], haystack[start..<(start + wanted.count)].elementsEqual(wanted) else {
                start += 1
                continue
            }
            let end = start + wanted.count
            let letterBefore = start > rest && isLetterOrDigit(haystack[start - 1])
            let letterAfter = end < haystack.count && isLetterOrDigit(haystack[end])
            if !letterBefore && !letterAfter { return true }
            rest = end
            start = end
        }
        return false
    }
}
