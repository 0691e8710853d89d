import FactExtraction
import TextMachinery
import Foundation

/// Figures a reader learns nothing from: by news-writing convention the story's numbers are
/// in its lede and stand with what they count; a count of two spells, a car's wheel size,
/// a bench player's points or one end of an age band are colour, and a blank inside a stock
/// phrase ("eight out of ____") is answered without the article.
extension FigureSense {
    /// Units of specifications and box scores: trivia away from the lede.
    static let specUnits: Set<String> = [
        "mph", "inch", "inches", "horsepower", "hp", "kwh", "gb", "mb", "tb", "megapixels", "megapixel", "mah", "rpm", "cc", "km/h", "kph",
        "rebounds", "assists", "yards", "touchdowns", "strikeouts", "innings", "carries", "receptions", "steals", "blocks",
        "three-pointers", "saves", "laps", "pages", "page", "spells", "counts", "count", "episodes", "seasons", "tweets",
        "shots", "tackles", "disposals", "possessions", "turnovers",
    ]

    /// Words naming the contest a share belongs to.
    static let contests: Set<String> = ["primary", "primaries", "caucus", "caucuses", "election", "race", "approval", "favorable", "unfavorable",
                                        "margin", "ballot", "ballots", "electorate", "delegates", "respondents", "surveyed", "polled", "percentage"]
    /// Words that say what a share is of: "of", a poll, the vote, support.
    static let measuredShares: Set<String> = ["of", "poll", "polls", "survey", "vote", "votes", "support", "voters", "rate", "share", "approval", "turnout"]
    /// Verbs of "take the Fifth": the amendment, not a count.
    static let amendmentVerbs: Set<String> = ["take", "takes", "took", "taking", "plead", "pleads", "pleaded", "pled", "pleading",
                                              "invoke", "invoked", "invoking"]
    /// "February", "Feb", "Sept": a month's name, whole or cut short.
    static func namesMonth(_ word: String) -> Bool {
        Context.months.contains { month in month == word || (3...4).contains(word.count) && month.hasPrefix(word) }
    }

    /// Units of a length: "40 feet by 18 feet", "3m x 2m".
    static let lengthUnits: Set<String> = ["feet", "foot", "ft", "metres", "meters", "metre", "meter", "m", "cm", "mm", "inches", "inch", "yards", "km"]

    /// Words opening a bracket that gives a change: "(up 8.1%)", "(down 3%)".
    static let changeWords: Set<String> = ["up", "down", "rising", "falling", "increasing", "decreasing"]

    /// Words between a reporting span and the day it ends: "the 24 weeks to February 27".
    static let periodEndLinks: Set<String> = ["to", "ended", "ending", "through", "till", "until"]
    /// Words that make "half" a part of a place or a match rather than a measured share.
    static let partNames: Set<String> = ["northern", "southern", "eastern", "western", "upper", "lower", "front", "back", "top",
                                        "bottom", "first", "second", "latter", "former", "other", "better", "north", "south", "east", "west"]

    static let weightUnits: Set<String> = ["pound", "pounds", "lb", "lbs", "kg", "kilogram", "kilograms"]
    /// What a weight names in a sport: "the 106 pound division".
    static let weightClassWords: Set<String> = ["division", "class", "category", "title", "bout", "crown"]
    /// Words that open a bracket restating the figure before it: "(about 480 miles)".
    static let restatingOpeners: Set<String> = ["about", "around", "roughly", "approximately", "approx", "nearly", "almost", "some", "or", "just", "over", "under"]
    /// Words that open a bracket defining a unit: "(each donum is 2,500 square meters)".
    static let unitDefinitionOpeners: Set<String> = ["each", "one", "a", "an", "1"]
    static let distanceUnits: Set<String> = ["mile", "miles", "km", "kilometer", "kilometers", "kilometre", "kilometres"]
    /// Words after a distance that place somewhere: "10 miles south of", "35 miles from".
    static let placingWords: Set<String> = ["from", "away", "outside", "off", "north", "south", "east", "west", "northeast", "northwest", "southeast",
                                            "southwest", "inland", "offshore", "upstream", "downstream"]

