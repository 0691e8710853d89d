import TextMachinery
/// Finds figures: numbers in digits or words, with their currency, scale and unit,
/// two-sided ranges, percentages and digit ordinals, each with its qualifier ("at
/// least", "up to") and, when the sentence says so, who claims it. Years, clock times,
/// score lines and numbers inside names (G-7, 50 Cent, Hot 97) are not figures.
struct FigureExtractor {
    /// Built once: a set literal inside a function is rebuilt on every call.
    static let countedNounStops: Set<Word> = ["of", "in", "to", "for", "and", "or", "were", "was", "had", "have", "has", "are", "is",
        "who", "that", "which", "with", "from", "at", "on", "by", "a", "an", "the", "as", "than"]

    let article: Article
    let sentences: [TokenizedSentence]
    /// Most sentences hold no figure: their text and claimant are found only when needed.
    let memo: SentenceMemo

    func figures() -> [FigureFact] {
        var facts: [FigureFact] = []
        for sentenceIndex in sentences.indices {
            let tokens = sentences[sentenceIndex].tokens
            var index = 0
            while index < tokens.count {
                // Most tokens cannot open a figure: tested here, without a call.
                guard Self.mayOpen(tokens[index]), let figure = figure(at: index, in: tokens) else {
                    index += 1
                    continue
                }
                let qualifier = qualifierBefore(figure.start, in: tokens)
                let unit = countedNoun(after: figure.end, in: tokens, isMeasured: figure.measured)
                let range = tokens[figure.start].range.lowerBound..<tokens[figure.end - 1].range.upperBound
                var unitText = unit ?? figure.unitWord
                if let qualifier { unitText = (unitText.map { $0 + " " } ?? "") + "(\(qualifier))" }
                facts.append(FigureFact(
                    text: article.text(range), value: figure.value, unit: unitText, qualifier: qualifier,
                    source: memo.source(sentenceIndex, at: figure.start), sentence: memo.text(sentenceIndex), start: range.lowerBound))
                index = figure.end
            }
        }
        return facts
    }

    // MARK: - One figure

    struct Found {
        var start: Int
        var end: Int
        var value: FigureValue
        /// A unit of measure or money is part of the text: nothing counted follows.
        var measured: Bool
        var unitWord: String?
    }

    /// Words a figure can start with besides digits and currency symbols.
    static let openingWords: Set<Word> = {
        var words: Set<Word> = ["between", "an", "a", "twice", "half", "number"]
        words.formUnion(NumberWords.units.keys.map(Word.init))
        words.formUnion(NumberWords.tens.keys.map(Word.init))
        // "Rs 500 crore", "KSh 3 billion": a currency's letters written apart from the amount.
        words.formUnion(FigureVocabulary.letterCurrencies.keys.filter { !FigureVocabulary.gluedOnlyCurrencies.contains($0) })
        return words
    }()

    /// A number, a word of `openingWords` or a currency symbol: nothing else opens a figure.
    @inline(__always) static func mayOpen(_ token: Token) -> Bool {
        token.kind == .number || token.is(.figureOpening) || token.kind == .punctuation && FigureVocabulary.isCurrencySymbol(token.first)
            || token.kind == .word && token.isCapitalized && token.text.count <= 20 && token.text.withUTF8 { $0.contains { $0 >= 0x30 && $0 <= 0x39 } }
    }

    /// "R2.8 trillion", "Sh50,000", "Rs 500 crore", "KSh 3 billion": an amount after a
    /// currency's letters. Glued to its letters, the amount must show it is money (a point,
    /// a thousands comma or a scale after it): "N95" is a mask and "R12" may be a road.
    private func letterCurrencyAmount(at index: Int, in tokens: [Token]) -> Found? {
        let text = tokens[index].lowered.string
        let letters = Word(String(text.prefix { !$0.isNumber }))
        if letters.count == text.utf8.count {
            // The letters alone, the amount the next token: "Rs 500 crore", "KSh 3 billion",
            // "Rs.200 crore".
            let number = index + 2 < tokens.count && tokens[index + 1].isMark(".") ? index + 2 : index + 1
            guard !FigureVocabulary.gluedOnlyCurrencies.contains(letters), let name = FigureVocabulary.letterCurrencies[letters],
                number < tokens.count, tokens[number].kind == .number, let amount = amount(at: number, in: tokens)
            else { return nil }
            var end = amount.end
            if end < tokens.count, FigureVocabulary.southAsianScales.contains(tokens[end].lowered) { end += 1 }
            return Found(start: index, end: end, value: .number(amount.value), measured: true, unitWord: name)
        }
        guard let name = FigureVocabulary.letterCurrencies[letters] else { return nil }
        let digits = Word(String(text.dropFirst(letters.count)))
        guard let (glued, suffixed) = digits.amount else { return nil }
        var value = glued
        var end = index + 1
        var scaled = suffixed
        if !scaled, let word = scaleWord(at: end, in: tokens) {
            value *= word
            end += 1
            scaled = true
        } else if !scaled, end < tokens.count, FigureVocabulary.southAsianScales.contains(tokens[end].lowered) {
            end += 1
            scaled = true
        }
        let separated = digits.contains(UInt8(ascii: ".")) || digits.contains(UInt8(ascii: ","))
        guard scaled || separated else { return nil }
        return Found(start: index, end: end, value: .number(value), measured: true, unitWord: name)
    }

