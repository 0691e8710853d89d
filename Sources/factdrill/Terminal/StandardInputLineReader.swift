import Study

/// Reads plain lines from stdin with no prompt and no echo, so piped input and
/// scripts see exactly the answers they sent and nothing else.
struct StandardInputLineReader: LineReader {
    mutating func readLine(prompt: String) -> String? {
        Swift.readLine(strippingNewline: true)
    }
}
