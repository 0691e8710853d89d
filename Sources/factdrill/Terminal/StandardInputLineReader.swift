import Study

/// Reads plain lines from stdin with no prompt and no echo, so piped input and
/// scripts see exactly the answers they sent and nothing else. SIGTERM or SIGHUP ends
/// input like end-of-file, so the session still saves and prints its summary.
struct StandardInputLineReader: LineReader {
    mutating func readLine(prompt: String) -> String? {
        if SessionSignals.stopRequested { return nil }
        return Swift.readLine(strippingNewline: true)
    }
}