    private func figure(at index: Int, in tokens: [Token]) -> Found? {
        let token = tokens[index]
        guard Self.mayOpen(token) else { return nil }
        let lowered = token.lowered
        // Currency first: "£1bn", "$ 1.2 billion".
        // Currency symbols are punctuation tokens: words and numbers skip the set lookup.
        if token.kind == .punctuation, FigureVocabulary.currencySymbols.contains(token.text), index + 1 < tokens.count, tokens[index + 1].kind == .number,
            let amount = amount(at: index + 1, in: tokens)
        {
            return Found(start: index, end: amount.end, value: .number(amount.value), measured: true, unitWord: currencyName(token.text.string))
        }
        if token.kind == .number {
            return numeric(at: index, in: tokens)
        }
        if token.kind == .word, token.isCapitalized, let money = letterCurrencyAmount(at: index, in: tokens) { return money }
        // "between 3,000 and 4,000", "between 10 and 12"
        if lowered == "between", index + 3 < tokens.count, let low = amount(at: index + 1, in: tokens),
            low.end < tokens.count, tokens[low.end].lowered == "and", let high = amount(at: low.end + 1, in: tokens)
        {
            if isYearOrTime(at: index + 1, in: tokens) && isYearOrTime(at: low.end + 1, in: tokens) { return nil }
            var end = high.end
            let unitWord = end < tokens.count && isUnit(tokens[end]) ? tokens[end].lowered.string : nil
            if unitWord != nil { end += 1 }
            return Found(start: index, end: end, value: .range(low.value, high.value), measured: unitWord != nil, unitWord: unitWord)
        }
        if let spelled = spelled(at: index, in: tokens) { return spelled }
        return nil
    }

