import TextMachinery
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

    /// The phrases by their first byte: a line is compared only with those it could start.
    private static let prefixesByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 128)
        for prefix in prefixes.map({ Array($0.utf8) }) { table[Int(prefix[0])].append(prefix) }
        return table
    }()

    /// Furniture is short or announces itself in its first words: the line's first 60
    /// bytes are read when it is longer than 200, else all of it. Letters are compared
    /// with ASCII case folded; every phrase looked for is ASCII.
    static func isFurniture(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, ascii: UnsafeBufferPointer<UInt8>? = nil) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 208) { bytes in
            // More than 200 scalars is more than 200 bytes: only the head is encoded.
            let limit = range.count > 200 ? 60 : 201
            var written = 0
            var index = range.lowerBound
            // A head of plain ASCII (nearly every line) is its narrowed bytes, copied as they are.
            let head = min(range.count, limit)
            if let ascii, ASCIIBytes.isASCII(ascii, range.lowerBound..<(range.lowerBound + head)) {
                bytes.baseAddress!.update(from: ascii.baseAddress! + range.lowerBound, count: head)
                written = head
                index += head
            }
            while index < range.upperBound, written < limit {
                written += ScalarText.encode(scalars[index], into: bytes.baseAddress! + written)
                index += 1
            }
            // A line of more than 200 scalars stopped at 60 bytes; a shorter one at 201 if it is long.
            let isLong = range.count > 200 || written > 200
            return isFurniture(head: UnsafeMutableBufferPointer(rebasing: bytes[..<(isLong ? 60 : written)]))
        }
    }

    private static func isFurniture(head: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        if let first = head.first, first < 0x80,
            prefixesByFirstByte[Int(lowered(first))].contains(where: { startsCaseless(UnsafeBufferPointer(head), $0) })
        {
            return true
        }
        // Both phrases are letters and spaces, so setting each byte's 0x20 bit folds case
        // without making anything else match (only NUL would become a space, and articles
        // have none): the head is folded in place, eight bytes at a time, then searched
        // with `memchr` and `memcmp` (`ByteText.contains`), not byte by byte.
        var index = 0
        while index + 8 <= head.count {
            let eight = EightBytes.load(head.baseAddress! + index) | 0x2020_2020_2020_2020
            UnsafeMutableRawPointer(head.baseAddress! + index).storeBytes(of: eight, as: UInt64.self)
            index += 8
        }
        while index < head.count {
            head[index] |= 0x20
            index += 1
        }
        // A video-player notice anywhere; a newsletter prompt when the line is short.
        if videoPlayer.withUnsafeBufferPointer({ ByteText.contains(UnsafeBufferPointer(head), $0) }) { return true }
        return newsletter.withUnsafeBufferPointer({ ByteText.contains(UnsafeBufferPointer(head), $0, anchor: 2) })
            && ByteText.wordCount(String(decoding: head, as: UTF8.self)) < 14
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

    /// "Read more:" and its kin. Read from the scalars: a line's text is made only when it
    /// is short enough to be one (more scalars than 20 are more bytes than 20).
    static func opensLinkList(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        guard range.count < 20 else { return false }
        let line = ScalarText.string(scalars, range)
        guard line.utf8.count < 20 else { return false }
        // Plain ASCII (nearly every line): trimmed of spaces and tabs (`.whitespaces` in
        // ASCII) and lower-cased bytewise, without Foundation.
        let lowered = ByteText.isPlainASCII(line)
            ? ByteText.asciiLowercased(ByteText.trimming(line) { $0 == 0x20 || $0 == 0x09 })
            : line.lowercased().trimmingCharacters(in: .whitespaces)
        return lowered == "read more:" || lowered == "read more" || lowered == "more:" || lowered == "see also:"
    }

    /// A short line with no closing punctuation: the title of a linked story.
    static func looksLikeLinkHeadline(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        let words = ByteText.wordCount(line)
        return words <= 14 && !".!?:\"”".unicodeScalars.contains(last)
    }

    /// "Sergei Supinsky / AFP / Getty Images": a credit, not a headline. Read from the
    /// scalars: a line's text is made only when it is short and holds a slash.
    static func isPhotoCredit(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        guard range.count < 160, scalars[range].contains("/") else { return false }
        let line = ScalarText.string(scalars, range)
        guard line.utf8.count < 160 else { return false }
        let agencies = ["afp", "getty", "reuters", "ap photo", "associated press", "epa", "pa media", "shutterstock", "anadolu"]
        let lowered = line.lowercased()
        let parts = lowered.split(separator: "/")
        return parts.count >= 2 && agencies.contains(where: { ByteText.contains(lowered, $0) }) && ByteText.wordCount(line) <= 12
    }
}
