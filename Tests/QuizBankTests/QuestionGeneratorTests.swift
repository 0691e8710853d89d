import FactExtraction
import Foundation
import Testing
@testable import QuizBank

@Suite struct QuestionGeneratorTests {
    // Two outlets on one story: they share its places and people.
    // Dated, so its lede's "on Thursday" resolves to a calendar day and may be asked.
    static let articleA = """
        ---
        published: 2014-08-28
        ---
        Troops cross the border near Varna

        Two columns of tanks crossed the border near Varna and Kestel on Thursday, a NATO official said.

        "Our forces have entered Dorvia," Defence Minister Olga Marsh said in Brisa on Thursday. "We will not withdraw from Dorvia."

        A top NATO official said at least 1,000 troops had crossed into Dorvia near Varna. Officials in Kestel said 11 people were killed in Varna during the night.

        "The talks in Brisa failed completely last week," said Foreign Minister Pavel Dunn.

        Rebel leader Ivan Kolar said his men had held Kestel since Wednesday.

        The convoy of tanks stretched for 12 miles along the road from Varna to Kestel.

        Shelling destroyed 300 homes in Varna and Kestel on Thursday night.

        About 5,000 residents of Varna fled to Brisa by train.

        The border near Varna had been closed to traffic since 3 March 2014, the Dorvian customs office said.

        Example Daily and wire services
        """
    static let articleB = """
        Rebels claim reinforcements in Dorvia

        A rebel leader said up to 4,000 troops had crossed into Dorvia near Varna.

        "We have never hidden the truth from anybody in Dorvia," rebel leader Ivan Kolar said at a press conference in Kestel.

        Defence Minister Olga Marsh said in Brisa on Friday that NATO had sent observers to Varna.

        Foreign Minister Pavel Dunn said the talks in Brisa would resume on Monday.

        Another Paper and wire services
        """

    static func facts(_ texts: [(String, String)]) -> [ArticleFacts] {
        texts.map { FactExtractor.facts(in: ArticleParser.parse($0.1, fileName: $0.0)) }
    }

    let bank = QuestionGenerator().generate(title: "t", from: facts([("a.txt", articleA), ("b.txt", articleB)]), options: GenerationOptions(maxPerArticle: 50)).bank

    @Test func idsAreStableAcrossRunsAndArticleOrder() {
        let again = QuestionGenerator().generate(title: "t", from: Self.facts([("b.txt", Self.articleB), ("a.txt", Self.articleA)]), options: GenerationOptions(maxPerArticle: 50)).bank
        #expect(Set(bank.items.map(\.id)) == Set(again.items.map(\.id)))
        #expect(Set(bank.items.map(\.id)).count == bank.items.count, "ids are unique")
    }