    /// A number written in digits, with what follows it.
    private func numeric(at index: Int, in tokens: [Token]) -> Found? {
        let token = tokens[index]
        // Most number tokens are digits, commas and points ("1,000", "5.7", "2014"): no glued
        // unit, dash, slash or ordinal to look for, and no string made for them.
        let isPlain = token.text.withUTF8 { $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") } }
        lazy var text = token.text.string
        // Groups of digits in a row are a telephone number or a code: "0845 8 505 505".
        let bare = { (i: Int) in i >= 0 && i < tokens.count && tokens[i].kind == .number && ScalarText.isAllNumbers(tokens[i].text) }
        if bare(index) && (bare(index + 1) || bare(index - 1)) { return nil }
        // "30 000MT", "70 000 tonnes": thousands set apart by a space. Read in pieces, "30"
        // would be a figure the article never gave.
        if Self.opensSpacedThousands(at: index, in: tokens) || index > 0 && Self.opensSpacedThousands(at: index - 1, in: tokens) { return nil }
        if index >= 2, tokens[index - 1].lowered == "or", bare(index - 2), bare(index - 3) { return nil }
        // A number with 's is a name ("50's beef").
        if index + 2 < tokens.count, tokens[index + 1].isMark("'") || tokens[index + 1].isMark("\u{2019}"), tokens[index + 2].lowered == "s" {
            return nil
        }
        // A height: 5' 10" → 70 inches.
        if index + 3 < tokens.count, tokens[index + 1].isMark("'") || tokens[index + 1].isMark("\u{2019}"),
            tokens[index + 2].kind == .number, tokens[index + 3].isMark("\"") || tokens[index + 3].isMark("\u{201D}"),
            let feet = Double(text), let inches = Double(tokens[index + 2].text.string)
        {
            return Found(start: index, end: index + 4, value: .number(feet * 12 + inches), measured: true, unitWord: "inches")
        }
        if isIdentifier(at: index, in: tokens) || isYearOrTime(at: index, in: tokens) { return nil }
        if !isPlain, let decided = gluedOrJoined(at: index, in: tokens, text: text) { return decided }
        guard let amount = self.amount(at: index, in: tokens) else { return nil }
        var end = amount.end
        var measured = amount.scaled
        var unitWord: String?
        if end < tokens.count {
            let next = tokens[end]
            if next.isMark("%") || next.lowered == "percent" {
                end += 1
                measured = true
                unitWord = "%"
            } else if next.lowered == "per", end + 1 < tokens.count, tokens[end + 1].lowered == "cent" {
                end += 2
                measured = true
                unitWord = "%"
            } else if FigureVocabulary.currencyWords.contains(next.lowered) {
                end += 1
                measured = true
                unitWord = next.lowered.string
            } else if isUnit(next) {
                end += 1
                measured = true
                unitWord = next.lowered.string
            }
        }
        // "2% to 2.5%", "10 to 15" — a two-sided range (but "from X to Y" is two figures).
        if end + 1 < tokens.count, tokens[end].lowered == "to" || tokens[end].lowered == "or",
            !(index > 0 && tokens[index - 1].lowered == "from"), tokens[end + 1].kind == .number,
            let high = self.amount(at: end + 1, in: tokens), !isYearOrTime(at: end + 1, in: tokens)
        {
            var rangeEnd = high.end
            if rangeEnd < tokens.count, tokens[rangeEnd].isMark("%") || (unitWord != nil && tokens[rangeEnd].lowered.string == unitWord) {
                rangeEnd += 1
            }
            if case .number(let low) = FigureValue.number(amount.value), low < high.value {
                return Found(start: index, end: rangeEnd, value: .range(low, high.value), measured: measured, unitWord: unitWord)
            }
        }
        return Found(start: index, end: end, value: .number(amount.value), measured: measured, unitWord: unitWord)
    }

    /// Digits with an optional glued or following scale: "1,000", "1.2bn", "450k", "3 million", "8,500 thousand".
    private func amount(at index: Int, in tokens: [Token]) -> (value: Double, end: Int, scaled: Bool)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind != .number {
            guard token.isWord, let spelled = NumberWords.value(of: token.lowered) else { return nil }
            return (spelled, index + 1, false)
        }
        guard var (value, scaled) = token.amount else { return nil }
        var end = index + 1
        if !scaled, let word = scaleWord(at: end, in: tokens) {
            value *= word
            end += 1
            scaled = true
        }
        return (value, end, scaled)
    }

    /// "million" in "5.5 million": the scale word a number's value is multiplied by.
    private func scaleWord(at index: Int, in tokens: [Token]) -> Double? {
        guard index < tokens.count, tokens[index].is(.numberWord) else { return nil }
        return NumberWords.scales[tokens[index].lowered.string]
    }

    /// What a number token with more than digits, commas and points is: a glued or
    /// hyphenated unit ("150-mile", "30ft", "(10m)"), a range ("3,000-4,000"), an ordinal
    /// ("24th"), or no figure at all (a score "2-0", a fiscal year "2003/4"); nil when it is
    /// none of these and is read as an amount. `.some(nil)`: no figure.
    private func gluedOrJoined(at index: Int, in tokens: [Token], text: String) -> Found?? {
        let token = tokens[index]
        // Hyphenated and glued forms kept whole: "150-mile", "24-year-old", "80-odd", "30ft", "10m".
        let (lead, rest) = Self.leadAndRest(text)
        // "$20-million": a scale, not a unit; the amount reads it.
        if rest.hasPrefix("-"), NumberWords.suffixes[rest] != nil { return nil }
        // "a 3-pointer", "a two-seater": a thing named by its number, not a count.
        if rest.hasPrefix("-"), rest.hasSuffix("er"), !FigureVocabulary.units.contains(Word(String(rest.dropFirst()))) { return .some(nil) }
        if rest.hasPrefix("-"), rest.dropFirst().first?.isLetter == true, let value = ScalarText.number(lead) {
            return Found(start: index, end: index + 1, value: .number(value), measured: true, unitWord: String(rest.dropFirst()))
        }
        if !rest.isEmpty, Self.gluedUnits.contains(rest),
            let value = ScalarText.number(lead)
        {
            return Found(start: index, end: index + 1, value: .number(value), measured: true, unitWord: rest)
        }
        // "(10m)" after a length is metres, not millions.
        if rest == "m", index > 1, tokens[index - 1].isMark("("), let value = Double(lead),
            facts(endingBefore: index - 1, in: tokens)
        {
            return Found(start: index, end: index + 1, value: .number(value), measured: true, unitWord: "metres")
        }
        // Score lines "2-0" and fiscal years "2003/4" are not figures.
        if text.utf8.contains(UInt8(ascii: "/")) { return .some(nil) }
        if let dash = text.utf8.firstIndex(of: UInt8(ascii: "-")), text[text.index(after: dash)...].first?.isNumber == true {
            let parts = text.split(separator: "-")
            if parts.count == 2, let low = ScalarText.number(parts[0]),
                let high = ScalarText.number(parts[1])
            {
                if low < 20 && high < 20 && !hasUnitAfter(index, tokens) { return .some(nil) }  // a score
                return Found(start: index, end: index + 1, value: .range(low, high), measured: false, unitWord: nil)
            }
        }
        // Digit ordinals: "24th", "407th", "187th-ranked".
        if let value = token.ordinalValue {
            return Found(start: index, end: index + 1, value: .number(value), measured: true, unitWord: "rank")
        }
        return nil
    }

