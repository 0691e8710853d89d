/// Text tests on UTF-8 bytes for the hot paths of extraction and generation. With
/// Foundation imported, `String.contains("…")` is `NSString.range(of:)` and
/// `split(separator: " ")` walks Characters: both cost tens of times more than a byte loop.
public enum ByteText {
    /// Whether `needle` occurs in `text`, byte for byte.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { needle in
                guard !needle.isEmpty else { return true }
                guard haystack.count >= needle.count else { return false }
                let first = needle[0]
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    var matched = 1
                    while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
                return false
            }
        }
    }

    /// How many space-separated words a text holds (`split(separator: " ").count`).
    public static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            for byte in bytes {
                let isSpace = byte == UInt8(ascii: " ")
                if !isSpace && !inWord { count += 1 }
                inWord = !isSpace
            }
            return count
        }
    }
}
