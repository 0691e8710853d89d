#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// "reading pages: 40/171" on stderr, rewritten in place, only when stderr is a terminal
/// and there are enough pages for the wait to be noticed. Pages take milliseconds each, so a
/// hundred are a wait worth showing; a pipe or a log file never sees the line.
final class ReadProgress {
    private let total: Int
    private var done = 0
    private let shown: Bool
    private var visible = false

    init(total: Int, minimum: Int = 10) {
        self.total = total
        shown = total >= minimum && isatty(STDERR_FILENO) == 1
    }

    func advance() {
        done += 1
        guard shown else { return }
        Diagnostics.writeToStandardError("\rreading pages: \(done)/\(total)")
        visible = true
    }

    /// Wipes the line before other messages, and at the end.
    func clear() {
        guard visible else { return }
        Diagnostics.writeToStandardError("\r\u{1B}[K")
        visible = false
    }
}
