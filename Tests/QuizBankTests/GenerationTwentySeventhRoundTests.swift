import FactExtraction
import Testing
@testable import QuizBank

/// Session 26: what working generation out article by article brought to light.
@Suite struct GenerationTwentySeventhRoundTests {
    static func facts(_ text: String, _ name: String) -> ArticleFacts {
        FactExtractor.facts(in: ArticleParser.parse(text, fileName: name))
    }

    @Test func aCrossSourceLabelDoesNotEndOnAPreposition() {
        // "… gave different figures for people evacuated from the Ostrel valley in. Which one
        // reported …": the claim's label was cut at six words, inside "in Varnia".
        let ledger = """
            ---
            source: Daily Ledger
            published: 2025-03-04
            ---
            Floods sweep Ostrel valley

            Interior Minister Lisbeth Arno flew to the Ostrel valley in Varnia on Monday.

            "We have never seen water rise this fast in the Ostrel valley," Lisbeth Arno said in Kamenko.

            Arno said at least 1,200 people had been evacuated from the Ostrel valley in Varnia.

            "Our crews will stay in Peloria until every family is safe," Mayor Tomas Brel said.
            """
        let post = """
            ---
            source: Evening Post
            published: 2025-03-05
            ---
            Thousands flee Ostrel floods

            About 3,000 people have been evacuated from the Ostrel valley in Varnia, the regional office said.

            "The dams above Peloria are holding," said Jana Arno, a spokeswoman for the Varnian Red Cross in Kamenko.

            "Nobody in Peloria expected the river to rise so quickly," Mayor Tomas Brel said on Tuesday.
            """
        let bank = QuestionGenerator().bank(title: "t", from: [Self.facts(ledger, "ledger.txt"), Self.facts(post, "post.txt")])
        let compared = bank.items.filter { $0.kind == .crossSource && $0.evidence?.sentence.hasPrefix("Arno said") == true }
        #expect(!compared.isEmpty, "\(bank.items.map(\.prompt))")
        for item in compared {
            #expect(item.prompt.hasPrefix("Outlets covering this story gave different figures for people evacuated from the Ostrel valley. Which one"), "\(item.prompt)")
        }
    }

    @Test func anOutletsPlaceNameHoldingTheSpeakersGivenNameIsStillCited() {
        // Held-out set 253: "Who said this? “For every minute that CPR is not done, survival
        // rates drop by 10 per cent”" cited nothing at all (both readers: no outlet, no story),
        // because the outlet "Alaska Highway News (Fort St. John)" holds John Tebulte's given
        // name. The story line, which names him, is still left out.
        let items = GenerationTwentyThirdRoundTests.items(
            source: "Valley Highway News (Port St. Ivan)", "Ivan Marsh urges residents to learn CPR",
            ["\u{201C}For every minute that CPR is not done, survival rates drop by 10 per cent,\u{201D} said Ivan Marsh, a paramedic in Port St. Ivan.",
             "\u{201C}We train anyone who walks in, free of charge,\u{201D} said Marsh."])
        let whoSaid = items.filter { $0.kind == .whoSaid && $0.prompt.contains("For every minute") }
        #expect(whoSaid.count == 1, "\(items.map(\.prompt))")
        #expect(whoSaid.allSatisfy { $0.prompt.hasSuffix("\u{201D} \u{2014} Valley Highway News (Port St. Ivan)") }, "\(whoSaid.map(\.prompt))")
    }
}
