import TextMachinery

/// What an answer says once its form is set aside: its words without a leading article,
/// its numbers, its date, its currency, whether a number is a floor or a ceiling, and the
/// other words that carry meaning. Two answers that agree on all of these are the same
/// answer written two ways ("1.2 billion pounds" and "£1.2bn", "the BBC" and "BBC"); a
/// different currency or bound is a different fact, however alike the text.
struct AnswerForm: Sendable {
    /// Which way a figure is bounded: "at least 1,000" is not 1,000, nor "up to 1,000".
    enum Bound: Sendable, Equatable {
        case floor, ceiling

        var name: String { self == .floor ? "a floor" : "a ceiling" }
    }

    let text: String
    /// Normalized, without a leading "the", "a", "an" or "one".
    let bare: String
    let numbers: [Double]
    let date: DateReading?
    let currency: String?
    let bound: Bound?
    /// Words other than numbers, articles, fillers, currencies and bounds, abbreviations
    /// spelled out and plurals made singular ("3 yrs" → ["year"]).
    let words: [String]

    init(_ text: String) {
        self.text = text
        var tokens = Self.tokens(of: TextNormalization.normalized(text))
        bare = Self.withoutArticle(tokens).joined(separator: " ")
        numbers = Self.numbers(in: text)
        date = DateReading.read(text)
        currency = Self.currency(in: text, tokens: tokens)
        let (bound, boundWords) = Self.bound(in: tokens, raw: text)
        self.bound = bound
        tokens.removeAll { boundWords.contains($0) }
        words = Self.contentWords(tokens)
    }

    /// How a given answer relates to this key (or accepted answer).
    enum Agreement: Equatable {
        case same
        /// A different fact: another number, date, currency or bound. The note says why
        /// when the answer alone would not show it.
        case contradicts(note: String?)
        case unrelated
    }

    /// - Parameter normalized: `given` normalized, which the caller already has.
    ///
    /// The given answer is read only as far as this key needs (a name key never looks for
    /// dates or currencies in it): grading a class checks thousands of wrong answers.
    func agreement(with given: String, normalized: String) -> Agreement {
        if let currency, let other = Self.currency(in: given, tokens: Self.tokens(of: normalized)), currency != other {
            return .contradicts(note: "a different currency: the answer is in \(Self.currencyNames[currency] ?? currency)")
        }
        if let date, let other = DateReading.read(given) {
            return date.agrees(with: other) ? .same : .contradicts(note: nil)
        }
        if !numbers.isEmpty {
            let givenNumbers = Self.numbers(in: given)
            if !givenNumbers.isEmpty {
                guard numbers == givenNumbers else { return .contradicts(note: nil) }
                let tokens = Self.tokens(of: normalized)
                let (givenBound, boundWords) = Self.bound(in: tokens, raw: given)
                guard bound == givenBound else {
                    let note = bound.map { "“\(text)” is \($0.name), not the figure itself: the qualifier is part of the fact" }
                    return .contradicts(note: note ?? "the answer is the figure itself, with no “at least” or “up to”")
                }
                let givenWords = Self.contentWords(tokens.filter { !boundWords.contains($0) })
                return givenWords.isEmpty || givenWords == words ? .same : .unrelated
            }
        }
        return !bare.isEmpty && bare == Self.withoutArticle(normalized) ? .same : .unrelated
    }

    // MARK: - Pieces

    private static func tokens(of normalized: String) -> [String] {
        normalized.split(separator: " ").map(String.init)
    }

    /// "1000+" and "≥1000" are read as 1000 (the sign is the bound, read apart).
    private static func numbers(in text: String) -> [Double] {
        guard text.contains(where: { $0 == "+" || $0 == "≥" || $0 == "≤" }) else { return NumberReading.numbers(in: text) }
        return NumberReading.numbers(in: String(text.map { $0 == "+" || $0 == "≥" || $0 == "≤" ? " " : $0 }))
    }

    /// The same as the token form below, on the normalized string (no array for every answer).
    private static func withoutArticle(_ normalized: String) -> Substring {
        for article in ["the ", "a ", "an ", "one "] where normalized.hasPrefix(article) && normalized.count > article.count {
            let rest = normalized.dropFirst(article.count)
            if article == "one ", rest.first?.isNumber == true { return normalized[...] }
            return rest
        }
        return normalized[...]
    }

