import FactExtraction
import TextMachinery
import Foundation

/// What a figure is (an age, a year, a rank, a share, a count) and what may stand beside it
/// as a wrong value: the same kind, scale and rounding, in a range the sentence allows,
/// and false given its qualifier ("more than 3,000" is still true as "more than 1,500").
struct FigureSense {
    enum Sort { case age, year, ordinal, percent, fraction, smallCount, magnitude }
    /// How a qualifier bounds the true value: "at least 1,000" is a floor.
    enum Bound { case exact, floor, ceiling, approximate }

    let figure: FigureFact
    let value: Double
    let sort: Sort
    let bound: Bound
    let before: String
    let after: String

    /// The text with no-break spaces made plain; most sentences have none and are copied as they are.
    static func plainSpaced(_ text: Substring) -> String {
        text.utf8.contains(0xA0) ? text.replacingOccurrences(of: "\u{00A0}", with: " ") : String(text)
    }

    /// Whether the counted thing is specific enough ("Russian troops", not "dollars") for the
    /// story's other values of it to serve as distractors.
    let specificThing: Bool

    init?(_ figure: FigureFact, specificThing: Bool = false) {
        self.specificThing = specificThing
        guard case .number(let value)? = figure.value, value > 0, let range = figure.sentence.byteRange(of: figure.text) else { return nil }
        self.figure = figure
        self.value = value
        // "20 miles\u{00A0}west": a no-break space from a web page separates words as a space does.
        before = Self.plainSpaced(figure.sentence[..<range.lowerBound])
        after = Self.plainSpaced(figure.sentence[range.upperBound...])
        let text = figure.text.lowercased(), beforeLower = before.lowercased(), afterLower = after.lowercased()
        let unit = figure.unit?.lowercased() ?? ""
        if beforeLower.hasSuffix("aged ") || beforeLower.hasSuffix("age of ") || ByteText.contains(text, "year-old") || afterLower.hasPrefix("-year-old")
            || afterLower.hasPrefix(" years old") || afterLower.hasPrefix("-years-old") || (text.hasSuffix("-year") && afterLower.hasPrefix(" old"))
            // "the 39 year old, whose only previous victory …": the hyphens dropped altogether.
            || ((text.hasSuffix(" year") || text.hasSuffix(" years")) && afterLower.hasPrefix(" old"))
            // "the 23 year-old Benetton centre": the hyphen dropped before "year".
            || afterLower.hasPrefix(" year-old") || afterLower.hasPrefix(" year old")
            // "a four-year boy": an age with its "old" left out.
            || (text.hasSuffix("-year") && Self.youngPeople.contains { afterLower.hasPrefix(" " + $0) })
        {
            sort = .age
        } else if ByteText.contains(unit, "fraction") || ["half", "third", "quarter", "fifth", "tenth"].contains(where: { ByteText.contains(text, $0) || unit.hasPrefix($0) }) {
            sort = .fraction
        } else if ByteText.contains(text, "%") || ByteText.contains(text, "percent") || ByteText.contains(text, "per cent") || afterLower.hasPrefix(" per cent") || afterLower.hasPrefix(" percent") || ByteText.contains(unit, "per cent") || ByteText.contains(unit, "percent") {
            sort = .percent
        } else if Self.isOrdinal(text) || unit == "rank" {
            sort = .ordinal
        } else if value >= 1800, value <= 2100, value == value.rounded(), text.count == 4, text.allSatisfy(\.isNumber) {
            sort = .year
        } else if value <= 12, value == value.rounded() {
            sort = .smallCount
        } else {
            sort = .magnitude
        }
        let qualifier = (figure.qualifier ?? Self.qualifier(before: beforeLower) ?? "").lowercased()
        switch qualifier {
        case "at least", "more than", "over", "upwards of", "in excess of", "above", "at least some": bound = .floor
        case "up to", "fewer than", "less than", "under", "at most", "no more than", "nearly", "almost", "just under", "below", "as much as", "as many as", "as little as", "as few as":
            bound = .ceiling
        case "": bound = Self.passesFigure(before: beforeLower) ? .floor : .exact
        default: bound = .approximate
        }
    }

