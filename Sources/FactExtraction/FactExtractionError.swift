/// Everything that can go wrong reading an article, with the user-facing text in one place.
public enum FactExtractionError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notText(path: String)
    /// Text no news article has: a line of hundreds of thousands of characters.
    case notAnArticle(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .notText(let path): "\(path): not UTF-8 text (is it a binary file?)"
        case .notAnArticle(let path, let line, let reason): "\(path):\(line): \(reason)"
        }
    }
}
