import TextMachinery
/// Pins relative dates to the calendar given the publication date: "Thursday" in an
/// article published on Thursday 28 August 2014 is 2014-08-28, "last month" 2014-07.
enum DateResolution {
    static func resolve(_ meaning: DateMeaning, published: CalendarDay) -> String? {
        switch meaning {
        case .weekday(let weekday):
            // News reports the past: the latest such weekday on or before publication.
            let back = (published.weekday - weekday + 7) % 7
            return published.adding(days: -back).description
        case .relativeDay(let shift):
            return published.adding(days: shift).description
        case .daysAgo(let days):
            return published.adding(days: -days).description
        case .month(let month, let year, let shift):
            if let year { return monthText(year, month) }
            var resolvedYear = published.year + (shift > 0 ? 0 : 0)
            if shift < 0 {
                resolvedYear = month < published.month ? published.year : published.year - 1
                if month == published.month { resolvedYear = published.year - 1 }
            } else if shift > 0 {
                resolvedYear = month > published.month ? published.year : published.year + 1
            }
            return monthText(resolvedYear, month)
        case .day(let day, let month, let year):
            var resolvedYear = year ?? published.year
            if year == nil {
                // The nearer of this year's and next or last year's date.
                let candidate = CalendarDay(year: resolvedYear, month: month, day: min(day, CalendarDay.daysIn(month: month, year: resolvedYear)))
                let distance = candidate.dayNumber - published.dayNumber
                if distance > 183 { resolvedYear -= 1 } else if distance < -183 { resolvedYear += 1 }
            }
            return CalendarDay(year: resolvedYear, month: month, day: min(day, CalendarDay.daysIn(month: month, year: resolvedYear))).description
        case .year(let year):
            return String(year)
        case .relativeMonth(let shift):
            var month = published.month + shift
            var year = published.year
            while month < 1 { month += 12; year -= 1 }
            while month > 12 { month -= 12; year += 1 }
            return monthText(year, month)
        case .relativeYear(let shift):
            return String(published.year + shift)
        case .unresolvable:
            return nil
        }
    }

    private static func monthText(_ year: Int, _ month: Int) -> String {
        "\(year)-\(month < 10 ? "0" : "")\(month)"
    }
}
