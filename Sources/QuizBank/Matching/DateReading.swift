import Foundation
import TextMachinery

/// Reads a date the ways people write one: "2014-08-28", "28 August 2014",
/// "Aug 28, 2014", "August 2014", "2014", or a weekday.
struct DateReading: Equatable, Sendable {
    var year: Int?
    var month: Int?
    var day: Int?
    var weekday: Int?

    private static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    private static let weekdays = ["monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
                                   "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6]

    static func read(_ text: String) -> DateReading? {
        read(text, bytewise: ByteText.isPlainASCII(text))
    }

    /// Plain ASCII (nearly every answer) is lower-cased, trimmed and split bytewise:
    /// Foundation's trimming and a `Character` split ran for every date graded.
    static func read(_ text: String, bytewise isPlain: Bool) -> DateReading? {
        let lowered = isPlain ? ByteText.asciiLowercased(text) : text.lowercased()
        let trimmed = isPlain ? ByteText.trimming(lowered) { $0 == 0x20 || $0 == 0x09 } : lowered.trimmingCharacters(in: .whitespaces)
        if let day = CalendarDay(iso: trimmed) {
            return DateReading(year: day.year, month: day.month, day: day.day)
        }
        let pieces: [Substring] = isPlain
            ? lowered.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x2E || $0 == 0x2F || $0 == 0x2D }).map { Substring($0) }
            : lowered.split(whereSeparator: { " ,./-".contains($0) })
        let parts = pieces.map { word -> String in
            var word = String(word)
            // "28th", "1st": only a word ending in t, d or h can carry an ordinal suffix.
            guard let last = word.utf8.last, last == UInt8(ascii: "t") || last == UInt8(ascii: "d") || last == UInt8(ascii: "h") else { return word }
            for suffix in ["st", "nd", "rd", "th"] where word.count > 2 && word.hasSuffix(suffix) && word.dropLast(2).allSatisfy(\.isNumber) {
                word.removeLast(2)
            }
            return word
        }.filter { !["on", "the", "of", "in"].contains($0) }
        guard !parts.isEmpty else { return nil }
        var reading = DateReading()
        for part in parts {
            if let month = months[part], reading.month == nil {
                reading.month = month
            } else if let weekday = weekdays[part], reading.weekday == nil {
                reading.weekday = weekday
            } else if let number = Int(part) {
                if part.count == 4, reading.year == nil {
                    reading.year = number
                } else if (1...31).contains(number), reading.day == nil {
                    reading.day = number
                } else {
                    return nil
                }
            } else {
                return nil
            }
        }
        let isDate = reading.year != nil || reading.month != nil || reading.weekday != nil
        return isDate ? reading : nil
    }

    /// The same date at the precision both give: "Thursday 28 August 2014" matches "28 August 2014".
    func agrees(with other: DateReading) -> Bool {
        func same(_ a: Int?, _ b: Int?) -> Bool { a == nil || b == nil || a == b }
        let shared = [(year, other.year), (month, other.month), (day, other.day), (weekday, other.weekday)]
            .filter { $0.0 != nil && $0.1 != nil }.count
        return shared > 0 && same(year, other.year) && same(month, other.month) && same(day, other.day) && same(weekday, other.weekday)
            && (day == nil) == (other.day == nil) && (month == nil) == (other.month == nil)
    }
}
