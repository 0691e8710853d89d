import Testing
import TextMachinery

/// The numbers words state: amounts, ordinals, and the apostrophes that end words.
@Suite struct AmountTests {
    @Test(arguments: [("1,000", 1000.0, false), ("5.7", 5.7, false), ("2014", 2014.0, false), ("1.2bn", 1.2e9, true), ("30k", 30_000.0, true),
                      ("1,000,000", 1e6, false), ("2,500m", 2.5e9, true), ("1,000,", 1000.0, false),
                      // Lakhs and crores as Indian papers group them.
                      ("1,00,000", 100_000.0, false), ("10,00,000", 1_000_000.0, false), ("1,25,00,000", 12_500_000.0, false)])
    func aNumberWordStatesItsAmount(_ text: String, _ value: Double, _ scaled: Bool) {
        let amount = Word(text).amount
        #expect(amount?.value == value && amount?.scaled == scaled, "\(text)")
    }

    // "3,5m" and "3,9" write a decimal comma (3.5 million, not 35 million) and "19,,700" is a
    // slip: read as thousands they taught a wrong figure (a blind reader's wrong key, session 18).
    @Test(arguments: ["30ft", "5x", "1,000é", "abc", "twelve", "3,5m", "3,9", "19,,700", "12,50"])
    func otherWordsStateNoAmount(_ text: String) {
        #expect(Word(text).amount == nil, "\(text)")
    }

    @Test(arguments: [("1st", 1.0), ("2nd", 2.0), ("3rd", 3.0), ("11th", 11.0), ("22nd", 22.0), ("187th-ranked", 187.0), ("first", 1.0),
                      ("third", 3.0), ("eleventh", 11.0), ("twenty-first", 21.0), ("ninety-ninth", 99.0), ("hundredth", 100.0)])
    func anOrdinalStatesItsPlace(_ text: String, _ place: Double) {
        #expect(Word(text).ordinalValue == place, "\(text)")
        let scalars = Array(text.unicodeScalars)
        let token = Tokenizer.tokens(in: scalars, range: 0..<scalars.count, classifier: .unclassified)
        #expect(token.count == 1 && token[0].ordinalValue == place, "\(text)")
    }

    @Test(arguments: ["1", "22", "th", "1,000", "twenty", "twenty-one", "twenty-twentieth", "firstly", "st"])
    func otherWordsNameNoPlace(_ text: String) {
        #expect(Word(text).ordinalValue == nil, "\(text)")
    }

    @Test func apostrophesEndingWordsAreStraightOrCurly() {
        #expect(Word("players'").endsWithApostrophe && Word("players\u{2019}").endsWithApostrophe)
        #expect(!Word("players").endsWithApostrophe && !Word("player's").endsWithApostrophe && !Word("cię").endsWithApostrophe)
        #expect(Word("players'").droppingTrailingApostrophe == "players")
        #expect(Word("players\u{2019}").droppingTrailingApostrophe == "players")
        #expect(Word("players").droppingTrailingApostrophe == "players")
    }
}
