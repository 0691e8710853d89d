import TextMachinery
/// Words that shape a figure: what it is measured in, what bounds it, what is too vague
/// to check.
enum FigureVocabulary {
    /// Units kept in a figure's text: "20 miles", "three days", "15 hours".
    static let units: Set<Word> = [
        "mile", "miles", "km", "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres", "meter",
        "meters", "m", "ft", "feet", "foot", "inch", "inches", "yard", "yards", "acre", "acres", "hectare", "hectares",
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "century", "centuries", "times", "kg", "kilograms", "tonnes", "tons",
        "pounds", "litres", "liters", "gallons", "barrels", "mph", "kph", "degrees", "points", "megapixel",
        "megapixels", "gb", "mb", "gigabytes", "megabytes",
    ]
    /// Units written after a number that count money.
    static let currencyWords: Set<Word> = ["euros", "euro", "dollars", "dollar", "pence", "pounds", "yen", "yuan", "rupees", "roubles", "rubles", "cents"]
    static let currencySymbols: Set<Word> = ["$", "£", "€", "¥", "₹", "₽"]
    /// `currencySymbols` for a one-mark token, without hashing a string.
    static func isCurrencySymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "$", "£", "€", "¥", "₹", "₽": true
        default: false
        }
    }

    /// Currencies written as letters before the amount, with their names: "R2.8 trillion"
    /// (rand), "Rs 500 crore", "KSh 3 billion", "RM50,000", "N2.5 billion" (naira).
    static let letterCurrencies: [Word: String] = [
        "r": "rand", "rs": "rupees", "n": "naira", "ksh": "shillings", "sh": "shillings", "tsh": "shillings",
        "ush": "shillings", "p": "pesos", "php": "pesos", "rm": "ringgit", "rp": "rupiah", "tk": "taka", "ghs": "cedis",
    ]
    /// Letters that name a currency only when an amount is glued to them: a lone "R" or "P"
    /// before a number with a space is a grade, a road or a rating.
    static let gluedOnlyCurrencies: Set<Word> = ["r", "n", "p"]
    /// "Rs 500 crore", "Rs 2 lakh": South Asian scales, kept in the figure's text as written.
    static let southAsianScales: Set<Word> = ["crore", "crores", "lakh", "lakhs"]

    /// One-sided qualifiers: kept with the figure (an item must never drop them), left
    /// out of its text.
    static let qualifiers: [[Word]] = [
        ["at", "least"], ["up", "to"], ["more", "than"], ["less", "than"], ["fewer", "than"], ["as", "much", "as"],
        ["as", "many", "as"], ["in", "excess", "of"], ["no", "more", "than"], ["at", "most"], ["about"], ["nearly"],
        ["almost"], ["some"], ["roughly"], ["around"], ["approximately"], ["under"], ["over"], ["only"],
        ["just"], ["an", "estimated"], ["estimated"], ["close", "to"], ["upwards", "of"], ["below"], ["above"],
    ]

    /// Spelled counts that are facts; "one" needs care (see `FigureExtractor`).
    /// The parts a whole is cut into: "a third", "two-fifths".
    static let denominators: [String: Double] = ["half": 0.5, "third": 1.0 / 3, "quarter": 0.25, "fifth": 0.2, "sixth": 1.0 / 6,
                                                 "eighth": 0.125, "tenth": 0.1]
    static let fractions: [Word: Double] = ["half": 0.5, "quarter": 0.25, "third": 1.0 / 3, "two-thirds": 2.0 / 3, "three-quarters": 0.75]
    static let multipliers: [Word: Double] = ["twice": 2, "thrice": 3, "double": 2, "triple": 3]

    /// Words after a number that make it a time of day, not a figure.
    static let clockWords: Set<Word> = ["a.m.", "p.m.", "am", "pm", "gmt", "bst", "est", "edt", "pst", "cet", "utc", "hrs", "o'clock", "a.m", "p.m"]
}