    /// Words that make a sentence a death's story: an age, a span or a count there is its news.
    static let deathWords = ["died", "dies", "dead", "death", "killed"]

    static let youngPeople = ["boy", "girl", "child", "baby", "toddler", "son", "daughter", "man", "woman", "pupil", "student"]

    /// "the cull will break 40,000", "sales topped $1 billion": a verb of passing a mark says
    /// "more than" as the qualifier would, and a lower false value would still be true.
    /// Not "the top 100" (an adjective after its article) nor "failed to top 100" (which
    /// says the mark was not passed).
    static func passesFigure(before: String) -> Bool {
        // Read from the end: most figures follow no verb of passing, and only four words count.
        let words = before.spaceSeparated.suffix(4).map { PromptText.bareWord($0).lowercased() }
        guard let last = words.last, passingVerbs.contains(last) else { return false }
        let earlier = words.dropLast().suffix(3)
        if let previous = earlier.last, PromptText.determiners.contains(previous) { return false }
        return !earlier.contains { ["not", "never", "failed", "fail", "fails", "didn't", "doesn't", "won't", "cannot", "can't", "unlikely"].contains($0) }
    }

    static let passingVerbs: Set<String> = [
        "break", "breaks", "broke", "breaking", "top", "tops", "topped", "topping", "exceed", "exceeds", "exceeded", "exceeding",
        "surpass", "surpasses", "surpassed", "surpassing", "pass", "passes", "passed", "passing", "cross", "crosses", "crossed",
        "crossing", "eclipse", "eclipses", "eclipsed", "beat", "beats", "outstrip", "outstrips", "outstripped",
    ]

