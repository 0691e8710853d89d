#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A status line on stderr ("fetching 2/5 URL", "reading pages: 40/171"), rewritten in place,
/// and only at a terminal: a log or a pipe gets the warnings and the summary, not the churn.
final class ProgressLine {
    private let enabled: Bool
    private let write: (String) -> Void
    private var shownWidth = 0

    init(enabled: Bool = isatty(STDERR_FILENO) == 1, write: @escaping (String) -> Void = Diagnostics.writeToStandardError) {
        self.enabled = enabled
        self.write = write
    }

    func show(_ text: String) {
        guard enabled else { return }
        // Longer than a terminal line, it would wrap and `\r` could no longer erase it.
        let room = Self.columns() - 1
        let line = text.count > room ? String(text.prefix(room - 1)) + "…" : text
        let width = line.count
        write("\r" + line + String(repeating: " ", count: max(0, shownWidth - width)))
        shownWidth = width
    }

    /// Erases the line, before a warning or when the work is over.
    func clear() {
        guard enabled, shownWidth > 0 else { return }
        write("\r" + String(repeating: " ", count: shownWidth) + "\r")
        shownWidth = 0
    }

    /// Asked each time: the window may be resized between two pages.
    private static func columns() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 80
    }
}
