#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The line on stderr that says which address is being fetched, rewritten in place, and only
/// at a terminal: a log or a pipe gets the warnings and the summary, not the churn.
final class FetchProgress {
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
        let line = text.count > 79 ? String(text.prefix(78)) + "…" : text
        let width = line.count
        write("\r" + line + String(repeating: " ", count: max(0, shownWidth - width)))
        shownWidth = width
    }

    /// Erases the line, before a warning or when the fetching is over.
    func clear() {
        guard enabled, shownWidth > 0 else { return }
        write("\r" + String(repeating: " ", count: shownWidth) + "\r")
        shownWidth = 0
    }
}