    private static func withoutArticle(_ tokens: [String]) -> [String] {
        guard tokens.count > 1, let first = tokens.first, ["the", "a", "an", "one"].contains(first) else { return tokens }
        // "one" only where "a" could stand: "one week later" is "a week later", "one 2" is not a thing.
        if first == "one", tokens[1].first?.isNumber == true { return tokens }
        return Array(tokens.dropFirst())
    }

    private static let currencySymbols: [Character: String] = ["£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY", "₴": "UAH", "₽": "RUB"]
    private static let currencyWords: [String: String] = [
        "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "quid": "GBP",
        "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
        "yen": "JPY", "jpy": "JPY", "hryvnia": "UAH", "hryvnias": "UAH", "uah": "UAH", "rouble": "RUB", "roubles": "RUB",
        "ruble": "RUB", "rubles": "RUB", "rub": "RUB",
    ]
    static let currencyNames = ["GBP": "pounds (£)", "USD": "dollars ($)", "EUR": "euros (€)", "JPY": "yen (¥)", "UAH": "hryvnias (₴)", "RUB": "roubles (₽)"]

    private static func currency(in text: String, tokens: [String]) -> String? {
        if let symbol = text.first(where: { currencySymbols[$0] != nil }) { return currencySymbols[symbol] }
        return tokens.lazy.compactMap { currencyWords[$0] }.first
    }

    private static let floors: [[String]] = [
        ["at", "least"], ["more", "than"], ["over"], ["upwards", "of"], ["no", "fewer", "than"], ["no", "less", "than"],
        ["or", "more"], ["in", "excess", "of"], ["above"], ["plus"],
    ]
    private static let ceilings: [[String]] = [
        ["at", "most"], ["up", "to"], ["fewer", "than"], ["less", "than"], ["under"], ["no", "more", "than"],
        ["or", "less"], ["or", "fewer"], ["below"], ["as", "many", "as"],
    ]

    /// The bound a text states and the words that state it; "1,000+" is a floor too.
    private static func bound(in tokens: [String], raw: String) -> (Bound?, Set<String>) {
        for (bound, phrases) in [(Bound.floor, floors), (.ceiling, ceilings)] {
            for phrase in phrases where contains(tokens, phrase) { return (bound, Set(phrase)) }
        }
        if raw.contains(where: { $0 == "+" || $0 == "≥" }) { return (.floor, []) }
        if raw.contains("≤") { return (.ceiling, []) }
        return (nil, [])
    }

    private static func contains(_ tokens: [String], _ phrase: [String]) -> Bool {
        guard tokens.count >= phrase.count else { return false }
        return (0...(tokens.count - phrase.count)).contains { Array(tokens[$0..<($0 + phrase.count)]) == phrase }
    }

    private static let fillers: Set<String> = [
        "the", "a", "an", "between", "and", "to", "from", "or", "about", "around", "roughly", "approximately", "some",
        "nearly", "almost", "estimated", "old", "aged", "percent", "per", "cent", "pc",
    ]
    private static let spelledOut: [String: String] = [
        "yrs": "year", "yr": "year", "pts": "point", "pt": "point", "mins": "minute", "min": "minute", "hrs": "hour",
        "hr": "hour", "secs": "second", "sec": "second", "km": "kilometre", "kms": "kilometre", "kilometer": "kilometre",
        "mi": "mile", "kg": "kilogram", "kgs": "kilogram", "lbs": "pound", "lb": "pound", "meter": "metre",
        "ft": "foot", "feet": "foot", "mph": "mile hour", "wk": "week", "wks": "week", "mo": "month", "mos": "month",
        "people": "person", "men": "man", "women": "woman", "children": "child",
    ]

    /// The words that carry meaning besides the numbers: "25 years old" and "25-year-old" → ["year"].
    private static func contentWords(_ tokens: [String]) -> [String] {
        tokens.flatMap { token -> [String] in
            if token.first?.isNumber == true || fillers.contains(token) || currencyWords[token] != nil { return [] }
            if NumberWords.value(of: [token]) != nil || NumberWords.scales[token] != nil || NumberReading.isOrdinalWord(token) { return [] }
            if let long = spelledOut[token] { return long.split(separator: " ").map(String.init) }
            // Plurals: "years" is "year", "points" "point" (not "is", "bus", "news").
            if token.count > 3, token.hasSuffix("s"), !token.hasSuffix("ss"), !token.hasSuffix("us"), token != "news" {
                return [String(token.dropLast())]
            }
            return [token]
        }
    }
}
