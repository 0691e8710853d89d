import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What blind readers failed on session 11's unseen sets and had not been fixed, in invented
/// sentences: a place or a thing pointed at from an earlier sentence ("damage there", "that
/// change could …"), an AP dateline cut off at its state ("RUSTON, La. —"), and years long
/// before an undated story asked as its dates.
@Suite struct GenerationEighthRoundTests {
    static func bank(_ text: String) -> [Item] {
        QuestionGenerator().bank(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a.txt"))]).items
    }

    @Test func aLocativeThereLeavesThePlaceUnsaid() {
        #expect(PromptText.unresolvedReference("The Red Cross reported that three homes were destroyed and another 46 suffered damage there.") != nil)
        // The empty subject, and a place the sentence names itself, say nothing of an earlier sentence.
        #expect(PromptText.locativeThere(in: "According to the agency, there were 3,248 cases in Varnia.".spaceSeparated) == nil)
        #expect(PromptText.locativeThere(in: "Nearly 70,000 troops from Ostland are still there.".spaceSeparated) == nil)
        #expect(PromptText.locativeThere(in: "San Marco had 910 murders, but prosecutors there never sought the death penalty.".spaceSeparated) == nil)
    }

    @Test func aDemonstrativeThatPointsToAnEarlierSentence() {
        #expect(PromptText.unresolvedReference("With final votes expected next month, that change could go into effect Jan. 1, Mayor Ronnie Walker said.") != nil)
        #expect(PromptText.demonstrativeThat(in: "Under that plan, Varnia would pay 40 percent.".spaceSeparated) == "plan")
        // "That" opening a clause after a verb, or a pronoun before a verb, is no demonstrative.
        #expect(PromptText.demonstrativeThat(in: "Mayor Ronnie Walker said that change is coming to 40 streets.".spaceSeparated) == nil)
        #expect(PromptText.demonstrativeThat(in: "Ronnie Walker, that said, expects 40 streets.".spaceSeparated) == nil)
    }

    @Test func anAPDatelineWithAStateKeepsItsSentenceWhole() {
        let items = Self.bank("""
            ---
            source: Ostland Ledger
            ---
            Glass plant to close

            RUSTON, La. — Ardagh Group said Monday it will close its glass plant near Ruston on July 17, laying off 257 workers.
            """)
        let prompts = items.map(\.prompt)
        #expect(prompts.contains { $0.contains("Ardagh Group said Monday") }, "\(prompts)")
        #expect(!prompts.contains { $0.contains("“— ") }, "\(prompts)")
    }

    @Test func yearsLongBeforeAnUndatedStoryAreBackground() {
        let facts = FactExtractor.facts(in: ArticleParser.parse("""
            ---
            source: Ostland Ledger
            ---
            Varnia sends troops to Kovia

            Varnia sent 3,000 troops to Kovia in March 2017, officials in Varnia said on Thursday.

            The Ostland Union's costly 1979 invasion of Kovia involved tens of thousands of ground troops, historians in Varnia say.

            Varnia will keep troops in Kovia until 2030, officials in Varnia said.
            """, fileName: "a.txt"))
        let generation = QuestionGenerator().generate(title: "t", from: [facts], options: GenerationOptions(maxPerArticle: 40, source: nil))
        #expect(!generation.bank.items.contains { $0.kind == .date && $0.answer.description == "1979" })
        let reasons = Dictionary(generation.skipped.filter { $0.kind == "date" }.map { ($0.fact, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(reasons["1979"]?.contains("background") == true, "\(reasons)")
        // The story's own year, and a target after "until", are not measured as background.
        #expect(reasons["March 2017"]?.contains("background") != true, "\(reasons)")
        #expect(Context.latestYearStated(facts) == "2017")
    }
}
