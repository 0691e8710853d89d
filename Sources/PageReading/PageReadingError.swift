/// Why a page gave no article. The executable prefixes the page's path and prints the
/// description as one line.
public enum PageReadingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The page parsed, but nothing on it reads as an article (a home page, a login wall).
    case noArticle(reason: String)
    /// The bytes are not HTML at all (a PDF or an image saved as .html).
    case notHTML(kind: String)
    /// The declared character set is unknown, or the bytes are not text in it.
    case undecodable(charset: String)

    public var description: String {
        switch self {
        case .noArticle(let reason): "no article found (\(reason))"
        case .notHTML(let kind): "no article found (the file is \(kind), not an HTML page)"
        case .undecodable(let charset): "cannot decode the page as '\(charset)'"
        }
    }
}
