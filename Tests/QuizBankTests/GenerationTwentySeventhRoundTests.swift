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
}
