import TextMachinery
/// The shapes of date expressions, matched over tokens.
enum DatePatterns {
    /// Built once: a set literal inside a function is rebuilt on every call.
    static let holidayAnchors: Set<Word> = ["until", "over", "before", "after", "at", "since", "by", "till", "to", "for"]

    struct Match {
        var start: Int
        var end: Int
        var meaning: DateMeaning
    }

    static let partsOfDay: Set<Word> = ["morning", "afternoon", "evening", "night"]
    static let periods: [Word: Int] = ["day": 1, "week": 7, "month": 30, "year": 365, "season": 365, "weekend": 2, "fortnight": 14, "quarter": 90]
    static let relativeDays: [Word: Int] = ["today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1]
    static let seasons: Set<Word> = ["summer", "winter", "spring", "autumn"]
    static let holidays: Set<Word> = ["christmas", "easter", "ramadan", "thanksgiving", "hanukkah", "diwali", "eid"]
    /// Every word after "the" that some pattern below continues with.
    static let afterThe: Set<Word> = ["end", "start", "beginning", "middle", "close", "first", "second", "third", "fourth", "same",
                                        "last", "past", "next", "coming", "weekend", "summer", "winter", "spring", "autumn",
                                        "previous", "prior", "following", "rest", "remainder"]
    static let units: Set<Word> = ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"]

    /// Words a date expression can start with; any other word is rejected at once, which
    /// keeps the scan cheap on the vast majority of tokens.
    static let openingWords: Set<Word> = {
        var words: Set<Word> = ["during", "between", "the", "later", "earlier", "last", "past", "next", "coming", "this",
                                  "late", "early", "mid", "that", "a", "an", "midnight", "noon", "midday"]
        words.formUnion(relativeDays.keys)
        words.formUnion(Lexicon.weekdays)
        words.formUnion(Lexicon.months.keys)
        words.formUnion(holidays)
        words.formUnion(NumberWords.units.keys.map(Word.init))
        words.formUnion(NumberWords.tens.keys.map(Word.init))
        return words
    }()

    /// Words after "the" that open "the end of …".
    static let periodEdges: [Word] = ["end", "start", "beginning", "middle", "close", "rest", "remainder"]
    /// Ordinals before "quarter".
    static let quarterOrdinals: [Word] = ["first", "second", "third", "fourth"]
    /// "later in the year".
    static let laterSpans: [Word] = ["year", "week", "month", "day"]
    /// "earlier this week".
    static let laterModifiers: [Word] = ["this", "last", "next"]
    /// "the last three years".
    static let spanModifiers: [Word] = ["last", "past", "next", "coming"]
    /// "five weeks after".
    static let unitAnchors: [Word] = ["later", "earlier", "after", "before"]
    /// "the next …", "the weekend".
    static let afterTheRelative: [Word] = ["next", "coming", "last", "weekend", "summer", "winter", "spring", "autumn"]
    /// "the summer" as a time.
    static let seasonalModifiers: [Word] = ["weekend", "summer", "winter", "spring", "autumn"]
    /// Words after "the summer" that leave it a time, not a modifier ("the winter fuel payment").
    static let seasonFollowers: [Word] = ["and", "or", "of", "to", "when", "as", "but", "with", "in", "on", "at", "for", "is", "was", "will", "has", "had", "before", "after", "until", "that"]
    /// "the previous year", "the following day": a period counted from the story's own
    /// time, not the article's date.
    static let narrativeModifiers: [Word] = ["previous", "prior", "following"]
    /// "the last year" kept as a span.
    static let theSpanHeads: [Word] = ["week", "year", "month", "season"]
    /// Words after a holiday that leave it an anchor ("until Christmas and").
    static let holidayFollowers: [Word] = ["and", "or", "but", "when", "as"]
    /// Zones after a clock time.
    static let timeZones: [Word] = ["gmt", "bst", "utc", "cet", "est"]
    /// "the end of the year".
    static let yearlySpans: [Word] = ["year", "month", "week", "day", "season"]
    /// A four-digit number before one of these is a count: "1999 people".
    static let countedAfterYear: [Word] = ["people", "troops", "jobs", "homes", "cases"]
    /// "march on", "march to": the verb.
    static let marchVerbFollowers: [Word] = ["on", "to", "through", "into", "against"]
    /// Words before "May"/"March" that make it the month.
    static let monthLeaders: [Word] = ["in", "late", "early", "mid", "last", "next", "this", "since", "until", "of", "by", "past", "from", "on"]

    /// Only a number or a word of `openingWords` can open a date: the scan tests this before
    /// it calls `match`, and `match` itself for the dates it looks for inside others.
    @inline(__always) static func mayOpen(_ token: Token) -> Bool {
        token.kind == .number || token.is(.dateOpening)
    }

    /// `relativeDays` as a switch: asked of every word that opens a date.
    static func relativeDay(_ word: Word) -> Int? {
        switch word {
        case "today", "tonight": 0
        case "yesterday": -1
        case "tomorrow": 1
        default: nil
        }
    }

    /// `holidays` as a switch: asked of every word that opens a date.
    static func isHoliday(_ word: Word) -> Bool {
        switch word {
        case "christmas", "easter", "ramadan", "thanksgiving", "hanukkah", "diwali", "eid": true
        default: false
        }
    }

    /// "this", "last", "next", "past", "coming": a switch, asked of every date opener.
    static func isRelativeModifier(_ word: Word) -> Bool {
        switch word {
        case "this", "last", "next", "past", "coming": true
        default: false
        }
    }

    /// "late", "early", "mid" (before a month).
    static func isPartOfMonth(_ word: Word) -> Bool {
        switch word {
        case "late", "early", "mid": true
        default: false
        }
    }

    /// The date expression starting at `index`. Words are compared lower-cased and
    /// without a possessive ("Today's", "last year's", "November’s").
    static func match(at index: Int, in tokens: [Token]) -> Match? {
        guard index < tokens.count, mayOpen(tokens[index]) else { return nil }
        // The commonest opening words lead somewhere only before a few words.
        switch tokens[index].lowered {
        case "the": guard index + 1 < tokens.count, tokens[index + 1].bareIs(.dateAfterThe) else { return nil }
        case "a", "an": guard index + 1 < tokens.count, tokens[index + 1].bareIs(.dateUnit) else { return nil }
        case "that": guard index + 1 < tokens.count, tokens[index + 1].bare == "day" || partsOfDay.contains(tokens[index + 1].bare) else { return nil }
        default: break
        }
        let match = { (index: Int, _: [Token]) in Self.match(at: index, in: tokens) }
        func word(_ i: Int) -> Word { i < tokens.count && i >= 0 ? tokens[i].bare : .empty }
        // Asked by nearly every pattern below: made once.
        let opening = tokens[index].bare
        let isNumber = tokens[index].kind == .number
        /// The month a token names; the dictionary is asked only of month words.
        func monthOf(_ i: Int) -> Int? {
            guard i >= 0, i < tokens.count, tokens[i].bareIs(.month) else { return nil }
            return Lexicon.months[tokens[i].bare]
        }
        func isUnit(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].bareIs(.dateUnit) }
        func isNumberWord(_ i: Int) -> Double? {
            guard i < tokens.count else { return nil }
            if tokens[i].kind == .number { return ScalarText.number(tokens[i].text.string) }
            if word(i) == "a" || word(i) == "an" { return 1 }
            // Only a number word or a hyphenated one ("twenty-five") reads as a number.
            guard tokens[i].bareIs(.numberWord) || tokens[i].lowered.contains(UInt8(ascii: "-")) else { return nil }
            return NumberWords.value(of: word(i))
        }

        // Word openings only: a number skips these patterns without comparing words.
        if !isNumber {
            // "during the night": the night before the report.
            if opening == "during", word(index + 1) == "the", word(index + 2) == "night" {
                return Match(start: index, end: index + 3, meaning: .relativeDay(-1))
            }
            // "between 2002 and 2004"
            if opening == "between", let first = year(tokens, index + 1), word(index + 2) == "and", year(tokens, index + 3) != nil {
                return Match(start: index, end: index + 4, meaning: .year(first))
            }
            // "the end of Saturday", "the start of 2004", "the end of the year", "the fourth quarter of next year"
            if opening == "the", Self.periodEdges.contains(word(index + 1)) || Self.quarterOrdinals.contains(word(index + 1)) && word(index + 2) == "quarter",
                let of = (index + 2...index + 3).first(where: { word($0) == "of" }), let inner = match(of + 1, tokens) ?? theYear(at: of + 1, tokens)
            {
                if word(index + 1) == "close" && word(of + 1) == "play" { return nil }
                if word(of + 1) == "the" && word(of + 2) == "day" { return nil }  // "at the end of the day": an idiom
                return Match(start: index, end: inner.end, meaning: inner.meaning)
            }
            // "the same time last year"
            if opening == "the", word(index + 1) == "same", word(index + 2) == "time", let inner = match(index + 3, tokens) {
                return Match(start: index, end: inner.end, meaning: inner.meaning)
            }
            // "later on Saturday", "later in the year", "earlier this week"
            if opening == "later" || opening == "earlier" {
                if word(index + 1) == "on", let inner = match(index + 2, tokens) { return Match(start: index, end: inner.end, meaning: inner.meaning) }
                if word(index + 1) == "in", word(index + 2) == "the", Self.laterSpans.contains(word(index + 3)) {
                    return Match(start: index, end: index + 4, meaning: .unresolvable)
                }
                // "later that evening"
                if Self.laterModifiers.contains(word(index + 1)) || word(index + 1) == "that", let inner = match(index + 1, tokens) {
                    return Match(start: index, end: inner.end, meaning: inner.meaning)
                }
            }
            // "the previous year", "the following day"
            if opening == "the", Self.narrativeModifiers.contains(word(index + 1)), Self.yearlySpans.contains(word(index + 2)) {
                return Match(start: index, end: index + 3, meaning: .unresolvable)
            }
            // "around midnight", "at noon": clock times in words.
            if (opening == "midnight" || opening == "noon" || opening == "midday"), !tokens[index].isCapitalized {
                return Match(start: index, end: index + 1, meaning: .unresolvable)
            }
            // "the last three years", "the next three months", "last 10 years", "the past two weeks"
            if let (start, offset) = theOrNot(index, tokens), Self.spanModifiers.contains(word(offset)),
                let count = isNumberWord(offset + 1), word(offset + 1) != "a", isUnit(offset + 2)
            {
                _ = count
                return Match(start: start, end: offset + 3, meaning: .unresolvable)
            }
        }
        // "two years ago", "an hour and a half later", "a day earlier", "five weeks after", "five years time"
        if isUnit(index + 1), let count = isNumberWord(index) {
            var cursor = index + 2
            if word(cursor) == "and", word(cursor + 1) == "a", word(cursor + 2) == "half" { cursor += 3 }
            let anchor = word(cursor)
            if anchor == "ago" {
                let days = word(index + 1).hasPrefix("day") ? Int(count) : nil
                return Match(start: index, end: cursor + 1, meaning: days.map { .daysAgo($0) } ?? .unresolvable)
            }
            // "six months after he signed", "nine days before the outbreak": a relative time.
            if Self.unitAnchors.contains(anchor) {
                return Match(start: index, end: cursor + 1, meaning: .unresolvable)
            }
            if anchor == "time" || ((anchor == "'" || anchor == "\u{2019}") && word(cursor + 1) == "time") {
                return Match(start: index, end: anchor == "time" ? cursor + 1 : cursor + 2, meaning: .unresolvable)
            }
        }
        // Word openings only.
        if !isNumber {
            // "this past April", "last month", "next year", "this week", "last season", "July last year"
            if isRelativeModifier(opening) || (opening == "the" && Self.afterTheRelative.contains(word(index + 1))) {
                let start = index
                var cursor = index
                if word(cursor) == "the" { cursor += 1 }
                let modifier = word(cursor)
                if modifier == "this", word(cursor + 1) == "past" { cursor += 1 }
                let shift = modifier == "last" || modifier == "past" ? -1 : (modifier == "next" || modifier == "coming" ? 1 : 0)
                let head = word(cursor + 1)
                if Self.seasonalModifiers.contains(modifier) && opening == "the" {
                    // "the winter fuel payment": a season as a modifier is not a date.
                    if let next = cursor + 1 < tokens.count ? tokens[cursor + 1] : nil, next.isWord, !next.isCapitalized,
                        !Self.seasonFollowers.contains(next.lowered)
                    {
                        return nil
                    }
                    return Match(start: start, end: cursor + 1, meaning: .unresolvable)
                }
                // "last night", "this morning"
                if opening != "the", partsOfDay.contains(head), modifier == "last" ? head == "night" : modifier == "this" {
                    return Match(start: start, end: cursor + 2, meaning: .relativeDay(modifier == "last" ? -1 : 0))
                }
                if let period = periods[head], opening != "the" || Self.theSpanHeads.contains(head) {
                    // "the last year" only as a span ("over the last year"), kept as written.
                    let meaning: DateMeaning = head == "year" ? .relativeYear(shift) : head == "month" ? .relativeMonth(shift)
                        : (head == "day" ? .relativeDay(shift) : .unresolvable)
                    _ = period
                    if opening == "the" && modifier == "last" && head != "year" { return nil }
                    return Match(start: start, end: cursor + 2, meaning: meaning)
                }
                if let month = monthOf(cursor + 1), isMonthToken(tokens, cursor + 1) {
                    return Match(start: start, end: cursor + 2, meaning: .month(month, year: nil, shift: shift == 0 ? 0 : shift))
                }
                if cursor + 1 < tokens.count, tokens[cursor + 1].bareIs(.weekday), let weekday = weekdayIndex(head) {
                    return Match(start: start, end: cursor + 2, meaning: .weekday(weekday))
                }
                if seasons.contains(head) {
                    return Match(start: start, end: cursor + 2, meaning: .unresolvable)
                }
                return nil
            }
            // "late May", "early March", "mid-July"
            if isPartOfMonth(opening), let month = monthOf(index + 1), isMonthToken(tokens, index + 1) {
                return Match(start: index, end: index + 2, meaning: .month(month, year: year(tokens, index + 2), shift: 0))
            }
            // today, yesterday, tomorrow, tonight
            if let shift = relativeDay(opening) {
                return Match(start: index, end: index + 1, meaning: .relativeDay(shift))
            }
            // "that day"
            if opening == "that", word(index + 1) == "day" || partsOfDay.contains(word(index + 1)),
                index + 2 >= tokens.count || tokens[index + 2].kind == .punctuation || word(index - 1) == "later" || word(index - 1) == "earlier"
            {
                return Match(start: index, end: index + 2, meaning: .unresolvable)
            }
            // Weekdays, with a part of the day: "Thursday morning". "Sunday Times" is a name.
            if tokens[index].bareIs(.weekday), let weekday = weekdayIndex(opening), tokens[index].isCapitalized {
                if index + 1 < tokens.count, tokens[index + 1].isCapitalized, tokens[index + 1].isWord, monthOf(index + 1) == nil { return nil }
                let end = partsOfDay.contains(word(index + 1)) ? index + 2 : index + 1
                return Match(start: index, end: end, meaning: .weekday(weekday))
            }
        }
        // Day and month: "1 February", "28 August 2014", "4-6 March"
        if tokens[index].kind == .number, let month = monthOf(index + 1), isMonthToken(tokens, index + 1) {
            let text = tokens[index].text.string
            if let day = Int(text.split(separator: "-").first.map(String.init) ?? text), (1...31).contains(day) {
                // "In January 25 people" is a count, handled by figures; here "25 January" reads as a date.
                let withYear = year(tokens, index + 2)
                return Match(start: index, end: index + (withYear == nil ? 2 : 3), meaning: .day(day, month: month, year: withYear))
            }
        }
        // A day written as an ordinal: "24th September 2020", "the 5th of May".
        if tokens[index].startsWithDigit, let ordinal = tokens[index].ordinalValue, let day = Int(exactly: ordinal), (1...31).contains(day) {
            let monthIndex = word(index + 1) == "of" ? index + 2 : index + 1
            guard let month = monthOf(monthIndex), isMonthToken(tokens, monthIndex) else { return nil }
            let withYear = year(tokens, monthIndex + 1)
            // "her 4th May Day speech", "the 3rd March for Science": a count of something
            // the month names, not a day of it.
            if index > 0, Lexicon.possessiveDeterminers.contains(tokens[index - 1].lowered) { return nil }
            if withYear == nil, monthIndex + 1 < tokens.count, tokens[monthIndex + 1].isWord, tokens[monthIndex + 1].isCapitalized { return nil }
            return Match(start: index, end: monthIndex + (withYear == nil ? 1 : 2), meaning: .day(day, month: month, year: withYear))
        }
        // Word openings only (a number opens a day and month, a clock time or a year).
        if !isNumber {
            // Months: "March", "February 2022", "March 3", "July last year"
            if let month = monthOf(index), isMonthToken(tokens, index) {
                if word(index + 1) == "last" || word(index + 1) == "next", word(index + 2) == "year" {
                    return Match(start: index, end: index + 3, meaning: .month(month, year: nil, shift: word(index + 1) == "last" ? -1 : 1))
                }
                if let withYear = year(tokens, index + 1) {
                    return Match(start: index, end: index + 2, meaning: .month(month, year: withYear, shift: 0))
                }
                // "Dec. 9", "Sept. 30": an abbreviated month keeps its period.
                if index + 2 < tokens.count, tokens[index + 1].isMark("."), tokens[index + 1].range.lowerBound == tokens[index].range.upperBound,
                    let (day, dayEnd) = dayAfterMonth(tokens, index + 2)
                {
                    let written = yearAfterComma(tokens, dayEnd)
                    return Match(start: index, end: written == nil ? dayEnd : dayEnd + 2, meaning: .day(day, month: month, year: written))
                }
                // "July 3 in Paris", "March 12 to approve": a small word after the day leaves
                // it a date; "In January 25 people died" counts after the month.
                if let (day, dayEnd) = dayAfterMonth(tokens, index + 1), Self.leavesDay(tokens, after: dayEnd) {
                    let written = yearAfterComma(tokens, dayEnd)
                    return Match(start: index, end: written == nil ? dayEnd : dayEnd + 2, meaning: .day(day, month: month, year: written))
                }
                return Match(start: index, end: index + 1, meaning: .month(month, year: nil, shift: 0))
            }
            // Holidays as anchors: "until Christmas", "the Christmas period"; not "Christmas sales".
            if isHoliday(opening) {
                if word(index + 1) == "period" && word(index - 1) == "the" {
                    return Match(start: index - 1, end: index + 2, meaning: .unresolvable)
                }
                let anchoring = Self.holidayAnchors
                let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                if anchoring.contains(word(index - 1)), next.map({ !$0.isWord || $0.isCapitalized || Self.holidayFollowers.contains($0.lowered) }) ?? true {
                    return Match(start: index, end: index + 1, meaning: .unresolvable)
                }
                return nil
            }
        }
        // Clock times: "11 a.m.", "1130 GMT", "0800 to 1800GMT"
        if tokens[index].kind == .number {
            let text = tokens[index].text.string
            if word(index + 1) == "a.m." || word(index + 1) == "p.m." || ((word(index + 1) == "a" || word(index + 1) == "p") && word(index + 2) == ".") {
                return Match(start: index, end: index + 2, meaning: .unresolvable)
            }
            if text.utf8.count == 4, ScalarText.isDigits(text), let value = Int(text), value % 100 < 60, value < 2400 {
                if Self.timeZones.contains(word(index + 1)) {
                    return Match(start: index, end: index + 2, meaning: .unresolvable)
                }
                if word(index + 1) == "to", index + 2 < tokens.count, tokens[index + 2].lowered.hasSuffix("gmt") || (word(index + 3) == "gmt" || word(index + 3) == "bst") {
                    return Match(start: index, end: tokens[index + 2].lowered.hasSuffix("gmt") ? index + 3 : index + 4, meaning: .unresolvable)
                }
            }
            if text.lowercased().hasSuffix("gmt"), text.count >= 7 { return Match(start: index, end: index + 1, meaning: .unresolvable) }
            // Decades and centuries: "the 1990s", "since the 1300s".
            if text.utf8.count == 5, text.hasSuffix("s"), let value = Int(text.dropLast()), (1000...2090).contains(value), value % 10 == 0 {
                return Match(start: word(index - 1) == "the" ? index - 1 : index, end: index + 1, meaning: .unresolvable)
            }
            // Years and fiscal years: "2005", "2003/4", "2005/06"; not "Act 1999".
            if let value = year(tokens, index) {
                if index > 0, tokens[index - 1].isWord, tokens[index - 1].isCapitalized,
                    !tokens[index - 1].bareIs(.functionWord), monthOf(index - 1) == nil
                {
                    return nil
                }
                return Match(start: index, end: index + 1, meaning: .year(value))
            }
            if text.utf8.contains(UInt8(ascii: "/")), let first = Int(text.split(separator: "/")[0]), (1900...2100).contains(first) {
                return Match(start: index, end: index + 1, meaning: .year(first))
            }
        }
        return nil
    }

