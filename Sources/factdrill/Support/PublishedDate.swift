import TextMachinery

/// `--published YYYY-MM-DD`, shared by the commands that read articles.
enum PublishedDate {
    static func parse(_ text: String?) throws -> CalendarDay? {
        guard let text else { return nil }
        guard let day = CalendarDay(iso: text) else {
            throw CommandFailure(message: "--published: '\(text)' is not a date (YYYY-MM-DD)")
        }
        return day
    }
}
