import TextMachinery

/// Streets as news copy writes them: "3410 W. Fort Wright Drive", "the 1400 block of Elm
/// Street", "Fifth Avenue". One list serves both the number that is a house's, not a count,
/// and the capitalised run that is a street's name, not a person's.
enum StreetAddress {
    /// Street words no one has as a surname: a capitalised run ending on one is a street.
    static let unmistakableLastWords: Set<Word> = [
        "avenue", "street", "road", "boulevard", "drive", "square", "highway", "parkway", "plaza", "terrace", "crescent",
        "expressway", "freeway", "st.", "rd.", "ave.", "blvd.",
    ]

    /// Every last word of a street's name, with those a surname may also be ("Lane", "Way",
    /// "Court", "Place"): after a house number they mark an address, alone they name no street.
    static let lastWords: Set<Word> = unmistakableLastWords.union([
        "st", "ave", "rd", "dr", "dr.", "blvd", "lane", "ln", "way", "court", "ct", "place", "pl", "highway", "hwy", "pkwy", "circle",
    ])

    /// Whether the number at `index` is a house number or a street's: "1432 Oak Avenue", "3410
    /// W. Fort Wright Drive" (the capitalised words of the street's name, with a compass
    /// point's period, then its street word, capitalised: "200 road deaths" is a count),
    /// "10th Street East", or "the 1400 block of Elm Street".
    static func isHouseNumber(_ tokens: ArraySlice<Token>, at index: Int) -> Bool {
        let next = index + 1
        guard next < tokens.endIndex else { return false }
        if tokens[next].lowered == "block" { return true }
        let window = tokens[next..<min(tokens.endIndex, next + 6)]
        guard let street = window.firstIndex(where: { $0.isCapitalized && lastWords.contains($0.lowered) }) else { return false }
        return (next..<street).allSatisfy { tokens[$0].isWord && tokens[$0].isCapitalized || QuoteExtractor.isAbbreviationPeriod(tokens, at: $0) }
    }
}
