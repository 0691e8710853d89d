import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What the Content-Type header says a body is, and whether FactDrill can read it as an article.
struct MediaType {
    /// Lower-cased, without parameters; nil when the header is missing or empty.
    var name: String?
    var charset: String?

    init(response: HTTPURLResponse) {
        self.init(header: response.value(forHTTPHeaderField: "Content-Type"))
    }

    init(header: String?) {
        guard let header else { return }
        var parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let name = parts.isEmpty ? "" : parts.removeFirst().lowercased()
        self.name = name.isEmpty ? nil : name
        for parameter in parts {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                if !value.isEmpty { charset = value }
            }
        }
    }

    /// Web pages and plain text; not PDFs, images, feeds or JSON, which would read as noise.
    static func isReadable(_ name: String) -> Bool {
        ["text/html", "application/xhtml+xml", "text/plain"].contains(name)
    }

    /// For a body the server did not label: a NUL byte (outside UTF-16 text) or a PDF/image signature near the
    /// start means it is no text at all.
    static func looksBinary(_ body: [UInt8]) -> Bool {
        let head = body.prefix(1024)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }  // UTF-16 text
        if head.contains(0) { return true }
        let signatures: [[UInt8]] = [Array("%PDF-".utf8), [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], Array("GIF8".utf8)]
        return signatures.contains { head.starts(with: $0) }
    }
}
