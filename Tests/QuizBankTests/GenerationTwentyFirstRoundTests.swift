import Testing
@testable import FactExtraction
@testable import QuizBank

/// What blind readers failed in session 19's second PolNeAR sample (seed 1902) and unseen
/// rounds, in invented sentences: who-said quotes whose "the plan", "this case", "the city"
/// only their story explains, a nested quote's comma left at a quote's end, a rate's base.
@Suite struct GenerationTwentyFirstRoundTests {
    static func generation(headline: String, _ paragraphs: [String]) -> Generation {
        let text = "---\nsource: Ostland Ledger\n---\n\(headline)\n\n" + paragraphs.joined(separator: "\n\n")
        let facts = FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a.txt"))
        return QuestionGenerator().generate(title: "t", from: [facts], options: GenerationOptions(maxPerArticle: 40, source: nil))
    }

    static let shooting = [
        "Police Chief Marta Kovic said on Tuesday that the officer had been placed on leave. “I will make this promise to you: we will find out what happened in this case,” Kovic said.",
        "“The whole city is watching how the department handles the investigation of the shooting,” said Ivo Lind, a pastor in Varna.",
    ]

    @Test func aWhoSaidQuoteNamesTheStoryItComesFrom() {
        // "Who said this? “We will achieve justice in this case”": both readers struck quotes
        // whose "this case", "the plan" or "the city" only the story explains.
        let generation = Self.generation(headline: "Varna struggles to return to normal after police shooting", Self.shooting)
        let whoSaid = generation.bank.items.filter { $0.kind == .whoSaid }
        #expect(!whoSaid.isEmpty)
        #expect(whoSaid.allSatisfy { $0.prompt.hasSuffix(" — Ostland Ledger, “Varna struggles to return to normal after police shooting”") }, "\(whoSaid.map(\.prompt))")
        let claims = generation.bank.items.filter { $0.kind == .claim && $0.prompt.contains(" said: “") }
        #expect(claims.allSatisfy { $0.prompt.hasSuffix("police shooting”") }, "\(claims.map(\.prompt))")
    }

    @Test func aStoryLineThatNamesTheSpeakerIsNotCited() {
        // The headline "Kovic vows justice …" would answer "Who said this?" before it is read.
        let generation = Self.generation(headline: "Chief Kovic vows justice after Varna police shooting", Self.shooting)
        let kovic = generation.bank.items.filter { $0.kind == .whoSaid && $0.answer.description.contains("Kovic") }
        #expect(!kovic.isEmpty)
        #expect(kovic.allSatisfy { $0.prompt.hasSuffix("” — Ostland Ledger") }, "\(kovic.map(\.prompt))")
        // The pastor's item may cite it: it names someone else.
        let lind = generation.bank.items.filter { $0.kind == .whoSaid && $0.answer.description.contains("Lind") }
        #expect(lind.allSatisfy { $0.prompt.hasSuffix("police shooting”") }, "\(lind.map(\.prompt))")
    }

    @Test func aNestedQuotesCommaDoesNotEndTheQuote() {
        // "…the labels of ‘criminal, super predator,’”": both readers read a dangling comma.
        #expect(QuestionGenerator.trimmedQuote("we find the labels of ‘criminal, super predator,’") == "we find the labels of ‘criminal, super predator’")
        #expect(QuestionGenerator.trimmedQuote("the so-called 'quiet period,'") == "the so-called 'quiet period'")
        #expect(QuestionGenerator.trimmedQuote("It will never go back to normal,") == "It will never go back to normal")
    }

    @Test func aRatesConventionalBaseIsNotAsked() {
        // "Puna had 1.3 officers per ____ residents": both readers guessed 1,000.
        let generation = Self.generation(headline: "Varna police council hears testimony", [
            "As of last year, the Varna district had 1.3 officers per 1,000 residents, the lowest ratio in Ostland, Varna District Council figures show.",
            "“We cannot keep the district safe with so few officers on the road,” said Ivo Lind, the council's chairman.",
        ])
        #expect(!generation.bank.items.contains { $0.kind == .figure && $0.answer.description == "1,000" })
        #expect(generation.skipped.contains { $0.kind == "figure" && $0.reason.contains("base of a rate") })
    }
}
