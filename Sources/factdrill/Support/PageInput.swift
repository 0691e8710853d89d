import FactExtraction
import Foundation
import PageFetching
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
        try savedPage(path: path).article
    }

    /// The article on a saved page, and the address it was fetched from when `--save-pages`
    /// kept it (with the server's charset): the article is then named by that address, as
    /// it was when fetched, so a bank made again offline keeps its item ids.
    static func savedPage(path: String) throws -> (article: WebArticle, fetchedFrom: URL?) {
        var bytes = [UInt8](try InputFile.data(at: path))
        if path.lowercased().hasSuffix(".gz") {
            guard let inflated = GzipBytes.inflate(bytes) else { throw CommandFailure(message: "\(path): not a whole gzip file") }
            bytes = inflated
        }
        let saved = SavedPage(fileBytes: bytes)
        do {
            let article = try PageReader.read(saved?.body ?? bytes, contentType: saved?.contentType, url: saved?.url.absoluteString)
            return (article, saved?.url)
        } catch {
            throw PageFailure(message: "\(path): \(error)")
        }
    }

    /// The article on a page fetched from the web, read exactly as a saved one is.
    static func webArticle(page: FetchedPage) throws -> WebArticle {
        do {
            return try PageReader.read(page.body, contentType: page.contentType, url: page.finalURL.absoluteString)
        } catch {
            throw PageFailure(message: "\(page.requestedURL.absoluteString): \(error)")
        }
    }

    /// Any article input: a saved page through `PageReader`, a text file as it always was.
    static func article(path: String, published: CalendarDay?) throws -> Article {
        guard isPage(path) else { return try ArticleParser.read(path: path, published: published) }
        let page = try savedPage(path: path)
        let name = page.fetchedFrom?.absoluteString ?? (path as NSString).lastPathComponent
        return ArticleParser.parse(page.article.frontMatterText, fileName: name, published: published)
    }
}

extension ArticleInput {
    /// How the input is named in output and messages: its path, or the address it was fetched from.
    var name: String {
        switch self {
        case .file(let path): path
        case .page(let page, _): page.requestedURL.absoluteString
        }
    }

    /// A web page, saved or fetched, rather than a text article.
    var isPage: Bool {
        switch self {
        case .file(let path): PageInput.isPage(path)
        case .page: true
        }
    }

    func webArticle() throws -> WebArticle {
        switch self {
        case .file(let path): try PageInput.webArticle(path: path)
        case .page(let page, _): try PageInput.webArticle(page: page)
        }
    }

    func article(published: CalendarDay?) throws -> Article {
        switch self {
        case .file(let path):
            return try PageInput.article(path: path, published: published)
        case .page(let page, _):
            return ArticleParser.parse(try webArticle().frontMatterText, fileName: page.finalURL.absoluteString, published: published)
        }
    }
}
