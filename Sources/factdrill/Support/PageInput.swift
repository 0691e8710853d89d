import FactExtraction
import Foundation
import PageReading
import TextMachinery

/// A saved page that gave no article: reported, skipped, and the run ends with exit 2.
struct PageFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Saved web pages among the inputs: read with `PageReader` and turned into the same
/// text-with-front-matter a `.txt` article holds, so one pipeline serves both.
enum PageInput {
    static let extensions = [".html", ".htm", ".html.gz", ".htm.gz"]

    static func isPage(_ path: String) -> Bool {
        let lower = path.lowercased()
        return extensions.contains { lower.hasSuffix($0) }
    }

    /// The article on a saved page.
    /// - Throws: `CommandFailure` naming the path: no article, not HTML, undecodable, unreadable.
    static func webArticle(path: String) throws -> WebArticle {
        var bytes = [UInt8](try InputFile.data(at: path))
        if path.lowercased().hasSuffix(".gz") {
            guard let inflated = GzipBytes.inflate(bytes) else { throw CommandFailure(message: "\(path): not a whole gzip file") }
            bytes = inflated
        }
        do {
            return try PageReader.read(bytes, contentType: nil, url: nil)
        } catch {
            throw PageFailure(message: "\(path): \(error)")
        }
    }

    /// Any article input: a saved page through `PageReader`, a text file as it always was.
    static func article(path: String, published: CalendarDay?) throws -> Article {
        guard isPage(path) else { return try ArticleParser.read(path: path, published: published) }
        let page = try webArticle(path: path)
        return ArticleParser.parse(page.frontMatterText, fileName: (path as NSString).lastPathComponent, published: published)
    }
}
