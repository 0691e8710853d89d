/// Everything that can go wrong reading an article, with the user-facing text in one place.
public enum FactExtractionError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notText(path: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .notText(let path): "\(path): not UTF-8 text (is it a binary file?)"
        }
    }
}