    /// Spelled numbers and fractions: "two columns", "three days", "half", "twice", "an hour and a half".
    private func spelled(at index: Int, in tokens: [Token]) -> Found? {
        let token = tokens[index]
        let lowered = token.lowered
        // "an hour and a half"
        if (lowered == "an" || lowered == "a"), index + 4 < tokens.count, isUnit(tokens[index + 1]),
            tokens[index + 2].lowered == "and", tokens[index + 3].lowered == "a", tokens[index + 4].lowered == "half"
        {
            return Found(start: index, end: index + 5, value: .number(1.5), measured: true, unitWord: tokens[index + 1].lowered.string)
        }
        if lowered == "twice", let factor = FigureVocabulary.multipliers[lowered] {
            return Found(start: index, end: index + 1, value: .number(factor), measured: true, unitWord: "times")
        }
        if lowered == "half", isFactHalf(at: index, in: tokens) {
            return Found(start: index, end: index + 1, value: .number(0.5), measured: true, unitWord: "fraction")
        }
        // "number seven", "number one": a ranking.
        if lowered == "number", index + 1 < tokens.count, let rank = NumberWords.units[tokens[index + 1].lowered.string], rank > 0 {
            return Found(start: index, end: index + 2, value: .number(Double(rank)), measured: true, unitWord: "rank")
        }
        if let fraction = Self.fraction(at: index, in: tokens) { return fraction }
        // "over-60", "over-70s": an age group, the qualifier fused in.
        let hasHyphen = lowered.contains(UInt8(ascii: "-"))
        let hyphenated = hasHyphen ? lowered.string : ""
        if hasHyphen, hyphenated.hasPrefix("over-") || hyphenated.hasPrefix("under-"), let value = Double(hyphenated.split(separator: "-")[1].prefix { $0.isNumber }) {
            return Found(start: index, end: index + 1, value: .number(value), measured: true, unitWord: "years old")
        }
        // "the Six-Day War": a capitalised compound is a name, not a count.
        if hasHyphen, token.text.string.split(separator: "-").dropFirst().first?.first?.isUppercase == true { return nil }
        // "four-year-olds", "two-year": a spelled number fused with its unit.
        if hasHyphen, let head = hyphenated.split(separator: "-").first, let value = NumberWords.value(of: [String(head)]),
            let second = hyphenated.split(separator: "-").dropFirst().first, FigureVocabulary.units.contains(Word(second)) || second == "odd"
        {
            return Found(start: index, end: index + 1, value: .number(value), measured: true, unitWord: String(second))
        }
        // Without a hyphen only a number word can count (one table lookup spared for "a", "an").
        guard token.isWord, hasHyphen || token.is(.numberWord), isCountWord(lowered) else { return nil }
        // Collect a run of number words: "two hundred and fifty", read word by word.
        var end = index
        var run = NumberWords.Reading.Run()
        // Only a number word, "and" or a hyphenated word can extend the run.
        while end < tokens.count, tokens[end].is(.numberWord) || tokens[end].lowered == "and" || tokens[end].lowered.contains(UInt8(ascii: "-")),
            tokens[end].lowered != "a", tokens[end].lowered != "an"
        {
            var extended = run
            guard extended.read(tokens[end].lowered), extended.value != nil else { break }
            run = extended
            end += 1
        }
        // A trailing "and" is no part of the number (and adds nothing to its value).
        if end > index, tokens[end - 1].lowered == "and" { end -= 1 }
        guard let value = run.value, end > index else { return nil }
        if !isFactCount(words: tokens[index..<end], start: index, end: end, in: tokens) { return nil }
        var measured = false
        var unitWord: String?
        // "three times", "two or three days", "three days"
        if end + 1 < tokens.count, tokens[end].lowered == "or", let high = NumberWords.value(of: tokens[end + 1].lowered), high > value {
            var rangeEnd = end + 2
            if rangeEnd < tokens.count, isUnit(tokens[rangeEnd]) { unitWord = tokens[rangeEnd].lowered.string; rangeEnd += 1 }
            return Found(start: index, end: rangeEnd, value: .range(value, high), measured: unitWord != nil, unitWord: unitWord)
        }
        if end < tokens.count, isUnit(tokens[end]) || tokens[end].lowered == "percent" {
            unitWord = tokens[end].lowered.string
            end += 1
            measured = true
        }
        return Found(start: index, end: end, value: .number(value), measured: measured, unitWord: unitWord)
    }