    /// The day written after a month, and where it ends: "5", or a range of days, which is
    /// one date ("April 5–6", "Oct. 29-30", "July 3 to 6"): a blank cut inside it would
    /// leave "On ____–6". Nil when the token is no day of a month.
    private static func dayAfterMonth(_ tokens: [Token], _ index: Int) -> (day: Int, end: Int)? {
        guard index < tokens.count, tokens[index].kind == .number else { return nil }
        let parts = tokens[index].text.string.split(separator: "-")
        if parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]) {
            return (1...31).contains(first) && last > first && last <= 31 ? (first, index + 1) : nil
        }
        guard let day = tokens[index].text.digitsValue, (1...31).contains(day) else { return nil }
        let joins = index + 1 < tokens.count && (tokens[index + 1].isDash || tokens[index + 1].isMark("-") || Self.dayRangeWords.contains(tokens[index + 1].lowered))
        if joins, index + 2 < tokens.count, tokens[index + 2].kind == .number, let last = tokens[index + 2].text.digitsValue, last > day, last <= 31,
            leavesDay(tokens, after: index + 3)
        {
            return (day, index + 3)
        }
        return (day, index + 1)
    }

    /// Whether the word after a day leaves it a day: a mark, a capital, or a small word that
    /// goes on after dates ("on July 3 in Paris", "March 12 to approve"). Not a noun or
    /// "per", "of": "In January 25 people died", "In August 20 per cent of voters", "In
    /// January 12 of the 40 councillors" count after the month.
    private static func leavesDay(_ tokens: [Token], after index: Int) -> Bool {
        guard index < tokens.count, tokens[index].isWord, !tokens[index].isCapitalized else { return true }
        return dayFollowers.contains(tokens[index].lowered)
    }

    static let dayFollowers: Set<Word> = ["in", "at", "to", "for", "and", "or", "but", "when", "after", "before", "as", "with", "by", "from",
                                          "until", "while", "during", "against", "on", "that", "which", "where", "because", "amid", "over"]

    /// Words joining a range of days: "July 3 to 6", "March 3 and 4". Not "or": "on Dec. 21
    /// or 22" is a choice, not asked as a date (`Context.isEndOfGivenRange`).
    static let dayRangeWords: Set<Word> = ["to", "and", "through", "until"]

    private static func theOrNot(_ index: Int, _ tokens: [Token]) -> (Int, Int)? {
        if index < tokens.count, tokens[index].bare == "the" { return (index, index + 1) }
        return (index, index)
    }

    private static func theYear(at index: Int, _ tokens: [Token]) -> Match? {
        if index + 1 < tokens.count, tokens[index].bare == "the", Self.yearlySpans.contains(tokens[index + 1].bare) {
            return Match(start: index, end: index + 2, meaning: .unresolvable)
        }
        return nil
    }

    /// The year of an American date, "June 27, 2014": the comma belongs to the date, and
    /// without its year the day would be read in the year the article was published.
    static func yearAfterComma(_ tokens: [Token], _ comma: Int) -> Int? {
        guard comma < tokens.count, tokens[comma].isMark(",") else { return nil }
        return year(tokens, comma + 1)
    }

    static func year(_ tokens: [Token], _ index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].text.count == 4,
            let value = tokens[index].text.digitsValue, (1800...2100).contains(value)
        else { return nil }
        // A count of something: "1999 people".
        if index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized,
            Self.countedAfterYear.contains(tokens[index + 1].lowered)
        {
            return nil
        }
        if index > 0, FigureVocabulary.currencySymbols.contains(tokens[index - 1].text) { return nil }
        return value
    }

    private static let weekdayNumbers: [Word: Int] = ["monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6]

    private static func weekdayIndex(_ word: Word) -> Int? {
        weekdayNumbers[word]
    }

    /// A month name that is a month: capitalised, and "May"/"March" not used as verbs.
    private static func isMonthToken(_ tokens: [Token], _ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].isCapitalized, tokens[index].isWord else { return false }
        let lowered = tokens[index].lowered
        let possessive = lowered.hasSuffix("'s") || lowered.hasSuffix("\u{2019}s")
        let word = possessive ? lowered.droppingLast(lowered.hasSuffix("'s") ? 2 : 4) : lowered
        if word == "march" && (possessive || index > 0) { return !(index + 1 < tokens.count && Self.marchVerbFollowers.contains(tokens[index + 1].lowered)) }
        // "Jan", "Mar": too often something else, unless written as a date ("Dec. 9").
        if word.count <= 3 && word != "may" {
            return index + 2 < tokens.count && tokens[index + 1].isMark(".") && tokens[index + 2].kind == .number
        }
        if word == "may" || word == "march" {
            let previous = index > 0 ? tokens[index - 1].lowered : .empty
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let dated = Self.monthLeaders.contains(previous)
                || next.map { $0.kind == .number } ?? false || (index > 0 && tokens[index - 1].kind == .number)
            if !dated { return index > 0 && word == "march" && !(next.map { $0.lowered == "to" || $0.lowered == "on" } ?? false) && tokens[index - 1].lowered.hasSuffix("'s") }
        }
        return true
    }
}
