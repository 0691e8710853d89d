import Testing
@testable import FactExtraction

/// Session 22's attribution fixes. The sentences are invented.
@Suite struct UnseenRoundTwentyTwoTests {
    func speakers(_ body: String) -> [String?] {
        FactExtractor.facts(in: ArticleParser.parse("Headline of a story\n\n" + body, fileName: "a.txt")).quotes.map(\.speaker)
    }

    @Test func aHomeTownsSecondPartIsNoSpeaker() {
        // Set 174: "Thakurdeen Ramassar of Bush Lot, New Housing Scheme, told this newspaper
        // that his “garden duck out”" gave the quote to "New Housing Scheme".
        let quote = " told this newspaper that his \u{201C}garden is gone, all of it\u{201D} after the rain."
        #expect(speakers("Darius Okonjo of Oak Vale, Riverside Estate," + quote) == ["Darius Okonjo"])
        #expect(speakers("Darius Okonjo, of Oak Vale, Riverside Estate," + quote) == ["Darius Okonjo"])
        #expect(speakers("Darius Okonjo from Oak Vale, Riverside Estate," + quote) == ["Darius Okonjo"])
        // A name set right before the verb is still its subject after a setting or an office.
        let said = " said: \u{201C}We are working on it as hard as we can.\u{201D}"
        #expect(speakers("Answering questions from Gino Kenny, Ivo Lind" + said) == ["Ivo Lind"])
        #expect(speakers("Prime Minister of Ostland, Ivo Lind," + said) == ["Ivo Lind"])
    }
}