    /// Why the figure is trivia or guessable from its wording, or nil. `inLede` is true for
    /// the headline's and the first sentences' figures, which are the story's own.
    /// What a place's population is counted in.
    static let populationWords: Set<String> = ["people", "citizens", "residents", "inhabitants", "souls", "consumers"]
    /// Places whose size news writes as "a nation of 1.4 billion" (not "the evacuation of
    /// 5,000 residents", which is the story's count).
    static let placeNouns: Set<String> = ["bloc", "country", "nation", "city", "town", "village", "state", "province", "region", "island",
                                          "islands", "county", "district", "continent", "union", "territory", "kingdom", "republic",
                                          "archipelago", "metropolis", "municipality", "capital", "suburb", "borough", "parish", "township"]

    func trivia(inLede: Bool) -> String? {
        let previousWords = before.lowercased().spaceSeparated.map(PromptText.bareWord)
        let previous = previousWords.last ?? ""
        let nextWords = after.spaceSeparated.map(PromptText.bareWord)
        let next = nextWords.first ?? ""
        let text = figure.text.lowercased()
        // "eight out of ten", "nine in 10": the denominator of a stock proportion.
        if (before.lowercased().hasSuffix("out of ") || before.lowercased().hasSuffix(" in ")) && [10, 100, 1000].contains(value)
            && previousWords.dropLast().last.map({ PromptText.numbers(in: $0).count == 1 || PromptText.spelled.contains($0) }) == true
        {
            return "the denominator of a stock proportion (“out of \(figure.text)”) is guessed, not learnt"
        }
        // "1.3 officers per 1,000 residents", "12 cases per 100,000 people": a rate's
        // conventional base is guessed; the rate before it is the finding.
        if previous == "per", [100, 1000, 10_000, 100_000, 1_000_000].contains(value),
            previousWords.dropLast().suffix(4).contains(where: { PromptText.numbers(in: $0).count == 1 || PromptText.spelled.contains($0) })
        {
            return "the base of a rate (“per \(figure.text)”) is guessed; the rate before it is the finding"
        }
        if before.lowercased().hasSuffix("out of ") { return "“out of \(figure.text)” is guessed from the sentence, not learnt" }
        // "can go from 0 to 100 in a matter of seconds": the idiom's scale, not a count.
        if value == 100, ["0", "zero"].contains(previousWords.dropLast().last ?? ""), previous == "to",
            nextWords.prefix(5).contains(where: { $0.lowercased().hasPrefix("second") })
        {
            return "“0 to 100” is an idiom, not a count"
        }
        // "Confirmed cases have risen from 226 to 286": the value a change left behind; the
        // new one is the news.
        if previous == "from", nextWords.first == "to", nextWords.dropFirst().first.map({ PromptText.numbers(in: $0).count == 1 }) == true {
            return "the earlier value of a change (“from \(figure.text) to \(nextWords[1])”): the new value is the news"
        }
        // "… a net profit of 381.7 million euros from 335 million euros a year ago".
        let nextPhrase = nextWords.prefix(3).map { $0.lowercased() }.joined(separator: " ")
        if previous == "from", ["a year ago", "a year earlier", "last year", "the previous year", "the year before"].contains(where: nextPhrase.hasPrefix) {
            return "the earlier value of a change (“from \(figure.text) \(nextPhrase)”): the new value is the news"
        }
        // "… that has gripped the country for the last 18 months": a span counted back to now.
        if previousWords.suffix(2) == ["the", "last"] || previousWords.suffix(2) == ["the", "past"],
            Context.spanUnits.contains((figure.unit ?? figure.text).lowercased().spaceSeparated.last.map(String.init) ?? "")
        {
            return "a span counted back to now (“the \(previousWords.last ?? "") \(figure.text)”): background"
        }
        // "edged down in the 24 weeks to February 27", "the six months ended June 30": the span
        // a result is reported over is the report's calendar, not its finding ("remanded for
        // 14 days until March 24" is the story's).
        if let unit = (figure.unit ?? figure.text).lowercased().spaceSeparated.last.map(String.init), Context.spanUnits.contains(unit),
            previous == "the", let link = nextWords.first?.lowercased(), Self.periodEndLinks.contains(link),
            let word = nextWords.dropFirst().first, Self.namesMonth(String(word))
        {
            return "the span a result is reported over (“\(figure.text) \(link) \(nextWords[1])”): the report's calendar, not its finding"
        }
        // "a tank measuring ____ by 18 feet": one side of a dimension is a specification (both
        // readers, sets 213–220).
        if ["by", "x", "\u{00D7}"].contains(next.lowercased()), let side = nextWords.dropFirst().first, PromptText.numbers(in: side).count == 1,
            !text.contains(where: { "$£€¥₹".contains($0) }),
            let unit = text.spaceSeparated.last.map(String.init), Self.lengthUnits.contains(unit)
                || Self.lengthUnits.contains(where: { text.hasSuffix($0) && text.dropLast($0.count).last?.isNumber == true })
        {
            return "one side of a dimension (“\(figure.text) by \(side)”): a specification, not the story's figure"
        }
        // "except for light cars (up 1.0%), SUV medium (up ____) and SUV large (up 7.4%)": one
        // item of a list of bracketed changes is a breakdown's line, not the story's figure.
        if let open = before.lastIndex(of: "("), !before[open...].contains(")"),
            let word = before[before.index(after: open)...].spaceSeparated.first.map({ PromptText.bareWord($0).lowercased() }),
            Self.changeWords.contains(word),
            case let sentence = before + figure.text + after, Self.changeWords.map({ sentence.lowercased().components(separatedBy: "(\($0) ").count - 1 }).reduce(0, +) >= 3
        {
            return "one line of a list of bracketed changes (“(\(word) \(figure.text))”): a breakdown, not the story's figure"
        }
        // "On the ____, Mr. A … said" keyed "14th": a day of the month is a date, not a figure
        // (both readers, sets 229–232).
        if FigureSense.isOrdinal(text), (1...31).contains(value), previousWords.suffix(2) == ["on", "the"],
            next.isEmpty || next.lowercased() == "of" && nextWords.dropFirst().first.map({ Self.namesMonth(String($0)) }) == true
        {
            return "a day of the month (“on the \(figure.text)”): a date, and asked as a figure it is trivia"
        }
        // "exceeds ____°C (82.4°F)": a conversion in brackets right after the figure gives the
        // blank away (both readers, sets 229–232).
        if let open = after.firstIndex(of: "("), after.distance(from: after.startIndex, to: open) <= 12, !after[..<open].contains(","),
            let close = after[open...].firstIndex(of: ")"),
            case let inside = after[after.index(after: open)..<close].lowercased().spaceSeparated.map(PromptText.bareWord),
            (1...3).contains(inside.count),
            let number = inside.first(where: { !Self.restatingOpeners.contains($0) }), number.first?.isNumber == true,
            inside.allSatisfy({ Self.restatingOpeners.contains($0) || $0.first?.isNumber == true || $0.count <= 6 })
        {
            return "its conversion in brackets (“(\(inside.joined(separator: " ")))”) gives the blank away"
        }
        // "Nineteen of the 20 cities tracked": the whole a count is part of; the count is the finding.
        if previousWords.suffix(2) == ["of", "the"], let count = previousWords.dropLast(2).last,
            PromptText.numbers(in: count).count == 1 || PromptText.spelled.contains(count)
        {
            return "the whole a count is part of (“\(count) of the \(figure.text)”): the count is the finding, the whole is guessed"
        }
        // "Moody's (of which Berkshire owns more than 20%)": a relative clause in brackets is
        // an aside about something the sentence names in passing. "(or 3.5%)" restates its fact.
        if let bracket = before.lastIndex(of: "("), !before[bracket...].contains(")"),
            let opening = before[before.index(after: bracket)...].spaceSeparated.first.map({ PromptText.bareWord($0).lowercased() }),
            ["of", "which", "who", "whose", "including", "where"].contains(opening)
        {
            return "an aside in brackets (“(\(opening) …”), not the sentence's fact"
        }
        // "Lyle McCann, 78 and Marie McCann, 77 left St. Albert": an age after a name, with
        // nothing counted after it.
        let countsSomething = figure.unit.flatMap { $0.spaceSeparated.last.map(PromptText.bareWord) }.map { $0.first?.isLowercase == true } ?? false
        if sort != .age, !countsSomething, before.hasSuffix(", "), value == value.rounded(), value >= 1, value <= 110,
            before.dropLast(2).spaceSeparated.last.map({ PromptText.bareWord($0).first?.isUppercase == true }) == true,
            // "…," says Cunningham, 55.": or the sentence ends on it, after a name of any length.
            nextWords.first(where: { !$0.isEmpty }).map({ $0.first?.isLowercase == true && !["percent", "per", "points", "years", "months", "days"].contains($0) }) ?? true,
            !nextWords.contains(where: { !$0.isEmpty }) || before.dropLast(2).spaceSeparated.suffix(3).filter({ PromptText.bareWord($0).first?.isUppercase == true }).count >= 2
        {
            return "an age beside a name: a side detail"
        }
        // "between 18 and 25", "aged ____ to 25": one end of a band, which the other end gives away.
        if previousWords.suffix(2).contains("between") || (previous == "and" && previousWords.suffix(5).contains("between")) || ((next == "to" || next == "and") && nextWords.dropFirst().first.map { PromptText.numbers(in: $0).count == 1 } == true
            && previousWords.suffix(3).contains(where: { ["between", "aged", "ages"].contains($0) }))
        {
            return "one end of a range, which the other end gives away"
        }
        // "being 3, 4 percent in the polls", "3 or 4 seats": the number beside it gives a run's other end.
        if before.hasSuffix(", ") || before.hasSuffix(" or ") || before.hasSuffix(" and "), let last = before.spaceSeparated.last(where: { $0 != "or" && $0 != "and" }),
            PromptText.numbers(in: String(last)).count == 1,
            PromptText.bareWord(last).allSatisfy({ $0.isNumber || $0 == "." }) || FigureSense.isOrdinal(PromptText.bareWord(last))
        {
            return "one of a run of numbers (“\(PromptText.bareWord(last)), \(figure.text)”), which the other gives away"
        }
        // "think twice about", "once or twice": "twice" as wording, not a count.
        if text == "twice", ["think", "thinks", "thought", "thinking", "or"].contains(previous.lowercased()) {
            return "“\(previous) twice” as a turn of phrase, not a count"
        }
        // "after half a decade", "half a dozen", "the other half", "a decade and a half": "half"
        // as wording, not a measured share.
        if text == "half" || text == "a half",
            ["a", "an"].contains(nextWords.first(where: { !$0.isEmpty })?.lowercased() ?? "") || previous == "other" || previous == "and"
                // "the southern half of Minnesota", "the first half": a part of a place or a match.
                || Self.partNames.contains(previous.lowercased())
        {
            return "“\(figure.text)” as a turn of phrase, not a measured share"
        }
        // "sectors 69, 70 and 71", "95 and 96 per cent … respectively": the first of a run,
        // which the rest gives away.
        // Joined by "and" or "or", only a bare number shares the unit after its partner.
        let bareNumber = figure.text.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
        if after.hasPrefix(", ") || bareNumber && (after.hasPrefix(" and ") || after.hasPrefix(" or ")),
            let following = nextWords.first(where: { !$0.isEmpty && $0 != "and" && $0 != "or" }), PromptText.numbers(in: following).count == 1,
            following.allSatisfy({ $0.isNumber || $0 == "." })
        {
            return "one of a run of numbers (“\(figure.text), \(following)”), which the other gives away"
        }
        // "At least $1 million more was donated": more than a figure an earlier sentence gave.
        let relative: Set<String> = ["more", "fewer", "less", "extra", "additional"]
        if let at = nextWords.prefix(2).firstIndex(where: { relative.contains($0.lowercased()) }),
            at + 1 >= nextWords.count || nextWords[at + 1].lowercased() != "than"
        {
            return "“\(figure.text) \(nextWords[at])” counts on from a figure an earlier sentence gave"
        }
        if nextWords.prefix(2).contains("ago") { return "a time counted back from a day the prompt does not give" }
        // "in the 106 pound division", "won the 175 pound title": a weight that names a class
        // of a sport is a category's name, not a measure ("a 501 kg weight" is one).
        let following = nextWords.prefix(2).map { $0.lowercased() }
        let unitInFigure = Self.weightUnits.contains { text.hasSuffix(" " + $0) || text.hasSuffix("-" + $0) }
        let classWord = unitInFigure ? following.first : (following.count == 2 && Self.weightUnits.contains(following[0]) ? following[1] : nil)
        if let classWord, Self.weightClassWords.contains(classWord) || classWord == "weight" && following.contains("class") {
            return "a weight that names a sport's class (“\(figure.text) \(following.joined(separator: " "))”), not a measure"
        }
        // "take the 5th", "plead the Fifth": the Fifth Amendment as a turn of phrase.
        if previousWords.suffix(2).first.map(Self.amendmentVerbs.contains) == true, previous == "the", ["5th", "fifth"].contains(text)
        {
            return "“the \(figure.text)” is the Fifth Amendment as a turn of phrase, not a figure"
        }
        // "about 10 miles south of the beach", "35 miles from London": a distance that places
        // somewhere is the map's, not the story's.
        let unitWord = figure.unit.map { $0.lowercased() } ?? ""
        let unitFollows = Self.distanceUnits.contains(next.lowercased())
        // "about 40km north of Yeppoon": the unit may be glued to the number.
        let gluedDistance = Self.distanceUnits.contains { text.hasSuffix($0) && text.dropLast($0.count).last?.isNumber == true }
        if Self.distanceUnits.contains(unitWord) || unitFollows || gluedDistance || Self.distanceUnits.contains(where: { text.hasSuffix(" " + $0) }),
            let placingWord = (unitFollows ? nextWords.dropFirst().first : next).map({ $0.lowercased() }),
            Self.placingWords.contains(placingWord)
        {
            return "a distance that places somewhere (“\(figure.text) \(placingWord)”): the map's fact, not the story's"
        }
        if sort == .percent, value == 100 { return "“100 percent” is a turn of phrase, not a measured share" }
        // "to defend the bloc of 500 million citizens", "a country of 1.4 billion people": a
        // place's size written into its name is background, not the story's count.
        // "the nation of fewer than ____ people": with its qualifier too.
        let qualifier = (figure.qualifier?.lowercased().spaceSeparated.map(String.init)) ?? []
        let beforeQualifier = !qualifier.isEmpty && previousWords.suffix(qualifier.count).elementsEqual(qualifier)
            ? Array(previousWords.dropLast(qualifier.count)) : previousWords
        if beforeQualifier.last == "of", beforeQualifier.count >= 2, Self.placeNouns.contains(beforeQualifier[beforeQualifier.count - 2]),
            // The unit carries its qualifier in brackets: "people (fewer than)".
            case let unit = figure.unit?.split(separator: "(").first.map({ $0.lowercased() }),
            case let counted = (unit.map { $0.spaceSeparated.last.map(String.init) } ?? nil) ?? next.lowercased(),
            Self.populationWords.contains(counted)
        {
            return "the size of a place (“\(beforeQualifier[beforeQualifier.count - 2]) of \(figure.text) \(counted)”): background, not the story's count"
        }
        // "for almost two generations": a span of rhetoric, not a measure.
        if let unit = figure.unit?.lowercased(), ["generation", "generations", "lifetime", "lifetimes"].contains(where: { unit.hasPrefix($0) }) {
            return "“\(figure.text) \(unit)” is rhetoric, not a measure"
        }
        // "San Pedro Sula, population 769,025, had 1,317 homicides; Caracas … 3,797; and
        // Acapulco …": one value of a table written as a sentence.
        let valuesInSentence = PromptText.numbers(in: figure.sentence).filter { !($0 >= 1800 && $0 <= 2100 && $0 == $0.rounded()) }.count
        // "14 Catholics, six Orthodox, four Protestants and one Greek Orthodox … as well as 29
        // others": three counts or more each after a list's comma or "and", spelled out or not.
        // ("in two sub-counties, forcing 4,500 residents into one camp" lists nothing.)
        // Digits alone are the table rule's above: a poll's "48 percent … and 44 percent … and 2
        // percent" is asked.
        let words = figure.sentence.spaceSeparated
        let listed = words.indices.dropFirst().compactMap { index -> String? in
            let word = PromptText.bareWord(words[index]).lowercased(), previous = words[index - 1]
            return (previous.hasSuffix(",") || previous == "and") && (PromptText.spelled.contains(word) || word.first?.isNumber == true) ? word : nil
        }
        if listed.count >= 3, listed.contains(where: PromptText.spelled.contains) {
            return "one value of a list of \(listed.count) counts in its sentence"
        }
        if valuesInSentence >= 5 { return "one value of \(valuesInSentence) in a sentence that lists them" }
        // "said Joe Biden, who served as a senator for 36 years": a biography's aside.
        if ["year", "decade"].contains(where: { (figure.unit ?? figure.text).lowercased().contains($0) }),
            let clause = before.lowercased().range(of: ", who ", options: .backwards), before.distance(from: clause.upperBound, to: before.endIndex) < 40
        {
            return "a span in a biographical aside (“who served … for \(figure.text)”)"
        }
        // "Striker Larry Spann, a bus operator for 20 years, said": an appositive's tenure.
        if ["year", "decade"].contains(where: { (figure.unit ?? figure.text).lowercased().contains($0) }), previous == "for",
            let comma = before.range(of: ", ", options: .backwards), case let appositive = before[comma.upperBound...].lowercased(),
            appositive.hasPrefix("a ") || appositive.hasPrefix("an "), appositive.count < 40,
            before[..<comma.lowerBound].spaceSeparated.last.map({ PromptText.bareWord($0).first?.isUppercase == true }) == true
        {
            return "a tenure in an appositive (“\(appositive)\(figure.text)”): a side detail"
        }
        // "In the 16 months since the review's release", "comments come about two months
        // after …": the time between two events is counted off their dates, not learnt, in the
        // lede too; "died three days after the attack" is a death's story.
        // "jailed for eight years after admitting …": a sentence or a ban runs for its span.
        let death = Self.deathWords.contains { PromptText.containsWord(figure.sentence, $0) }
        // A unit keeps its qualifier in brackets: "months (about)".
        if !death, previous != "for", let unit = (figure.unit?.split(separator: "(").first.map(String.init) ?? figure.text).lowercased().spaceSeparated.last.map(String.init),
            Context.spanUnits.contains(unit),
            ["since", "after", "before"].contains(next.lowercased()) || ["since", "after", "before"].contains(nextWords.dropFirst().first?.lowercased() ?? "") && Context.spanUnits.contains(next.lowercased())
        {
            return "the time between two events (“\(figure.text) \(nextWords.prefix(2).joined(separator: " "))”): counted off their dates"
        }
        // "X was paid $29,715; Y was paid $35,845; and Z …": one entry of a list.
        if figure.text.contains(where: { "$£€".contains($0) }) {
            let moneyInSentence = figure.sentence.spaceSeparated.filter { $0.contains(where: { "$£€".contains($0) }) && $0.contains(where: \.isNumber) }.count
            if moneyInSentence >= 3 { return "one amount of a list of \(moneyInSentence): the story's figure is their sum or their point" }
        }
        // "8,500 thousand cars": a number in the thousands given in thousands is a slip of the copy.
        if figure.text.lowercased().hasSuffix("thousand"), (PromptText.numbers(in: figure.text).first ?? 0) >= 1000 {
            return "“\(figure.text)” mixes two scales: a slip in the copy, not a figure to learn"
        }
        // A figure inside a bracket that is still open: an aid to the reader, not the story's
        // fact, when it converts the figure before it ("30bn baht (£398m; $768m)", "770
        // kilometers (about 480 miles)") or defines a unit ("(each donum is 2,500 square meters)").
        let openBrackets = before.filter { $0 == "(" }.count - before.filter { $0 == ")" }.count
        if openBrackets > 0, let bracket = before.lastIndex(of: "(") {
            let outside = before[..<bracket]
            let isMoney = PromptText.showsCurrency(figure.text) || figure.unit?.lowercased().contains("dollar") == true
            if isMoney, PromptText.numbers(in: String(outside)).contains(where: { $0 > 0 }) { return "a conversion in brackets of the figure before it" }
            let inside = before[before.index(after: bracket)...].lowercased().spaceSeparated.map(PromptText.bareWord)
            let comparison = after.lowercased().hasPrefix(" more") || after.lowercased().hasPrefix(" fewer")
            let restates = outside.spaceSeparated.suffix(3).contains { PromptText.numbers(in: String($0)).count == 1 }
                && (inside.first.map(Self.restatingOpeners.contains) ?? true) && !comparison
            if restates { return "a conversion in brackets of the figure before it: an aid to the reader, not the sentence's fact" }
            let defines = inside.first.map(Self.unitDefinitionOpeners.contains) == true && inside.contains { $0 == "is" || $0 == "equals" }
            if defines { return "a unit defined in brackets (“(\(inside.joined(separator: " ")) …”): an aid to the reader, not the sentence's fact" }
        }
        // "Sen. Marco Rubio was at 10 percent.": a share in a sentence too short to say of
        // what — the poll is in the sentence before.
        if sort == .percent {
            let sentenceWords = figure.sentence.spaceSeparated.map { PromptText.bareWord($0).lowercased() }
            if sentenceWords.count < 10, !sentenceWords.contains(where: Self.measuredShares.contains) {
                return "a share in a short sentence that does not say what it measures"
            }
            // "Jeb Bush sits at just 10%", "Rubio lags behind both with 15 percent": a share whose
            // poll or vote an earlier sentence named.
            if !sentenceWords.contains(where: { Self.measuredShares.contains($0) || Self.contests.contains($0) }) {
                return "a share whose poll or vote the sentence does not name"
            }
        }
        if sort == .percent, after.lowercased().hasPrefix(" of precincts") || after.lowercased().hasPrefix(" of the precincts") {
            return "the share of precincts reporting: a count's progress, not a result"
        }
        // "Peter Kaisen, 76, shot …": an age in apposition to a name.
        // "Lyle McCann, 78 and Marie McCann, 77": two ages side by side.
        if sort != .age, before.hasSuffix(", "), after.hasPrefix(",") || after.hasPrefix(" and ") && figure.unit == nil,
            value == value.rounded(), value >= 1, value <= 110,
            before.dropLast(2).spaceSeparated.last.map({ PromptText.bareWord($0).first?.isUppercase == true }) == true
        {
            return "an age beside a name: a side detail"
        }
        // A toll stays a toll however small ("11 people were killed"); any other small count
        // ("two spells", "four other nights", "Two crucial priorities -- …") is colour or
        // counted off the sentence's own list, in the lede too.
        let toll = ["killed", "dead", "died", "deaths", "injured", "wounded", "arrested", "missing"].contains { ByteText.contains(figure.sentence, $0) }
        if sort == .smallCount, !toll { return "a small count: colour, or counted off the sentence's own list" }
        // "in its 60-year history", "the club's 150-year history": how old a body or an event
        // is, background to any story about it.
        if next.lowercased() == "history", text.hasSuffix("year") || text.hasSuffix("years") {
            return "how long a history runs (“\(figure.text) history”): background"
        }
        let glued = text.split(separator: "-").dropFirst().map(String.init)
        // "a three-hour interview", "a 15-count complaint": a number made an adjective describes, it does not report.
        if let suffix = glued.last, suffix.first?.isLetter == true, !["year-old", "old"].contains(suffix), !glued.contains("year"),
            !["million", "billion", "trillion", "percent", "point", "percentage"].contains(suffix)
        {
            return "a number inside an adjective (“\(figure.text)”) describes, it does not report"
        }
        if inLede { return nil }
        let unitWords = (figure.unit ?? "").lowercased().spaceSeparated.map(PromptText.bareWord)
        // "Anthony Davis scored 34 points": a box score.
        let scored = ["scored", "scoring", "added", "had"].contains { ByteText.contains(before.lowercased(), " \($0) ") }
        if scored, next.lowercased() == "points" || text.hasSuffix("points") { return "a box-score figure away from the lede: trivia" }
        // "piled on 33 unanswered points", "28 scoring shots to three": a run of play.
        if ["unanswered", "scoring"].contains(next.lowercased()) { return "a box-score figure away from the lede: trivia" }
        if let spec = ([next.lowercased()] + unitWords + glued).first(where: { Self.specUnits.contains($0) }) {
            return "a specification or box-score figure (\(spec)) away from the lede: trivia"
        }
        // "two spells", "three other Americans": a small count away from the lede is colour.
        // "Nerlens Noel had ____.": a number that ends its clause says nothing of what it counts.
        if ["had", "added", "scored", "got", "grabbed", "contributed"].contains(previous), figure.unit == nil,
            after.first.map({ ".,;".contains($0) }) ?? true
        {
            return "a number with nothing counted after it"
        }
        return nil
    }

    /// “13th”: a figure in quote marks of its own is a title, not a figure.
    var inTitle: String? {
        // “13th” or “13th,” — the title's own punctuation may come before its closing mark.
        let closing = after.drop { ",.;:!?".contains($0) }.first
        if let opening = before.last, let closing, PromptText.quoteMarks.contains(opening), PromptText.quoteMarks.contains(closing) {
            return "a quoted title (“\(figure.text)”), not a figure"
        }
        return nil
    }
}
