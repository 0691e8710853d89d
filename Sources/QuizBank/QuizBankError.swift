/// Everything that can go wrong reading or checking a bank, with the user-facing text
/// in one place. Input problems carry `path:line:col` so editors can jump to them.
public enum QuizBankError: Error, Equatable, CustomStringConvertible {
    /// The file could not be read at all (missing, a directory, permissions).
    case unreadable(path: String, reason: String)
    /// The file was read but its content is wrong; line and column are 1-based when known.
    case invalid(path: String, line: Int?, column: Int?, message: String)
    /// The extension names no format FactDrill reads.
    case unsupportedFormat(path: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): \(reason)"
        case .invalid(let path, let line, let column, let message):
            var location = path
            if let line { location += ":\(line)" }
            if let line, line > 0, let column { location += ":\(column)" }
            return "\(location): \(message)"
        case .unsupportedFormat(let path):
            return "\(path): unknown bank format (use .json, .yaml, .yml or .gift)"
        }
    }
}
