import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Text tests on UTF-8 bytes for the hot paths of extraction and generation. With
/// Foundation imported, `String.contains("…")` is `NSString.range(of:)` and
/// `split(separator: " ")` walks Characters: both cost tens of times more than a byte loop.
public enum ByteText {
    /// Whether `needle` occurs in `text`, byte for byte.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { haystack in needle.withUTF8 { contains(haystack, $0) } }
    }

    /// Whether `needle` occurs in `text`, byte for byte: the C library's `memchr` (which
    /// reads many bytes at a time) finds each place the needle's byte at `anchor` occurs,
    /// and only those are compared. An anchor on a rare letter ("w" of "newsletter")
    /// stops `memchr` less often than a common first one.
    public static func contains(_ text: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, anchor: Int = 0) -> Bool {
        guard !needle.isEmpty else { return true }
        guard text.count >= needle.count, let base = text.baseAddress, let wanted = needle.baseAddress else { return false }
        precondition(anchor >= 0 && anchor < needle.count)
        let lastStart = text.count - needle.count
        var start = 0
        while start <= lastStart {
            guard let found = memchr(base + start + anchor, Int32(wanted[anchor]), lastStart - start + 1) else { return false }
            let offset = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base - anchor
            if memcmp(base + offset, wanted, needle.count) == 0 { return true }
            start = offset + 1
        }
        return false
    }

    /// Every byte below 0x80 (and no carriage return, which joins a following line feed
    /// into one `Character`): text a byte-wise fast path reads exactly as a `Character` walk.
    public static func isPlainASCII(_ text: String) -> Bool {
        var text = text
        // Over the contiguous bytes: iterating `utf8` decodes a small string's bytes one call at a time.
        return text.withUTF8 { bytes in !bytes.contains { $0 >= 0x80 || $0 == 0x0D } }
    }

    /// Lower-cases an ASCII string byte by byte (`lowercased()` walks Unicode tables).
    public static func asciiLowercased(_ text: String) -> String {
        let count = text.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var out = 0
            for byte in text.utf8 {
                buffer[out] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                out += 1
            }
            return out
        }
    }

    /// `lowercased()`, bytewise for plain ASCII, and the text itself when it has no
    /// capital: the Unicode tables are walked only for other text.
    public static func lowercased(_ text: String) -> String {
        guard isPlainASCII(text) else { return text.lowercased() }
        return text.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) ? asciiLowercased(text) : text
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

    /// The text without leading and trailing whitespace (spaces, tabs, line breaks and,
    /// through Foundation, any Unicode space at an edge). Answers are trimmed a hundred
    /// thousand times per grading run; Foundation's `trimmingCharacters` dominated it.
    public static func trimmingWhitespace(_ text: String) -> String {
        trimming(text) { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
    }

    /// The text without leading and trailing ASCII bytes for which `isEdge` holds; a
    /// non-ASCII edge defers to Foundation's whitespace trimming first.
    public static func trimming(_ text: String, where isEdge: (UInt8) -> Bool) -> String {
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last, first >= 0x80 || last >= 0x80 {
            let unicodeTrimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if unicodeTrimmed != text { return trimming(unicodeTrimmed, where: isEdge) }
        }
        guard let start = utf8.firstIndex(where: { !isEdge($0) }) else { return "" }
        let end = utf8.index(after: utf8.lastIndex(where: { !isEdge($0) })!)
        if start == utf8.startIndex && end == utf8.endIndex { return text }
        return String(text[start..<end])
    }
}
