import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// Text that is not an English news story makes no items (blind judging, session 8): a
/// foreign-language page, a wire report's market data, an interview's questions and a
/// list's numbered entries. Sentences invented for the test.
@Suite struct GenerationSourceTextTests {
    static func items(_ text: String, _ name: String) -> [Item] {
        QuestionGenerator().bank(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(text, fileName: name))]).items
    }

    static let italian = """
        ---
        source: Giornale di Prova
        published: 2025-11-28
        ---
        Offerte del venerdì

        Il comune di Varenna ha speso 450.000 euro per la nuova biblioteca, che aprirà a marzo del 2026 con 12.000 libri.

        Secondo il sindaco Marco Bellini, i lavori sono durati 18 mesi e hanno coinvolto 40 operai della zona.

        «Abbiamo fatto tutto il possibile per finire in tempo», ha detto Marco Bellini ai giornalisti venerdì.

        La biblioteca sarà aperta sette giorni su sette, dalle 9 alle 21, e ospiterà 3 sale di lettura per 200 persone.
        """

    @Test func anArticleNotInEnglishMakesNoItemsAndSaysWhy() {
        #expect(Self.items(Self.italian, "it.txt").isEmpty)
        let generation = QuestionGenerator().generate(
            title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(Self.italian, fileName: "it.txt"))])
        #expect(generation.skipped.contains { $0.kind == "article" && $0.reason.contains("English") })
    }

    static let markets = """
        ---
        source: Wire Desk
        published: 2025-11-28
        ---
        Oil falls as supply worries ease

        Oil prices fell 4% on Tuesday after the Ostland energy ministry said exports of 1.2 million barrels a day would resume next week.

        Three-month nickel on the London Metal Exchange CMNI3 lost 0.06% to $15,737.00 a tonne.

        The dollar index .DXY rose 0.05%, with the euro EUR= up 0.05% to $1.1075.

        Benchmark 10-year notes US10YT=RR last rose 7/32 in price to yield 1.786%, down from 1.808% late on Monday.
        """

    @Test func marketDataLinesAreNotAskedButTheStoryIs() {
        let items = Self.items(Self.markets, "wire.txt")
        for item in items {
            let sentence = item.evidence?.sentence ?? ""
            #expect(!["CMNI3", ".DXY", "EUR=", "US10YT=RR"].contains { sentence.contains($0) }, "\(item.prompt)")
        }
        #expect(items.contains { $0.evidence?.sentence.contains("Oil prices fell") == true })
    }

    static let interview = """
        ---
        source: Tech Talks
        published: 2025-11-28
        ---
        Five questions for a founder

        Q: Favorite technology purchase in the last 5 years and why do you love it so much today.

        17) Polaroid 600 Camera in the retro style, now sold for 79 dollars at most shops in town.

        Founder Nadia Brook said her company hired 45 engineers in 2024 after raising $12 million from investors in Varnia.
        """

    @Test func interviewQuestionsAndListEntriesAreNotAsked() {
        for item in Self.items(Self.interview, "talk.txt") {
            let sentence = item.evidence?.sentence ?? ""
            #expect(!sentence.hasPrefix("Q:") && !sentence.hasPrefix("17)"), "\(item.prompt)")
        }
    }

    @Test func aNumberWithALetterGluedOnIsAcceptedOnlyAsWritten() {
        #expect(Context.numericForms(of: "4K", value: 4000).isEmpty)
        #expect(Context.numericForms(of: "$4K", value: 4000) == ["4,000"])
        #expect(Context.numericForms(of: "$1,737.00", value: 1737) == ["1,737"])
    }
}
