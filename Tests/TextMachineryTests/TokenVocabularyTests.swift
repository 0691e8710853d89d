import Testing
import TextMachinery

/// What a token says of itself, for rules to ask in words: possessives with either
/// apostrophe, capitals, and the classes a classifier carries over to possessives and
/// hyphenated compounds.
@Suite struct TokenVocabularyTests {
    private func tokens(_ text: String, _ classifier: WordClassifier = .unclassified) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokens(in: scalars, range: 0..<scalars.count, classifier: classifier)
    }

    @Test(arguments: ["Russia's", "Russia\u{2019}s"])
    func aPossessiveWithEitherApostropheIsItsBareWordOwning(_ text: String) throws {
        let token = try #require(tokens(text).first)
        #expect(token.endsInPossessive)
        #expect(token.bareText.string.lowercased() == "russia")
        #expect(token.bare == "russia")
        #expect(token.isCapitalized)
    }

    @Test(arguments: ["boss", "Jones'", "players\u{2019}", "'s", "its"])
    func otherWordsAreNotPossessive(_ text: String) {
        for token in tokens(text) { #expect(!token.endsInPossessive, "\(text)") }
    }

    @Test func aLongPossessiveTakesTheGeneralPathAndSaysTheSame() throws {
        let token = try #require(tokens("Counter-Intelligence\u{2019}s").first)
        #expect(token.endsInPossessive)
        #expect(token.bareText == "Counter-Intelligence")
    }

    @Test func theClassifierCarriesClassesToPossessivesAndCompoundsAsToldTo() {
        let opensDate = WordClass(rawValue: 1 << 0), opensFigure = WordClass(rawValue: 1 << 1), other = WordClass(rawValue: 1 << 2)
        let classifier = WordClassifier(
            table: WordTable(["monday": [opensDate, other], "twenty": opensFigure]), possessiveKeeps: opensDate, compoundKeeps: opensFigure,
            compoundPrefixes: ["over-"])
        let found = tokens("Monday's twenty-five over-60 Monday under-60", classifier)
        #expect(found.map(\.classes) == [opensDate, opensFigure, opensFigure, [opensDate, other], []])
    }
}
