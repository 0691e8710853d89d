import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What session 16 fixed in generation, in invented sentences: a figure the lede of a
/// headline-less article spells as a word ("injured four civilians") was skipped because the
/// story's citation quotes that lede, though the lede's own items cite only the outlet.
@Suite struct GenerationSeventeenthRoundTests {
    static func headlineless(_ paragraphs: [String]) -> Generation {
        let article = "---\nsource: Ostby Sun\n---\n" + paragraphs.joined(separator: "\n\n")
        let facts = FactExtractor.facts(in: ArticleParser.parse(article, fileName: "a.txt"))
        return QuestionGenerator().generate(title: "t", from: [facts], options: GenerationOptions(maxPerArticle: 40, source: nil))
    }

    @Test func aLedeFigureSpelledAsAWordIsAskedUnderTheOutletAlone() throws {
        let generation = Self.headlineless([
            "A gas explosion at the Varna chemical plant injured four workers on Tuesday, the Ostland fire service said.",
            "Fire chief Ivo Lind said crews had the blaze under control within two hours.",
            "\"The plant will stay closed until inspectors have finished,\" Lind said.",
        ])
        let figure = try #require(generation.bank.items.first { $0.kind == .figure && $0.answer.description.lowercased() == "four" },
                                  "\(generation.skipped.filter { $0.kind == "figure" })")
        #expect(figure.prompt.hasSuffix("— Ostby Sun"), "\(figure.prompt)")
    }

    @Test func aLaterSentenceRepeatingTheLedesCountStaysUnasked() {
        // The lede is printed under every later item: its "four" would give the later blank away.
        let generation = Self.headlineless([
            "A gas explosion at the Varna chemical plant injured four workers on Tuesday, the Ostland fire service said.",
            "Fire chief Ivo Lind said the four workers, all from Ostby, were taken to the Varna hospital with burns.",
        ])
        #expect(!generation.bank.items.contains { $0.kind == .figure && $0.prompt.contains("____ workers, all from Ostby") },
                "\(generation.bank.items.map(\.prompt))")
    }
}