    // MARK: - What is not a figure

    /// The token before `index` ends a length ("30ft", "20 miles"): a following "(10m)" converts it.
    private func facts(endingBefore index: Int, in tokens: [Token]) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1].lowered
        return previous.hasSuffix("ft") || Self.lengthWords.contains(previous)
    }

    /// "150-mile" → ("150", "-mile"), "30FT" → ("30", "ft"): the digits (with separators)
    /// and the lower-cased rest.
    static func leadAndRest(_ text: String) -> (lead: Substring, rest: String) {
        let (lead, rest) = digitsAndSuffix(text, commas: true)
        return (lead, ByteText.lowercased(String(rest)))
    }

    /// "1.2bn" → ("1.2", "bn"): the leading digits and points (and commas, if asked) and
    /// the rest; bytewise for plain ASCII, by `Character.isNumber` otherwise.
    static func digitsAndSuffix(_ text: String, commas: Bool = false) -> (digits: Substring, suffix: Substring) {
        guard ByteText.isPlainASCII(text) else {
            let digits = text.prefix { $0.isNumber || $0 == "." || commas && $0 == "," }
            return (digits, text.dropFirst(digits.count))
        }
        let end = text.utf8.firstIndex { !($0 >= 0x30 && $0 <= 0x39 || $0 == UInt8(ascii: ".") || commas && $0 == UInt8(ascii: ",")) }
            ?? text.utf8.endIndex
        return (text[..<end], text[end...])
    }

    /// Units glued to digits: "30ft", "10km", "5mw".
    static let gluedUnits: Set<String> = ["ft", "km", "kg", "cm", "mm", "mph", "kph", "lb", "lbs", "mw", "gw", "kw", "gb", "mb"]
    /// Lengths a following "(10m)" converts.
    static let lengthWords: [Word] = ["feet", "miles", "mile", "yards", "foot"]
    /// "one of the", "one way", "one another": "one" in an idiom, not a count.
    static let oneIdiomFollowers: [Word] = ["of", "another", "other", "way", "off", "time", "thing", "another's"]
    static let oneIdiomLeaders: [Word] = ["the", "no", "every", "any", "this", "that", "which", "someone", "anyone", "each", "than"]
    /// "a third of", "a quarter-point", "one-third", "two-thirds", "five-and-a-half years".
    static func fraction(at index: Int, in tokens: [Token]) -> Found? {
        let lowered = tokens[index].lowered.string
        // "a decade and a half": the half of a larger amount, not a share.
        if lowered == "a" || lowered == "an", index > 0, tokens[index - 1].lowered == "and" { return nil }
        if lowered == "a" || lowered == "an", index + 1 < tokens.count {
            let next = tokens[index + 1].lowered.string
            let parts = next.split(separator: "-")
            // "a third of the staff"; "a third" alone is an ordinal ("a third term").
            if let first = parts.first, let share = FigureVocabulary.denominators[String(first)],
                parts.count == 2 ? parts[1] == "point" : parts.count == 1 && index + 2 < tokens.count && tokens[index + 2].lowered == "of"
            {
                return Found(start: index, end: index + 2, value: .number(share), measured: true, unitWord: parts.count == 2 ? "point" : "fraction")
            }
            return nil
        }
        guard lowered.contains("-") else { return nil }
        let parts = lowered.split(separator: "-").map(String.init)
        if parts.count == 2, let numerator = NumberWords.units[parts[0]], numerator > 0,
            let share = FigureVocabulary.denominators[parts[1]] ?? FigureVocabulary.denominators[String(parts[1].dropLast())]
        {
            return Found(start: index, end: index + 1, value: .number(Double(numerator) * share), measured: true, unitWord: "fraction")
        }
        if parts.count == 4, parts[1] == "and", parts[2] == "a", parts[3] == "half", let whole = NumberWords.units[parts[0]] {
            let unit = index + 1 < tokens.count && FigureVocabulary.units.contains(tokens[index + 1].lowered)
            return Found(start: index, end: unit ? index + 2 : index + 1, value: .number(Double(whole) + 0.5), measured: true,
                         unitWord: unit ? tokens[index + 1].lowered.string : nil)
        }
        return nil
    }

    /// "half time", "half the": "half" in an idiom, not a fraction stated.
    static let halfIdiomFollowers: [Word] = ["time", "hour", "century", "way", "-", "term", "year", "the"]
    static let halfIdiomLeaders: [Word] = ["a", "and", "first", "second"]

    /// Capitalised words after a small number that make it a count, not part of a name.
    static let nationalNames: Set<Word> = ["Russian", "Ukrainian", "American", "British", "US", "UK", "EU"]

    private func isCountWord(_ word: Word) -> Bool {
        // A hyphenated word counts as its head ("four-year-olds"); most have no hyphen.
        switch NumberWords.readings[word.prefix(upTo: UInt8(ascii: "-"))] {
        case .unit, .ten: return true
        case .scale, nil: return false
        }
    }

    /// "one" is a count only when something countable follows and it is not an idiom
    /// ("one of the", "one day" meaning some day, "one-on-one", "the one").
    private func isFactCount(words: ArraySlice<Token>, start: Int, end: Int, in tokens: [Token]) -> Bool {
        let previous = start > 0 ? tokens[start - 1].lowered : .empty
        let next = end < tokens.count ? tokens[end].lowered : .empty
        let only = words.count == 1 ? words.first!.lowered : nil
        if only == "zero" { return false }
        if let first = words.first?.lowered, first.contains(UInt8(ascii: "-")), NumberWords.value(of: first) == nil { return false }
        if only == "one" {
            if Self.oneIdiomFollowers.contains(next) { return false }
            if Self.oneIdiomLeaders.contains(previous) { return false }
            if next == "day" && previous != "in" { return false }
            if !(isUnit(tokens.indices.contains(end) ? tokens[end] : tokens[start]) || (next.string.first?.isLetter ?? false)) { return false }
            // "one over-60 woman", "one particularly strong tackle": "one" as "a".
            if !isUnit(tokens.indices.contains(end) ? tokens[end] : tokens[start]), previous != "in", previous != "winning",
                !(tokens.indices.contains(end) && tokens[end].isMark(","))
            {
                return false
            }
        }
        if next == "-" || next == "–" { return true }
        // "two" as in "the two sides": a count all the same.
        return true
    }

    private func isFactHalf(at index: Int, in tokens: [Token]) -> Bool {
        let next = index + 1 < tokens.count ? tokens[index + 1].lowered : .empty
        let previous = index > 0 ? tokens[index - 1].lowered : .empty
        if Self.halfIdiomFollowers.contains(next) { return false }
        if Self.halfIdiomLeaders.contains(previous) { return false }
        // "half a dozen" is a vague amount, like "a dozen": about six, not one half.
        if next == "a", index + 2 < tokens.count, tokens[index + 2].lowered == "dozen" { return false }
        return true
    }

    private func isIdentifier(at index: Int, in tokens: [Token]) -> Bool {
        let previous = index > 0 ? tokens[index - 1] : nil
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        // "Hot 97", "Section 48", "Razr V3": a capitalised word glued before the number.
        if let previous, previous.isWord, previous.isCapitalized, previous.range.upperBound + 1 >= tokens[index].range.lowerBound,
            !previous.is(.month), !previous.is(.weekday), !previous.is(.functionWord), index > 1 || !previous.isCapitalized
        {
            return true
        }
        // "50 Cent", "10 Downing Street": a number that starts a name.
        if let next, next.isWord, next.isCapitalized, ScalarText.isAllNumbers(tokens[index].text), !next.is(.month), !next.is(.unit),
            !next.text.hasSuffix("s") || next.text.hasSuffix("'s"), !Self.nationalNames.contains(next.text),
            !PersonIndex.isNationality(next.text.string), (Double(tokens[index].text.string) ?? 1000) < 1000
        {
            return true
        }
        if StreetAddress.isHouseNumber(tokens[...], at: index) { return true }
        // "911 calls", "called 911": the emergency number, not an amount.
        if tokens[index].text == "911", next.map({ Self.emergencyFollowers.contains($0.lowered) }) == true || previous?.lowered == "called" || previous?.lowered == "dialed" {
            return true
        }
        // Telephone numbers and codes: a leading zero.
        if tokens[index].text.firstByte == UInt8(ascii: "0"), tokens[index].text.count >= 3, !tokens[index].text.contains(UInt8(ascii: ".")) {
            return true
        }
        // "#Kursk2024": a hashtag.
        if let previous, previous.isMark("#") { return true }
        return false
    }

    static let emergencyFollowers: Set<Word> = ["call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "center", "centre"]

    /// Words after a year-like number and a unit that keep it a year ("2005 in …").
    static let yearFollowers: [Word] = ["in", "to", "and", "."]
    /// Counted words that make "January 25 people" a count, not a date.
    static let peopleWords: [Word] = ["people", "men", "women", "children"]

    /// Ends in "gmt" in any case, bytewise ("1130GMT").
    /// Read off the token's words, no string made: a number token opens with a digit, so
    /// `digitsValue` says what `Int(text)` would, and "1130GMT" ends in "gmt" however it
    /// is cased exactly when its lower-case form does.
    /// A number written against a colon and another number, "3:08": part of a time.
    static func isClockPart(at index: Int, in tokens: [Token]) -> Bool {
        let joined = { (a: Int, b: Int) in
            a >= 0 && b < tokens.count && tokens[a].range.upperBound == tokens[b].range.lowerBound
        }
        if index + 2 < tokens.count, tokens[index + 1].isMark(":"), tokens[index + 2].kind == .number, joined(index, index + 1), joined(index + 1, index + 2) {
            return true
        }
        return index >= 2 && tokens[index - 1].isMark(":") && tokens[index - 2].kind == .number && joined(index - 2, index - 1) && joined(index - 1, index)
    }

    /// One to three digits, then a token that opens with exactly three: "30 000MT".
    static func opensSpacedThousands(at index: Int, in tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count, tokens[index].kind == .number, let lead = tokens[index].text.digitsValue, lead < 1000,
            tokens[index].text.count <= 3
        else { return false }
        let digits = tokens[index + 1].text.withUTF8 { bytes in bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count }
        return digits == 3
    }

    /// "6.10", "11.45", "18.30": an hour up to 23, a point, two digits of minutes under 60.
    static func isPointedClock(_ word: Word) -> Bool {
        let text = word.string
        guard let point = text.firstIndex(of: "."), let hour = Int(text[..<point]), (0...23).contains(hour) else { return false }
        let minutes = text[text.index(after: point)...]
        guard minutes.count == 2, let minute = Int(minutes) else { return false }
        return minute < 60
    }

    /// Verbs a price or a level stands "at" after: "closed at 6.10", "was trading at 11.45".
    static let priceVerbs: Set<Word> = ["closed", "close", "trading", "traded", "trades", "priced", "sold", "stood", "stands", "fell", "rose",
                                        "ended", "opened", "finished", "peaked", "valued", "set", "fixed", "pegged", "capped", "was", "is",
                                        "were", "are", "rate", "rates", "level", "levels", "price", "prices"]

    private func isYearOrTime(at index: Int, in tokens: [Token]) -> Bool {
        let word = tokens[index].text
        let next = index + 1 < tokens.count ? tokens[index + 1].lowered : .empty
        if FigureVocabulary.clockWords.contains(next) || tokens[index].lowered.hasSuffix("gmt") { return true }
        let isFourCharacters = word.isASCII ? word.count == 4 : word.string.count == 4
        if isFourCharacters, let year = word.digitsValue, (1800...2100).contains(year) {
            let previous = index > 0 ? tokens[index - 1].text : .empty
            if FigureVocabulary.currencySymbols.contains(previous) || next == "%" || isUnit(index + 1 < tokens.count ? tokens[index + 1] : tokens[index]) && !next.isEmpty && !Self.yearFollowers.contains(next) {
                return false
            }
            return true
        }
        // "1130 GMT", "0800": clock times.
        if isFourCharacters, ScalarText.isAllNumbers(word), word.firstByte.map({ (0x30...0x32).contains($0) }) == true,
            FigureVocabulary.clockWords.contains(next) || next.hasSuffix("gmt")
        {
            return true
        }
        // "11 a.m."
        if next == "a" || next == "p", index + 2 < tokens.count, tokens[index + 2].isMark(".") { return true }
        // "Police were called at 6.10": British copy writes the clock with a point. A price
        // ("closed at 6.10") or a rate ("at 4.25%") is still a figure.
        // The word before is read first: most numbers follow no "at", and the clock test makes a string.
        if index > 0, tokens[index - 1].lowered == "at", Self.isPointedClock(word), next != "%", next != "percent", next != "per",
            index < 2 || !Self.priceVerbs.contains(tokens[index - 2].lowered), index + 1 >= tokens.count || !isUnit(tokens[index + 1])
        {
            return true
        }
        // "3:08", "10:30": a clock or a game clock, read whole by `clockDuration` or not at all.
        if Self.isClockPart(at: index, in: tokens) { return true }
        // "1 February", "28 August": a day of the month.
        if index + 1 < tokens.count, tokens[index + 1].is(.month), let day = word.digitsValue, (1...31).contains(day) { return true }
        // "24th September", "the 5th of May": a day the dates read as one ("her 4th May Day
        // speech" they leave a count).
        if tokens[index].ordinalValue != nil, DatePatterns.match(at: index, in: tokens)?.start == index { return true }
        // "the 12th and 13th of July": the first day of a pair.
        if index + 2 < tokens.count, ["and", "to", "or"].contains(tokens[index + 1].lowered), tokens[index].ordinalValue != nil,
            tokens[index + 2].ordinalValue != nil, isYearOrTime(at: index + 2, in: tokens)
        {
            return true
        }
        if index > 0, tokens[index - 1].is(.month), let day = word.digitsValue, (1...31).contains(day) {
            // "In January 25 people …": a count after the month, not a day of it.
            let countsSomething = index + 1 < tokens.count && tokens[index + 1].isWord && !tokens[index + 1].isCapitalized
                && (tokens[index + 1].lowered.hasSuffix("s") || Self.peopleWords.contains(tokens[index + 1].lowered))
                && tokens[index + 1].lowered != "is"
            return !countsSomething
        }
        return false
    }

    private func isUnit(_ token: Token) -> Bool {
        // No trailing apostrophe (nearly always): the word's class says it, no hashing.
        if !token.lowered.endsWithApostrophe {
            return token.is(.unit) && token.lowered != "m" && token.lowered != "pounds"
        }
        let word = token.lowered.droppingTrailingApostrophe
        return FigureVocabulary.units.contains(word) && word != "m" && word != "pounds"
    }

    private func hasUnitAfter(_ index: Int, _ tokens: [Token]) -> Bool {
        index + 1 < tokens.count && isUnit(tokens[index + 1])
    }

    private func currencyName(_ symbol: String) -> String {
        switch symbol {
        case "£": "pounds"
        case "$": "dollars"
        case "€": "euros"
        case "¥": "yen"
        default: "money"
        }
    }

    // MARK: - Context

    /// The qualifier phrases by their last word, in `FigureVocabulary.qualifiers` order:
    /// a figure compares only the phrases that could end just before it.
    static let qualifiersByLastWord: [Word: [[Word]]] = {
        var table: [Word: [[Word]]] = [:]
        for phrase in FigureVocabulary.qualifiers { table[phrase.last!, default: []].append(phrase) }
        return table
    }()

    private func qualifierBefore(_ index: Int, in tokens: [Token]) -> String? {
        guard index > 0, let candidates = Self.qualifiersByLastWord[tokens[index - 1].lowered] else { return nil }
        for phrase in candidates where phrase.count <= index {
            if tokens[(index - phrase.count)..<index].elementsEqual(phrase, by: { $0.lowered == $1 }) {
                if phrase == ["some"] || phrase == ["only"] || phrase == ["just"], index < tokens.count, tokens[index].kind != .number { continue }
                return phrase.map(\.string).joined(separator: " ")
            }
        }
        return nil
    }

    /// What a count counts: "1,000 Russian troops" → "Russian troops".
    private func countedNoun(after end: Int, in tokens: [Token], isMeasured: Bool) -> String? {
        guard !isMeasured else { return nil }
        var index = end
        let stops = Self.countedNounStops
        // Past tenses and participles start the predicate: "1,000 troops crossed".
        let isVerb = { (token: Token) in !token.isCapitalized && (token.lowered.hasSuffix("ed") || token.lowered.hasSuffix("ing")) }
        while index < tokens.count, tokens[index].isWord, !stops.contains(tokens[index].lowered), !isVerb(tokens[index]), index - end < 3 {
            index += 1
        }
        return index == end ? nil : Word.joinedWithSpaces(tokens[end..<index].lazy.map(\.text))
    }
}
