import FactExtraction
import Testing
@testable import QuizBank

/// What blind readers failed in session 22's PolNeAR sample (seed 2104), in invented sentences.
@Suite struct GenerationTwentyThirdRoundTests {
    @Test func aCitedHeadlineEndsOnItsLastWord() throws {
        // "In a story headlined “Candidates vie for vets' support;”": a print headline cut at
        // its deck's semicolon was cited with it.
        let text = "---\nsource: Ostland Herald\npublished: 2025-11-28\n---\nVarga wins the northern primary; \n\n"
            + "Senator Laura Varga won the northern primary on Saturday, the election commission said.\n\n"
            + "Varga led by about 1,500 votes out of nearly 620,000 cast, the commission said in its count."
        let items = QuestionGenerator().bank(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a.txt"))]).items
        let cited = items.filter { $0.prompt.contains("Varga wins") }
        #expect(!cited.isEmpty, "\(items.map(\.prompt))")
        for item in cited {
            #expect(item.prompt.contains("“Varga wins the northern primary”"), "\(item.prompt)")
        }
    }
}
