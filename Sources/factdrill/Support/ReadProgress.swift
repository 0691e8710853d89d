/// "reading pages: 40/171", only when there are enough pages for the wait to be noticed:
/// pages take milliseconds each, so a hundred are a wait worth showing.
final class ReadProgress {
    private let total: Int
    private var done = 0
    private let line: ProgressLine

    init(total: Int, minimum: Int = 10) {
        self.total = total
        line = total >= minimum ? ProgressLine() : ProgressLine(enabled: false)
    }

    func advance() {
        done += 1
        line.show("reading pages: \(done)/\(total)")
    }

    /// Wipes the line before other messages, and at the end.
    func clear() {
        line.clear()
    }
}
