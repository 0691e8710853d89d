/// Commands a learner can type at the answer prompt, all starting with ':' so they
/// can never be mistaken for an answer.
public enum SessionCommand: String, CaseIterable, Sendable {
    case help
    case hint
    case skip
    case undo
    case quit

    public var word: String { ":" + rawValue }

    public var summary: String {
        switch self {
        case .help: "list these commands"
        case .hint: "narrow the answer down (costs points; the review counts as Hard)"
        case .skip: "skip this question"
        case .undo: "take back the last answer and ask it again"
        case .quit: "end the session (Ctrl-D does the same)"
        }
    }

    /// Reads a typed command; accepts unambiguous prefixes (":q", ":sk").
    /// Returns `.none` when the text is not a command at all, `.some(nil)` when it
    /// looks like one but names none.
    public static func parse(_ text: String) -> SessionCommand?? {
        guard text.hasPrefix(":") else { return .none }
        let word = text.dropFirst().lowercased()
        let matches = allCases.filter { $0.rawValue.hasPrefix(word) && !word.isEmpty }
        return .some(matches.count == 1 ? matches[0] : nil)
    }
}
