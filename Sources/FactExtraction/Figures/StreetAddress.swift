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

    /// Whether a capitalised run ending in a street word names a street: always for the
    /// unmistakable words; for one a surname may be ("Petticoat Lane", "Nathan Lane") only
    /// after a preposition of place and with no given name first.
    static func namesStreet(_ tokens: ArraySlice<Token>, run: Range<Int>) -> Bool {
        let last = tokens[run.upperBound - 1].lowered
        if unmistakableLastWords.contains(last) { return true }
        guard lastWords.contains(last), run.count >= 2, run.lowerBound > tokens.startIndex else { return false }
        return streetPrepositions.contains(tokens[run.lowerBound - 1].lowered) && !PersonIndex.isFirstName(tokens[run.lowerBound])
    }

    /// Words a street's name follows: "on Brick Lane", "off Station Way".
    static let streetPrepositions: Set<Word> = ["on", "at", "off", "along", "near", "in", "from", "down", "up", "onto", "into"]

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
        // "About 3,000 Tahrir Square protesters", "200 Wall Street bankers": a noun after the
        // street's name is what the number counts.
        if street + 1 < tokens.endIndex, tokens[street + 1].isWord, !tokens[street + 1].isCapitalized, !tokens[street + 1].is(.functionWord),
            !tokens[street + 1].is(.placePreposition), !PersonIndex.isFiniteVerb(tokens[street + 1])
        {
            return false
        }
        // "1222 East 96th Street": a numbered street's ordinal belongs to its name.
        return (next..<street).allSatisfy {
            tokens[$0].isWord && tokens[$0].isCapitalized || QuoteExtractor.isAbbreviationPeriod(tokens, at: $0) || tokens[$0].ordinalValue != nil
        }
    }
}