    /// "24th", "372nd", "1,001st".
    static func isOrdinal(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 3, ["st", "nd", "rd", "th"].contains(String(decoding: utf8.suffix(2), as: UTF8.self)) else { return false }
        let digits = utf8.dropLast(2)
        return digits.first.map { $0 >= 48 && $0 <= 57 } == true && digits.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ",") }
    }

    /// A qualifier the extractor may have left out, read from the words before the figure.
    static func qualifier(before: String) -> String? {
        qualifiers.first { before.hasSuffix(" " + $0 + " ") || before == $0 + " " }
    }

    static let qualifiers = ["at least", "more than", "over", "upwards of", "in excess of", "above", "up to", "fewer than", "less than",
                          "under", "at most", "no more than", "nearly", "almost", "about", "around", "roughly", "some", "approximately",
                          "an estimated", "estimated", "almost", "close to", "just over", "just under", "below", "as much as", "as many as"]

    // MARK: - Numbers that are names, and giveaways

    /// Parts of a law or a rulebook, numbered: "section 209", "article 151", "clause 4".
    static let provisionNouns: Set<String> = ["section", "sections", "article", "articles", "chapter", "clause", "subsection", "paragraph", "regulation", "schedule", "rule"]

    /// Nouns that take a number as their name ("Section 1001", "Flight 370"), even first in a sentence.
    static let numberedNouns: Set<String> = [
        "Section", "Article", "Chapter", "Title", "Proposition", "Prop", "Amendment", "Flight", "Room", "Route", "Highway", "Interstate",
        "Level", "Phase", "Stage", "Game", "Week", "Round", "Episode", "Season", "Volume", "Number", "No", "Model", "Rule", "Resolution",
        "Measure", "Question", "District", "Ward", "Precinct", "Gate", "Terminal", "Platform", "Pier", "Apollo", "Ward", "Unit", "Camp",
    ]

    /// Why the figure is part of a name ("Six Nations", "Radio 4", "the Group of Eight"), or nil.
    static let reportingVerbs: Set<String> = ["reported", "reports", "said", "says", "told", "aired", "broadcast"]

    var partOfName: String? {
        let previousWords = before.spaceSeparated
        let previous = previousWords.last.map(PromptText.bareWord) ?? ""
        let next = after.spaceSeparated.first.map(PromptText.bareWord) ?? ""
        // "R2.8 trillion", "Rs 500 crore": money after a currency's letters is written in digits.
        let spelledOut = figure.text.first?.isLetter == true && !figure.text.contains(where: \.isNumber)
        // "Radeon Pro 5500M", "4K TVs": digits glued to capitals name a model or a format;
        // money shorthand ("$4K", "£2bn") keeps its currency sign.
        // Lowercase suffixes are units and scales ("30bn", "5km", "10m"): still counts.
        let suffix = figure.text.reversed().prefix(while: \.isLetter)
        let glued = figure.text.contains(where: \.isNumber) && !suffix.isEmpty && suffix.allSatisfy(\.isUppercase) && !figure.text.contains(" ")
            && !PromptText.showsCurrency(figure.text)
        if glued { return "“\(figure.text)” is a model or format name, not a count" }
        let capitalisedNext = next.first?.isUppercase == true && !StoryGrouping.notNames.contains(next) && !after.hasPrefix(",")
        let capitalisedPrevious = previous.first?.isUppercase == true && !StoryGrouping.notNames.contains(previous) && !before.hasSuffix(", ")
            && previousWords.count > 1
        if spelledOut, figure.text.first?.isUppercase == true, !previousWords.isEmpty { return "a capitalised number inside the sentence is part of a name" }
        if spelledOut, capitalisedNext { return "the number is part of a name (“\(figure.text) \(next)”)" }
        // "Lex 18 reported", "Channel 4 said": a station named with its number, reporting.
        if !spelledOut, figure.unit == nil, previous.first?.isUppercase == true, !StoryGrouping.notNames.contains(previous),
            Self.reportingVerbs.contains(next.lowercased())
        {
            return "the number is part of a name (“\(previous) \(figure.text)”)"
        }
        // "speaking to 650 CKOM's Evan Bray": a number before a call sign or a brand in
        // capitals, which owns something or ends the phrase, is the station's name.
        let nextRaw = after.spaceSeparated.first.map(String.init) ?? ""
        if !spelledOut, next.count >= 3, next.allSatisfy({ $0.isUppercase && $0.isLetter }),
            ScalarText.hasPossessiveSuffix(nextRaw) || nextRaw.last.map({ ",.;:".contains($0) }) == true || after.spaceSeparated.count == 1
        {
            return "the number is part of a name (“\(figure.text) \(next)”)"
        }
        // "(THE EAGLE 106.9 & 107.5)", "(COUNTRY LEGENDS 97.1)": a bare number in a bracket of
        // capitals is a station's or a brand's name.
        if !spelledOut, figure.unit == nil, let bracket = before.lastIndex(of: "("), !before[bracket...].contains(")"),
            case let inside = before[before.index(after: bracket)...].spaceSeparated.map(PromptText.bareWord).filter({ $0.contains(where: \.isLetter) }),
            inside.contains(where: { $0.count >= 3 }), inside.allSatisfy({ $0.allSatisfy { !$0.isLetter || $0.isUppercase } })
        {
            return "a number in a bracketed name in capitals (“\(inside.joined(separator: " ")) … \(figure.text)”)"
        }
        // "the location at 13th and G streets", "on 5th Avenue": an ordinal before a street's
        // word names the street.
        if sort == .ordinal, after.spaceSeparated.prefix(4).map({ PromptText.bareWord($0).lowercased() }).contains(where: Self.ordinalStreetWords.contains) {
            return "“\(figure.text)” names a street, it counts nothing"
        }
        // "took possession of the 757 in 2011": a number standing as a noun names a thing.
        let nextLower = next.lowercased()
        // "to replace the 777 (ATW Daily News)": so does one before a bracket.
        let afterWord = after.drop { $0 == " " }
        if previous == "the", figure.unit == nil, figure.text.allSatisfy(\.isNumber), sort != .year,
            afterWord.isEmpty || afterWord.first.map({ ".,;:()".contains($0) }) == true
                || ["in", "on", "at", "was", "is", "and", "to", "from", "with"].contains(nextLower)
        {
            return "“the \(figure.text)” names a thing, it counts nothing"
        }
        if sort == .ordinal, ["century", "centuries", "anniversary", "amendment", "birthday", "annual"].contains(next.lowercased()) {
            return "“\(figure.text) \(next)” is background or a name, not the story's figure"
        }
        // "the 43rd president", "2nd website refuses": an ordinal before a noun numbers a
        // thing; only a placing ("finished 2nd", "2nd place") is a result worth asking.
        if sort == .ordinal, !isPlacing(previous: previous.lowercased(), next: nextLower) {
            return "“\(figure.text)” numbers a thing, it is no placing"
        }
        if previousWords.count == 1, Self.numberedNouns.contains(previous) { return "the number is part of a name (“\(previous) \(figure.text)”)" }
        // "contrary to section 209 of the Penal Code": a provision's number names it.
        if Self.provisionNouns.contains(previous.lowercased()) { return "the number names a provision (“\(previous) \(figure.text)”)" }
        // "the first 100 days": a stock phrase, guessed without the article.
        if previous.lowercased() == "first", value == 100, ByteText.contains(figure.text.lowercased() + after.lowercased(), "days") {
            return "“the first 100 days” is a stock phrase"
        }
        if capitalisedPrevious, value < 10_000, sort != .year { return "the number is part of a name (“\(previous) \(figure.text)”)" }
        if previous == "of", previousWords.count >= 2, PromptText.bareWord(previousWords[previousWords.count - 2]).first?.isUppercase == true {
            return "the number is part of a name (“… of \(figure.text)”)"
        }
        if after.hasPrefix(" and a half") || after.hasPrefix(" and a quarter") { return "part of a larger number (“\(figure.text) and a half”)" }
        // "401(k)": a bracket glued to the number makes a name.
        if after.hasPrefix("-") || before.hasSuffix("-") || after.hasPrefix(":") || after.hasPrefix("/") || after.hasPrefix("(") {
            return "the number is glued to a word or a time"
        }
        // "In one tweet", "one of the": a spelled "one" is an article, not a count.
        if spelledOut, value == 1 { return "“\(figure.text)” is a word, not a count" }
        // "If the two spoke …": a number standing for people named earlier.
        if sort == .smallCount, spelledOut, ["the", "those", "these", "both", "all", "but"].contains(previous.lowercased()) {
            return "“\(previous) \(figure.text)” refers back to what an earlier sentence named"
        }
        return nil
    }

    /// "finished 2nd", "came in third", "2nd place", "ranked 5th": a result, not a label.
    func isPlacing(previous: String, next: String) -> Bool {
        let placedBy = ["finished", "came", "placed", "ranked", "ranks", "ranking", "rank", "was", "is", "at", "in", "finish", "place"].contains(previous)
        // "finished 2nd, behind …" is a placing; "the silent march down 110th," names a street.
        return ["place", "places", "spot", "position", "among", "out", "of", "behind"].contains(next)
            || (["in", "with", ",", ""].contains(next) && (placedBy || !["down", "up", "along", "on", "off", "onto", "across", "near", "and"].contains(previous)))
            || placedBy
    }

    /// Words after an ordinal that make it a street's ("13th and G streets", "5th Avenue"); not
    /// "place" or "way", which a placing has ("finished 3rd place").
    static let ordinalStreetWords: Set<String> = ["street", "streets", "st", "avenue", "avenues", "ave", "road", "roads", "rd", "boulevard", "blvd", "drive"]

    static let thresholdVerbs: Set<String> = ["surpass", "surpassed", "surpasses", "exceed", "exceeded", "exceeds", "top", "topped", "tops",
                                              "pass", "passed", "passes", "cross", "crossed", "crosses", "break", "broke", "breaks", "above"]

    /// Units whose conversions a reader can work (temperatures, lengths, weights, volumes).
    static let convertibleUnits: Set<String> = ["celsius", "fahrenheit", "c", "f", "degrees", "km", "kilometers", "kilometres", "miles", "mile",
                                                "meters", "metres", "feet", "ft", "inches", "cm", "kg", "kilograms", "pounds", "lbs", "lb",
                                                "litres", "liters", "gallons", "mph", "km/h", "kph", "acres", "hectares"]

    /// Why the blanked sentence gives its own answer away, or nil.
    func giveaway(in cloze: String) -> String? {
        // "to ____ Fahrenheit (2 degrees Celsius)": a measure converted in brackets works the
        // blank out (a currency's rate is not common knowledge, so money is left alone).
        if cloze.utf8.contains(UInt8(ascii: "(")), let blank = cloze.range(of: Cloze.blank),
            case let following = cloze[blank.upperBound...].spaceSeparated.prefix(3),
            let bracket = following.firstIndex(where: { $0.hasPrefix("(") }),
            following[bracket].dropFirst().first?.isNumber == true,
            case let inside = cloze[blank.upperBound...].drop(while: { $0 != "(" }).prefix(while: { $0 != ")" }).lowercased(),
            Self.convertibleUnits.contains(where: { inside.spaceSeparated.map(PromptText.bareWord).contains($0) })
        {
            return "the conversion in brackets beside the blank works it out"
        }
        let whole = value == value.rounded() ? String(Int(value)) : nil
        if let whole, PromptText.gluedDigits(in: cloze).contains(whole) { return "the number stands beside the blank in an acronym or name" }
        let others = PromptText.numbers(in: cloze).filter { $0 > 0 }
        if others.contains(value) { return "the same number stands elsewhere in the sentence" }
        if value == value.rounded(), Int(value) < PromptText.spelled.count {
            let word = PromptText.spelled[Int(value)]
            if cloze.lowercased().spaceSeparated.contains(where: { PromptText.bareWord($0) == word }) {
                return "the same number is spelled out elsewhere in the sentence"
            }
        }
        for (i, a) in others.enumerated() {
            for b in others[(i + 1)...] where abs(abs(a - b) - value) < 1e-9 || abs(a + b - value) < 1e-9 {
                return "the blank is the difference or sum of the numbers beside it"
            }
        }
        // "handled ____ of cargo …, up by 407,900 tons, or 6%, from 6.843 million tons": a
        // change and the figure it started from add up to the blank once their scale words are read.
        // The written figures are rounded: "7.25 million" less "6.843 million" is 407,900 to
        // within their last digits.
        let scaled = sort == .percent ? [] : PromptText.scaledNumbers(in: cloze).filter { $0.value > 0 }
        for (i, a) in scaled.enumerated() {
            for b in scaled[(i + 1)...] {
                let tolerance = max(0.001 * value, a.halfUnit + b.halfUnit)
                if abs(a.value + b.value - value) <= tolerance || abs(abs(a.value - b.value) - value) <= tolerance {
                    return "the blank is the difference or sum of the numbers beside it"
                }
            }
        }
        // "22% … a 2 to 1 margin", "the initial dozen plus 10 extra", "rose by 37 percent,
        // from ____ to 1.23 percent": products, ratios and changes of the numbers beside it,
        // spelled ones included, work the blank out.
        let words = cloze.lowercased().spaceSeparated.map(PromptText.bareWord)
        let spelledValues = words.compactMap { word -> Double? in
            if word == "dozen" { return 12 }
            if word == "half" { return 2 }
            // "a three-percentage-point margin": the number heads a compound.
            let head = word.split(separator: "-").first.map(String.init) ?? word
            return PromptText.spelled.firstIndex(of: head).map(Double.init)
        }
        let beside = (others + spelledValues).filter { $0 > 0 && !($0 >= 1800 && $0 <= 2100 && $0 == $0.rounded()) }
        let percentages = words.indices.compactMap { index -> Double? in
            let word = words[index]
            // "rose by 37 percent": a change, not a share.
            let marked = word.hasSuffix("%") || (index + 1 < words.count && ["percent", "per"].contains(words[index + 1]))
            // "15 percent over the limit of 10,000", "20% below": so is one that compares.
            let comparing = words.dropFirst(index + 1).prefix(3).contains { Self.comparingWords.contains($0) }
            return marked && (index > 0 && words[index - 1] == "by" || comparing) ? PromptText.numbers(in: word).first : nil
        }
        // "roughly ____ points, 42%-32.7%": a rounded key is worked out to its rounding.
        // "45.4 percent to ____" after a three-point margin, or "____ to 42 percent": where
        // decimals meet whole numbers, the blank is found to the rounding.
        let roundsDecimals = value >= 10 && (value != value.rounded() || beside.contains { $0 != $0.rounded() })
        let tolerance = bound == .approximate ? max(0.05 * value, 0.5) : roundsDecimals ? 0.5 : max(0.006 * value, 1e-9)
        func near(_ x: Double) -> Bool { abs(x - value) <= tolerance }
        // "the deficit would surpass ____ … reaching $1.4 trillion": a round threshold is read
        // off the figure that passes it.
        let written = PromptText.numbers(in: figure.text).first ?? value  // "$1 trillion" is written 1
        if isRound, let verb = before.lowercased().spaceSeparated.last.map(PromptText.bareWord), Self.thresholdVerbs.contains(verb),
            beside.contains(where: { $0 > written && $0 < 2 * written })
        {
            return "a round threshold the sentence's own figure passes"
        }
        for (i, a) in beside.enumerated() {
            for (j, b) in beside.enumerated() where i != j {
                if j > i, near(a + b) || near(abs(a - b)) || near(a * b) { return "the blank follows from the numbers beside it" }
                if b > 1, near(a / b) { return "the blank follows from the numbers beside it" }
                // "rose by ____, from 12,000 to 15,000": the change the two numbers make.
                if sort == .percent, abs(100 * (a - b) / b - value) < 0.6 { return "the blank is the change between the numbers beside it" }
                // A change of b percent from or to a.
                if percentages.contains(b), b < 1000, near(a / (1 + b / 100)) || near(a * (1 + b / 100)) || (b < 100 && (near(a / (1 - b / 100)) || near(a * (1 - b / 100)))) {
                    return "the blank is a change of the percentage beside it"
                }
            }
        }
        // "770 kilometers (about ____)": a qualifier inside the bracket changes nothing.
        let opensBracket = before.hasSuffix("(") || Self.qualifiers.contains { before.hasSuffix("(" + $0 + " ") }
        if after.hasPrefix(" (") || opensBracket { return "a conversion or figure in brackets beside it gives it away" }
        // "44 percent …, while Pfizer shareholders will own ____": the rest of a whole.
        if sort == .percent, others.contains(where: { abs($0 + value - 100) < 0.01 }) { return "the blank is what the other share leaves of 100 percent" }
        // "a 54% working interest …, owns 20%, Red Willow holds ____ and … the remaining
        // 10.6%": the shares of one whole the sentence lists, and says are all of it, leave
        // the blank. (A poll's shares need not add up: "45 percent would choose Clinton and
        // 44 percent Trump, while 5 percent …" leaves the undecided out.)
        if sort == .percent, words.contains(where: { ["remaining", "rest", "balance"].contains($0) }) {
            let shares = words.indices.compactMap { index -> Double? in
                let marked = words[index].hasSuffix("%") || index + 1 < words.count && words[index + 1] == "percent"
                return marked ? PromptText.numbers(in: words[index]).first : nil
            }
            if shares.count >= 2, abs(shares.reduce(0, +) + value - 100) < 0.05 { return "the blank is what the other shares leave of 100 percent" }
        }
        // "doubles Sanders' share; ____ to 30 percent": twice or half of the number beside it.
        if words.contains(where: { ["double", "doubles", "doubled", "twice", "half", "triple", "triples", "tripled"].contains($0) }),
            others.contains(where: { abs(2 * $0 - value) <= 0.05 * value || abs(3 * $0 - value) <= 0.05 * value || abs($0 / 2 - value) <= 0.05 * value })
        {
            return "the blank is a multiple the sentence names of the number beside it"
        }
        // "nearly four in 10 likely voters — ____ —": a share the sentence also gives as a proportion.
        if sort == .percent {
            for (index, word) in words.enumerated() where index + 2 < words.count && (words[index + 1] == "in" || words[index + 1] == "of") {
                let part = PromptText.spelled.firstIndex(of: word).map(Double.init) ?? PromptText.numbers(in: word).first
                let whole = PromptText.spelled.firstIndex(of: words[index + 2]).map(Double.init) ?? PromptText.numbers(in: words[index + 2]).first
                if let part, let whole, whole > part, [3, 4, 5, 10, 100].contains(whole), abs(100 * part / whole - value) <= 5 {
                    return "the share is also given as “\(word) in \(words[index + 2])”"
                }
            }
        }
        return nil
    }

    /// Other figures in the sentence (not years, not the day of a date): a false value must
    /// keep them consistent, which a changed number alone cannot promise.
    var hasCompanions: Bool {
        let own = PromptText.numbers(in: figure.text)
        var rest = PromptText.numbers(in: before + " " + after)
        for value in own { if let index = rest.firstIndex(of: value) { rest.remove(at: index) } }
        let words = (before + " " + after).lowercased().spaceSeparated.map(PromptText.bareWord)
        let spelledOthers = words.filter { PromptText.spelled.dropFirst(2).contains($0) }
        return rest.contains { !($0 >= 1800 && $0 <= 2100 && $0 == $0.rounded()) && !($0 <= 31 && Self.followsMonth($0, in: before + " " + after)) }
            || !spelledOthers.isEmpty
    }

    private static func followsMonth(_ day: Double, in text: String) -> Bool {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"]
        let day = String(Int(day))
        return months.contains { ByteText.contains(text, "\($0) \(day)") || ByteText.contains(text, "\(day) \($0)") }
    }

    // MARK: - Wrong values

    /// 1,000 or 450,000 or 25, not 71 or 298.
    var isRound: Bool {
        guard value >= 10, value == value.rounded() else { return value < 10 }
        return value.truncatingRemainder(dividingBy: roundingStep) == 0
    }

    /// Half the key's leading power of ten: the step a round figure is written to (45 → 5).
    var roundingStep: Double {
        var magnitude = 1.0
        while magnitude * 10 <= value { magnitude *= 10 }
        return magnitude >= 10 ? magnitude / 2 : magnitude
    }

    /// Feet and inches, scores, "2-1": more than one number in the figure, which one change cannot keep right.
    var isCompound: Bool {
        PromptText.numbers(in: figure.text).count > 1 || ByteText.contains(figure.text, "'") || ByteText.contains(figure.text, "\"")
    }

    /// Wrong values of the same kind and scale as the key, preferring the story's other
    /// values of the same counted thing; nil when three cannot be found.
    func distractors(storyValues: [Double], seed: String) -> [String]? {
        guard sort != .fraction, !isCompound else { return nil }
        var options: [String] = []
        func add(_ new: Double) {
            // "about 10%": 9% and 11% are also about 10%, so a wrong choice must stand clear of
            // the key by more than the approximation.
            guard bound != .approximate || abs(new - value) >= value * Self.approximationReach else { return }
            guard options.count < 3, new > 0, new != value, plausible(new), let text = NumericDistractors.rewrite(figure.text, from: value, to: new),
                text != figure.text, !options.contains(text)
            else { return }
            options.append(text)
        }
        for other in storyValues where specificThing && sort == .magnitude && other / value <= 4 && value / other <= 4 { add(other) }
        for new in QuestionGenerator.deterministicShuffle(candidates(), seed: seed) { add(new) }
        return options.count == 3 ? options : nil
    }

    /// Words after a percentage that make it a change from another number.
    static let comparingWords: Set<String> = ["over", "above", "under", "below", "more", "less", "higher", "lower", "up", "down", "fewer"]

    /// How far from the key "about", "around" or "roughly" may still reach.
    static let approximationReach = 0.15

    /// One false value that is false given the qualifier, avoiding values the article gives
    /// for anything else; nil when none is safe.
    func falseValue(avoiding taken: Set<Double>, seed: String) -> String? {
        guard !isCompound else { return nil }
        // A believable change: at most double or half.
        let bounded = sort == .magnitude ? [2, 1.5, 0.5].map { value >= 10 && value == value.rounded() ? (value * $0).rounded() : value * $0 } : []
        let pool = (QuestionGenerator.deterministicShuffle(candidates(), seed: seed) + bounded).filter { new in
            guard sort != .magnitude || (new >= value / 2 && new <= value * 2) else { return false }
            switch bound {
            case .exact: return true
            case .floor: return new >= value * 1.5 || (sort == .smallCount && new > value)
            case .ceiling: return new <= value / 1.5 || (sort == .smallCount && new < value)
            case .approximate: return new >= value * 1.5 || new <= value / 1.5
            }
        }
        for new in pool where !taken.contains(new) && plausible(new) {
            if let text = NumericDistractors.rewrite(figure.text, from: value, to: new), text != figure.text { return text }
        }
        return nil
    }

    /// Values near the key in the way its kind varies.
    private func candidates() -> [Double] {
        switch sort {
        case .age: return (value < 18 ? [1, 2, 3, -1, -2, -3] : [3, 5, 7, -3, -5, -7]).map { value + $0 }
        case .year: return [1, 2, 3, -1, -2, -3].map { value + $0 }
        case .ordinal: return [1, 2, 3, -1, -2, -3].map { value + $0 }
        case .smallCount: return [1, 2, -1, -2, 3].map { value + $0 }
        case .percent:
            // Whole points keep the key's decimals (4.75% → 5.75%); small shares move by their last digit.
            if value >= 20 { return [10, 15, -10, -15, 20].map { value + $0 } }
            let decimals = figure.text.split(separator: ".").dropFirst().first.map { $0.prefix(while: \.isNumber).count } ?? 0
            let step = value < 2 && decimals > 0 ? pow(10, -Double(decimals)) : 1
            return [1, -1, 2, -2, 3].map { value + $0 * step }
        case .magnitude:
            // Round keys move by their own rounding step (45 → 40, 50, 35; 3,500 → 3,000,
            // 4,000): doubles and triples stood out as absurd ("one of 135 states"). Others
            // move by a fifth or so (71 → 57, 85).
            if isRound, value >= 10 {
                // Within half and double of the key: "$5" beside a $15 minimum wage was absurd.
                return [1, -1, 2, -2, 3, -3].map { value + $0 * roundingStep }.filter { $0 >= value / 2 && $0 <= value * 2 }
            }
            return (isRound ? [0.5, 2, 1.5, 0.75, 3] : [0.8, 1.2, 0.9, 1.1, 0.7, 1.3]).map { (value * $0).rounded() == value * $0 || value < 10 ? value * $0 : (value * $0).rounded() }
        case .fraction: return []
        }
    }

    private func plausible(_ new: Double) -> Bool {
        switch sort {
        case .age: return new >= 1 && new <= 105
        // "roughly 100 percent of American nuns" beside a key of 80: a whole is no share.
        case .percent: return new > 0 && (new < 100 || value > 100)
        case .smallCount: return new >= (value >= 2 ? 2 : 1)
        case .ordinal: return new >= 1
        default: return new > 0
        }
    }
}