    /// Articles are worked on side by side on every core: a story's items must not depend on
    /// which other stories share the batch, nor on which core finished first.
    @Test func aStorysItemsAreTheSameAmongManyOtherStoriesOnEveryRun() {
        let towns = ["Arlen", "Bexley", "Corvin", "Dunmore", "Elsby", "Farrow", "Glenrock", "Hadley", "Ivesdale", "Jarrow"]
        let others = towns.enumerated().map { number, town in
            ("\(town).txt", """
                \(town) council approves new library

                "The library will open to everyone in \(town)," Mayor Ruth \(town)son said at the council meeting.

                The council voted \(number + 5) to 2 to spend \(number + 3) million dollars on the building in \(town).

                "We waited twenty years for this," said librarian Tom \(town)er, who runs the old branch in \(town).
                """)
        }
        let options = GenerationOptions(maxPerArticle: 50)
        let runs = (0..<3).map { _ in
            QuestionGenerator().generate(title: "t", from: Self.facts([("a.txt", Self.articleA)] + others + [("b.txt", Self.articleB)]), options: options).bank.items
        }
        #expect(runs[0].count > bank.items.count, "the other stories make items too")
        for run in runs.dropFirst() { #expect(run == runs[0]) }
        let story = runs[0].filter { $0.id.rawValue.hasPrefix("a-") || $0.id.rawValue.hasPrefix("b-") }
        #expect(story == bank.items)
    }

    @Test func everyItemsAnswerStandsInItsEvidence() throws {
        #expect(!bank.items.isEmpty)
        for item in bank.items {
            let evidence = try #require(item.evidence, "\(item.id) has no evidence")
            switch (item.kind, item.answer) {
            case (.figure, .text(let key)), (.date, .text(let key)):
                #expect(evidence.sentence.contains(key), "\(item.id): '\(key)' is not in its sentence")
            case (.whoSaid, .text(let speaker)):
                // The speaker (or the claimant a figure is credited to) stands in the evidence.
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
        for item in bank.items where item.evidence?.sentence.contains("at least 1,000") == true {
            switch item.kind {
            case .figure: #expect(item.prompt.contains("at least ____"), "\(item.id)")
            case .crossSource: #expect(item.explanation?.contains("at least 1,000") == true, "\(item.id)")
            default: #expect(item.prompt.contains("at least"), "\(item.id)")
            }
        }
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

    @Test func everyItemIsScoredAndTheDefaultKeepsAFewPerArticle() {
        #expect(bank.items.allSatisfy { ($0.score ?? -1) >= 0 && ($0.score ?? 2) <= 1 })
        let short = QuestionGenerator().bank(title: "t", from: Self.facts([("a.txt", Self.articleA), ("b.txt", Self.articleB)]))
        let perArticle = Dictionary(grouping: short.items) { $0.id.rawValue.prefix { $0 != "-" } }
        #expect(perArticle.values.allSatisfy { $0.count <= GenerationOptions.defaultMaxPerArticle })
        // The best are kept: each kept item scores at least as high as any left out of its article.
        for (article, items) in perArticle {
            let dropped = bank.items.filter { $0.id.rawValue.hasPrefix(article + "-") && !items.map(\.id).contains($0.id) }
            #expect((dropped.compactMap(\.score).max() ?? 0) <= (items.compactMap(\.score).min() ?? 1) + 0.0001)
        }
    }

    @Test func accordingToWhomAsksWhoPutTheFigureForward() throws {
        let whom = bank.items.filter { $0.tags.contains("according-to-whom") }
        #expect(!whom.isEmpty)
        for item in whom {
            let choices = try #require(item.choices)
            #expect(choices.contains(item.answer.description) && choices.count >= 3)
            #expect(item.prompt.hasPrefix("According to "), "\(item.id)")
            #expect(!item.prompt.lowercased().contains(item.answer.description.lowercased()), "\(item.id) names its own answer")
        }
    }

    @Test func explainSaysWhyFactsMadeNoItem() {
        let generation = QuestionGenerator().generate(title: "t", from: Self.facts([("a.txt", Self.articleA), ("b.txt", Self.articleB)]),
                                                      options: GenerationOptions(maxPerArticle: 2))
        #expect(generation.skipped.contains { $0.fact.contains("We will not withdraw") && $0.reason.contains("outside the quote marks") })
        #expect(generation.skipped.contains { $0.reason.contains("not among the best") })
        #expect(generation.stories == [["a.txt", "b.txt"]])
    }

    @Test func bundledGeneratedBankIsBalancedAndWellFormed() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("QuestionBanks/news-ukraine-russia.json")
        let bundled = try BankReader.read(path: url.path)
        let claims = bundled.items.filter { $0.kind == .claim }
        // Half true, half false, to within one claim: a bank of one claim cannot be split.
        let trueClaims = claims.filter { $0.answer == .truth(true) }.count
        #expect(!claims.isEmpty)
        #expect(abs(trueClaims - (claims.count - trueClaims)) <= 1, "\(trueClaims) true of \(claims.count)")
        #expect(bundled.items.allSatisfy { $0.evidence != nil && !$0.prompt.isEmpty })
    }
}
