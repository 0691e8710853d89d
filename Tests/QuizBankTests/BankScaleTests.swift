import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What generating from a whole archive must keep: banks that read back the same,
/// choices a person can answer, distractors that never include the key.
@Suite struct BankScaleTests {
    /// Many small articles from many outlets about one story, all counting the same thing.
    static func archive(_ count: Int) -> [ArticleFacts] {
        (0..<count).map { index in
            let text = """
                ---
                source: Outlet \(index)
                ---
                Report \(index)

                At least \(1_000 + index * 10) Russian troops crossed the border near Novoazovsk, Mariupol, Donetsk, Luhansk, Kharkiv, Odesa and Poltava, Minister Person\(index) Surname\(index) said.

                "We have seen a long column of tanks near the border crossing number \(index)," Person\(index) Surname\(index) said on Thursday.
                """
            return FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a\(index).txt"))
        }
    }

    @Test func crossSourceItemsOfferAtMostFourOutletsWithTheKeyAmongThem() throws {
        let bank = QuestionGenerator().bank(title: "t", from: Self.archive(60))
        let crossSource = bank.items.filter { $0.kind == .crossSource }
        #expect(!crossSource.isEmpty)
        for item in crossSource {
            let choices = try #require(item.choices)
            #expect(choices.count >= 2 && choices.count <= 4, "\(item.id): \(choices.count) choices")
            #expect(choices.contains(item.answer.description))
            #expect(Set(choices).count == choices.count)
        }
    }

    @Test func whoSaidDistractorsAreOtherPeopleAndStableAcrossRuns() throws {
        let first = QuestionGenerator().bank(title: "t", from: Self.archive(40))
        let second = QuestionGenerator().bank(title: "t", from: Self.archive(40))
        #expect(first == second)
        for item in first.items where item.kind == .whoSaid {
            let choices = try #require(item.choices)
            #expect(choices.count == 4)
            #expect(choices.filter { $0 == item.answer.description }.count == 1)
        }
    }

    @Test func storyDistractorsAreOnePersonEachAndNeverTheSpeaker() {
        var cast = StoryCast([])
        for name in ["Brent Bozell", "Brent Bozell III", "Ted Cruz", "Richard Viguerie", "Jeb Bush"] { cast.speakers[name] = 1 }
        let names = cast.speakers.keys.sorted()
        let picked = cast.others(of: "Richard Viguerie", among: names, seed: "s", quote: "Jeb Bush is wrong")
        #expect(!picked.contains("Richard Viguerie"))
        #expect(!picked.contains("Jeb Bush"), "someone the quote talks about")
        #expect(picked.filter { $0.hasPrefix("Brent Bozell") }.count == 1, "one person, one choice: \(picked)")
        #expect(cast.others(of: "Richard Viguerie", among: names, seed: "s", quote: "Jeb Bush is wrong") == picked)
    }

    @Test func bankJSONReadsBackEqualWithKeysInAFixedOrder() throws {
        let bank = QuestionGenerator().bank(title: "Ünïcode \"title\" / slash", from: Self.archive(5))
        var withEverything = bank
        withEverything.items.append(Item(id: "n", kind: .custom, prompt: "p\tq", answer: .number(2.5), accept: ["2½"], choices: nil,
                                         tolerance: 0.5, explanation: nil, evidence: nil, tags: []))
        withEverything.items.append(Item(id: "w", kind: .custom, prompt: "p", answer: .number(1_000), tolerance: 10))
        let text = try BankWriter.encode(withEverything, format: .json)
        #expect(try JSONDecoder().decode(Bank.self, from: Data(text.utf8)) == withEverything)
        // An item reads top-down: id, kind, prompt, answer.
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("      \"") }.map { $0.split(separator: "\"")[1] }
        #expect(Array(keys.prefix(4)) == ["id", "kind", "prompt", "answer"])
        #expect(text.contains("\"answer\" : 1000,") && text.contains("\"tolerance\" : 10"))
        #expect(try BankWriter.encode(withEverything, format: .json) == text)
    }
}
