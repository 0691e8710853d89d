import FactExtraction
import Foundation
import Testing
@testable import QuizBank

@Suite struct QuestionGeneratorTests {
    static let articleA = """
        Troops cross the border

        Two columns of tanks crossed the border on Thursday, a NATO official said.

        "Our forces have entered the country," Defence Minister Olga Marsh said on Thursday. "We will not withdraw."

        A top NATO official said at least 1,000 troops had crossed. Officials said 11 people were killed during the night.

        "The talks failed completely last week," said Foreign Minister Pavel Dunn.

        Example Daily and wire services
        """
    static let articleB = """
        Rebels claim reinforcements

        A rebel leader said up to 4,000 troops had joined the fight.

        "We have never hidden the truth from anybody," rebel leader Ivan Kolar said at a press conference.

        Another Paper and wire services
        """

    static func facts(_ texts: [(String, String)]) -> [ArticleFacts] {
        texts.map { FactExtractor.facts(in: ArticleParser.parse($0.1, fileName: $0.0)) }
    }

    let bank = QuestionGenerator().bank(title: "t", from: facts([("a.txt", articleA), ("b.txt", articleB)]))

    @Test func idsAreStableAcrossRunsAndArticleOrder() {
        let again = QuestionGenerator().bank(title: "t", from: Self.facts([("b.txt", Self.articleB), ("a.txt", Self.articleA)]))
        #expect(Set(bank.items.map(\.id)) == Set(again.items.map(\.id)))
        #expect(Set(bank.items.map(\.id)).count == bank.items.count, "ids are unique")
    }

    @Test func everyItemsAnswerStandsInItsEvidence() throws {
        #expect(!bank.items.isEmpty)
        for item in bank.items {
            let evidence = try #require(item.evidence, "\(item.id) has no evidence")
            switch (item.kind, item.answer) {
            case (.figure, .text(let key)), (.date, .text(let key)):
                #expect(evidence.sentence.contains(key), "\(item.id): '\(key)' is not in its sentence")
            case (.whoSaid, .text(let speaker)):
                #expect(evidence.sentence.contains(String(speaker.split(separator: " ").last!)), "\(item.id)")
            case (.crossSource, .text(let outlet)):
                #expect(evidence.source == outlet, "\(item.id)")
            case (.claim, .truth(let truth)):
                // A true claim quotes its evidence; a false one says what the evidence says instead.
                if truth { #expect(item.prompt.contains(evidence.sentence) || item.prompt.contains("said:"), "\(item.id)") }
                else { #expect(item.explanation?.hasPrefix("False:") == true, "\(item.id)") }
            default:
                Issue.record("unexpected item shape \(item.kind) \(item.answer)")
            }
            if let choices = item.choices { #expect(choices.contains(item.answer.description), "\(item.id): key not among choices") }
        }
    }

    @Test func makesEachKind() {
        let kinds = Set(bank.items.map(\.kind))
        #expect(kinds.isSuperset(of: [.whoSaid, .figure, .date, .claim, .crossSource]))
        // "at least" stays with the figure: the blank never swallows the qualifier.
        let atLeast = bank.items.first { $0.kind == .figure && $0.prompt.contains("at least ____") }
        #expect(atLeast?.answer == .text("1,000"))
    }

    @Test func quotesAttributedOnlyByPronounMakeNoWhoSaidItem() {
        // "We will not withdraw." continues Olga Marsh, but its own sentence does not name her.
        #expect(!bank.items.contains { $0.kind == .whoSaid && $0.prompt.contains("We will not withdraw") })
        #expect(bank.items.contains { $0.kind == .whoSaid && $0.prompt.contains("Our forces have entered") })
    }

    @Test func falseClaimsChangeOneThingAndExplainTheCorrection() {
        let claims = bank.items.filter { $0.kind == .claim }
        for claim in claims where claim.answer == .truth(false) {
            #expect(claim.explanation?.contains("not") == true)
        }
    }

    @Test func bundledGeneratedBankIsBalancedAndWellFormed() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("QuestionBanks/news-ukraine-russia.json")
        let bundled = try BankReader.read(path: url.path)
        let claims = bundled.items.filter { $0.kind == .claim }
        let trueShare = Double(claims.filter { $0.answer == .truth(true) }.count) / Double(max(1, claims.count))
        #expect((0.35...0.65).contains(trueShare))
        #expect(bundled.items.allSatisfy { $0.evidence != nil && !$0.prompt.isEmpty })
    }
}
