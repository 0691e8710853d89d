import TextMachinery
import Foundation

/// ISO 8601 UTC timestamps ("2026-01-01T09:00:00Z") written and read by hand.
///
/// Review logs hold hundreds of thousands of them; a byte-level parser keeps loading
/// fast and gives the same result on every platform (no locale, no calendar).
public enum Timestamp {
    public static func string(from date: Date) -> String {
        let date = min(max(date, earliest), latest)  // never a five-digit or negative year
        let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let milliseconds = Int(((totalMilliseconds % 1000) + 1000) % 1000)
        let seconds = (totalMilliseconds - Int64(milliseconds)) / 1000
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = civilDate(fromDays: days)
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
        if milliseconds != 0 { text += ".\(pad(milliseconds, 3))" }
        return text + "Z"
    }

    /// The date as the review log will give it back (millisecond precision).
    public static func asLogged(_ date: Date) -> Date {
        Timestamp.date(from: string(from: date)) ?? date
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z` or with a `±HH:MM` offset; nil otherwise.
    public static func date(from text: String) -> Date? {
        var text = text
        return text.withUTF8 { date(fromUTF8: $0) }
    }

    /// The same, straight from bytes (the replay scanner never makes a `String` of them).
    static func date(fromUTF8 utf8: UnsafeBufferPointer<UInt8>) -> Date? {
        guard utf8.count >= 20 else { return nil }
        func number(_ start: Int, _ length: Int) -> Int? {
            var value = 0
            for index in start..<(start + length) {
                let byte = utf8[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard utf8[4] == 45, utf8[7] == 45, utf8[10] == 84 || utf8[10] == 116, utf8[13] == 58, utf8[16] == 58,
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
            hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        var fraction = 0.0
        if utf8[index] == 46 {  // "."
            var scale = 0.1
            index += 1
            while index < utf8.count, utf8[index] >= 48, utf8[index] <= 57 {
                fraction += Double(utf8[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        guard index < utf8.count else { return nil }
        var offsetSeconds = 0
        switch utf8[index] {
        case 90, 122:  // "Z"
            guard index == utf8.count - 1 else { return nil }
        case 43, 45:  // "+" / "-"
            guard utf8.count - index == 6, utf8[index + 3] == 58,
                let hours = number(index + 1, 2), let minutes = number(index + 4, 2)
            else { return nil }
            offsetSeconds = (hours * 3600 + minutes * 60) * (utf8[index] == 43 ? 1 : -1)
        default:
            return nil
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds) + fraction
        let date = Date(timeIntervalSince1970: seconds)
        // An offset can carry 0001-01-01 into year 0, or 9999-12-31 into 10000.
        return isRepresentable(date) ? date : nil
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: what four-digit years can say.
    public static let earliest = Date(timeIntervalSince1970: -62_135_596_800)
    public static let latest = Date(timeIntervalSince1970: 253_402_300_799.999)

    /// True when `string(from:)` gives a time `date(from:)` reads back.
    public static func isRepresentable(_ date: Date) -> Bool {
        date >= earliest && date <= latest
    }

    /// A clock given by a person (`--now`, `FACTDRILL_NOW`): a full time as the log
    /// writes it (`Z` or an offset, fractional seconds optional) or a bare date, taken
    /// as midnight UTC. Impossible dates (2026-02-30, 25:00) and years outside 1–9999
    /// are nil, never shifted to something else.
    public static func clock(from text: String) -> Date? {
        if text.utf8.count == 10, let day = date(from: text + "T00:00:00Z") { return day }
        return date(from: text)
    }

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        CalendarDay(year: year, month: month, day: day).dayNumber
    }

    static func civilDate(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let day = CalendarDay(dayNumber: days)
        return (day.year, day.month, day.day)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
