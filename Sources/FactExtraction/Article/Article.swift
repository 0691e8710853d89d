/// A news article split the way extraction needs it: paragraphs (one per line of
/// text), sentences with their offsets, the headline and the front matter.
///
/// Offsets count Unicode scalars from the start of the file, as Python's string
/// indexing does, so `start` values line up with what scripts see.
public struct Article: Sendable {
    public var fileName: String
    public var title: String?
    /// `source:` from the front matter, else a credit line or footer naming the outlet.
    public var source: String?
    /// `published:` from the front matter (or `--published`), as YYYY-MM-DD.
    public var published: CalendarDay?
    public var paragraphs: [Paragraph]
    /// The whole text, so offsets can be turned back into strings. Set only by the
    /// reader, with `marks` and `ascii`, which are derived from it.
    public internal(set) var scalars: [Unicode.Scalar]
    /// `url:` from the front matter: where the article was published, so a learner can open it.
    public var url: String? = nil
    /// `authors:` from the front matter, comma-separated there.
    public var authors: [String] = []
    /// Where the sentence ends and quote marks are (`ArticleMarks`), in order.
    var marks: [Int]
    /// The scalars narrowed to a byte each (`ASCIIBytes`), padding included.
    var ascii: [UInt8]

    public func text(_ range: Range<Int>) -> String {
        ScalarText.string(scalars, range)
    }
}

public struct Paragraph: Sendable {
    public var range: Range<Int>
    public var sentences: [Range<Int>]
    /// Site furniture (newsletter prompts, photo credits, link lists): kept for offsets,
    /// never mined for facts.
    public var isBoilerplate: Bool
    /// The headline line: a sentence for dates and figures, never a quote's context.
    public var isHeadline: Bool
}

/// A calendar date without a time or time zone: what "published: 2014-08-28" means.
public struct CalendarDay: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "YYYY-MM-DD"; nil for anything else or an impossible date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's civil algorithms).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }
}
