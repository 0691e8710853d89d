import Foundation

/// The article object among a page's JSON-LD blocks (schema.org `NewsArticle` and kin):
/// its headline, date, authors and publisher.
struct JSONLinkedData {
    var headline: String?
    var datePublished: String?
    var authors: [String] = []
    var publisher: String?

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "socialmediaposting", "liveblogposting", "webpage", "scholarlyarticle",
    ]

    init(scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            guard let value = try? JSONSerialization.jsonObject(with: Self.trimmed(script))
            else { continue }
            Self.collect(value, into: &objects, depth: 0)
        }
        // Article types before a plain WebPage.
        let ranked = objects.filter { Self.types(of: $0).contains { Self.articleTypes.contains($0) } }
            .sorted { Self.types(of: $0).contains("webpage") == false && Self.types(of: $1).contains("webpage") }
        for object in ranked {
            if headline == nil, let text = object["headline"] as? String { headline = text }
            if datePublished == nil, let text = object["datePublished"] as? String { datePublished = text }
            if authors.isEmpty { authors = Self.names(object["author"]) }
            if publisher == nil { publisher = Self.names(object["publisher"]).first }
        }
        if publisher == nil, let organization = objects.first(where: { Self.types(of: $0).contains { ["newsmediaorganization", "organization"].contains($0) } }) {
            publisher = organization["name"] as? String
        }
    }

    /// The script's bytes without surrounding whitespace. ASCII whitespace is cut byte by
    /// byte; Foundation's trimming (through NSString on Linux: most of the time spent on a
    /// page's metadata) is asked only when a non-ASCII character ends the text, which may
    /// be a no-break or other Unicode space.
    static func trimmed(_ script: String) -> Data {
        let bytes = script.utf8
        let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return Data() }
        if bytes[first] >= 0x80 || bytes[last] >= 0x80 {
            return Data(script.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        }
        return Data(bytes[first...last])
    }

    private static func collect(_ value: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for element in array { collect(element, into: &objects, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects, depth: depth + 1) }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [String] { return types.map { $0.lowercased() } }
        return []
    }

    private static func names(_ value: Any?) -> [String] {
        if let text = value as? String { return [text] }
        if let object = value as? [String: Any], let name = object["name"] as? String { return [name] }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }
}
