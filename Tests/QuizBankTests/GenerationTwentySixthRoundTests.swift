import FactExtraction
import Testing
@testable import QuizBank

/// What blind readers noted in session 25's judging (PolNeAR dev at seed 2113), in invented
/// sentences.
@Suite struct GenerationTwentySixthRoundTests {
    static func items(source: String = "Ostland Herald", _ headline: String, _ paragraphs: String...) -> [Item] {
        GenerationTwentyThirdRoundTests.items(source: source, headline, paragraphs)
    }

    @Test func aSurnameOfTwoWordsAfterMrKeepsTheWholeName() {
        // "Who said this? …" keyed "Guajardo Villarreal", the only choice without a given name
        // (reader A): the article names Ildefonso Guajardo Villarreal in full, then writes
        // "Mr. Guajardo Villarreal", a courtesy title before the surname.
        let items = Self.items("What Varna could do when up against its neighbour",
                               "When Anselmo Ortega Villalba, the Varnian secretary of the economy, came to talk to me last week, I did not expect trucks to come up.",
                               "\u{201C}If you throw obstacles at the relationship with Varna, you would be shooting yourself in the foot,\u{201D} Mr. Ortega Villalba told me.",
                               "\u{201C}We should throw as many obstacles into the works as we can,\u{201D} said Jorge Castell, a former foreign minister.",
                               "\u{201C}Varna has been very good at trying to follow the rules,\u{201D} said Chad Bowen, a trade economist.")
        let whoSaid = items.filter { $0.kind == .whoSaid && $0.prompt.contains("shooting yourself") }
        #expect(whoSaid.count == 1, "\(items.map(\.prompt))")
        #expect(whoSaid.allSatisfy { $0.answer.description == "Anselmo Ortega Villalba" }, "\(whoSaid.map(\.answer))")
    }
}
