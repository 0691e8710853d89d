/// Site furniture that readers skip and extraction must too: newsletter and app
/// prompts, video-player notices, "Related News", photo credits, link lists.
enum Boilerplate {
    private static let prefixes = [
        "related news", "related stories", "related:", "sign up for", "get email updates", "find al jazeera",
        "please use chrome", "be the first to get", "install the", "keep up with all the latest",
        "click for more from", "click here", "follow us on", "share this", "advertisement", "subscribe to",
        "download the", "watch:", "listen:", "more on this story", "this video can not be played",
        "skip related content", "you may also like", "recommended", "most read", "image caption", "media caption",
        "image copyright", "getty images", "copyright ©",
    ]

    private static let prefixBytes = prefixes.map { Array($0.utf8) }

    static func isFurniture(_ line: String) -> Bool {
        var line = line
        let verdict: Bool? = line.withUTF8 { bytes in
            // Furniture is short or announces itself in its first words.
            let head = UnsafeBufferPointer(rebasing: bytes.prefix(bytes.count > 200 ? 60 : bytes.count))
            // Plain ASCII (nearly every line): compared in place, lower-cased on the fly.
            return head.allSatisfy({ $0 < 0x80 }) ? isFurniture(head: head) : nil
        }
        if let verdict { return verdict }
        // Other text is lower-cased by Unicode's rules first, then read the same way.
        var lowered = (line.utf8.count > 200 ? String(line.prefix(60)) : line).lowercased()
        return lowered.withUTF8 { isFurniture(head: $0) }
    }

    private static func isFurniture(head: UnsafeBufferPointer<UInt8>) -> Bool {
        if prefixBytes.contains(where: { startsCaseless(head, $0) }) { return true }
        return containsCaseless(head, videoPlayer)
            || containsCaseless(head, newsletter) && ByteText.wordCount(String(decoding: head, as: UTF8.self)) < 14
    }

    private static let videoPlayer = Array("video player".utf8)
    private static let newsletter = Array("newsletter".utf8)

    @inline(__always) private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// `text` starts with `prefix` (lower-case ASCII), ignoring the case of `text`.
    private static func startsCaseless(_ text: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8], at start: Int = 0) -> Bool {
        guard text.count - start >= prefix.count else { return false }
        for offset in prefix.indices where lowered(text[start + offset]) != prefix[offset] { return false }
        return true
    }

    private static func containsCaseless(_ text: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard text.count >= needle.count else { return false }
        for start in 0...(text.count - needle.count) where startsCaseless(text, needle, at: start) { return true }
        return false
    }

    static func opensLinkList(_ line: String) -> Bool {
        guard line.utf8.count < 20 else { return false }
        let lowered = line.lowercased().trimmingCharacters(in: .whitespaces)
        return lowered == "read more:" || lowered == "read more" || lowered == "more:" || lowered == "see also:"
    }

    /// A short line with no closing punctuation: the title of a linked story.
    static func looksLikeLinkHeadline(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        let words = ByteText.wordCount(line)
        return words <= 14 && !".!?:\"”".unicodeScalars.contains(last)
    }

    /// "Sergei Supinsky / AFP / Getty Images": a credit, not a headline.
    static func isPhotoCredit(_ line: String) -> Bool {
        guard line.utf8.count < 160, line.utf8.contains(UInt8(ascii: "/")) else { return false }
        let agencies = ["afp", "getty", "reuters", "ap photo", "associated press", "epa", "pa media", "shutterstock", "anadolu"]
        let lowered = line.lowercased()
        let parts = lowered.split(separator: "/")
        return parts.count >= 2 && agencies.contains(where: { ByteText.contains(lowered, $0) }) && ByteText.wordCount(line) <= 12
    }
}
