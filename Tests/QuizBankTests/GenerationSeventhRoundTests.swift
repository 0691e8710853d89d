import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What blind readers failed on session 11's last unseen set (25 articles from 22 outlets,
/// most of them local news), in invented sentences: explanations that named a broken
/// claimant, a zero decimal that marked the made-up choices, CNN's glued dateline, and a
/// degree measured against an earlier sentence.
@Suite struct GenerationSeventhRoundTests {
    @Test func aClaimantIsTheSubjectOfItsOwnClauseWithoutDanglingWords() {
        let facts = FactExtractor.facts(in: ArticleParser.parse(
            "Drug prices\n\nThe Ostland Ledger reports that Varnia Pharma even claimed that about 90 percent of patients paid $50 or less.\n\n"
                + "According to the study of 300 workers, 70 percent of people who use the internet at work browse for leisure.",
            fileName: "a.txt"))
        #expect(facts.figures.first { $0.text == "90 percent" }?.source == "Varnia Pharma")
        #expect(facts.figures.first { $0.text == "70 percent" }?.source == "the study")
    }

    @Test func noChoiceIsAWholeNumberWrittenWithAZeroDecimal() {
        #expect(NumericDistractors.rewrite("$75.5", from: 75.5, to: 98) == nil)
        #expect(NumericDistractors.rewrite("$75.5", from: 75.5, to: 98.4) == "$98.4")
    }

    @Test func cnnsGluedDatelineIsNoPartOfThePrompt() {
        #expect(PromptText.withoutDateline("United Nations, New York (CNN)US Ambassador Ivo Lind said 40 nations would stay away.")
            == "US Ambassador Ivo Lind said 40 nations would stay away.")
        #expect(PromptText.withoutDateline("The talks (CNN reported) drew 40 nations.") == "The talks (CNN reported) drew 40 nations.")
    }

    @Test func thatLittleMeasuresAgainstAnEarlierSentence() {
        #expect(PromptText.unresolvedReference("Varnia Pharma claimed that about 90 percent of patients paid that little.") != nil)
        #expect(PromptText.unresolvedReference("Varnia Pharma claimed that about 90 percent of patients paid $50 or less.") == nil)
    }
}
