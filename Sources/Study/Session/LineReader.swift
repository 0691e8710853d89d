/// Where the quiz loop gets its input: readline at a terminal, plain stdin in a pipe,
/// a scripted list in tests. Returns nil at end of input (Ctrl-D, end of file).
public protocol LineReader {
    mutating func readLine(prompt: String) -> String?
    /// Words worth completing for the next answer (commands, choice letters, names);
    /// readers without completion ignore them.
    mutating func offerCompletions(_ words: [String])
}

extension LineReader {
    public mutating func offerCompletions(_ words: [String]) {}
}

/// A fixed list of lines, for tests and for replaying answers.
public struct ScriptedLineReader: LineReader {
    public private(set) var remaining: [String]
    public private(set) var prompts: [String] = []

    public init(_ lines: [String]) {
        self.remaining = lines
    }

    public mutating func readLine(prompt: String) -> String? {
        prompts.append(prompt)
        return remaining.isEmpty ? nil : remaining.removeFirst()
    }
}
