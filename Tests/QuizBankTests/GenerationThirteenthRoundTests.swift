import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What blind readers failed on session 12's last unseen set (30 articles, 21 outlets), in
/// invented sentences: a bracket glued to a number ("401(k)"), the earlier value of a change
/// "a year ago", a span counted back to now, a company called by its epithet, and a year in a
/// quoted source's past.
@Suite struct GenerationThirteenthRoundTests {
    static func generation(_ body: String) -> Generation {
        let facts = FactExtractor.facts(in: ArticleParser.parse("---\nsource: Ostland Ledger\n---\nOstland in brief\n\n" + body, fileName: "a.txt"))
        return QuestionGenerator().generate(title: "t", from: [facts], options: GenerationOptions(maxPerArticle: 40, source: nil))
    }

    static func reason(_ generation: Generation, _ kind: String, _ fact: String) -> String? {
        generation.skipped.first { $0.kind == kind && $0.fact == fact }?.reason
    }

    @Test func sideFiguresAreNotAsked() {
        let generation = Self.generation([
            "On Wednesday, the Varna finance committee voted 29 to 17 to require 401(k) retirement plans in Ostland to disclose fees.",
            "Varnia Holdings reported a net profit of 381.7 million euros from 335 million euros a year ago, the Varna exchange said.",
            "A Varna consumer agency is one of the pillars of Varnia's overhaul of the banks that have gripped Ostland for the last 18 months.",
        ].joined(separator: "\n\n"))
        let keys = generation.bank.items.filter { $0.kind == .figure || $0.kind == .claim }.map(\.answer.description)
        for side in ["401", "335 million euros", "18 months"] { #expect(!keys.contains(side), "\(side) in \(keys)") }
        #expect(Self.reason(generation, "figure", "335 million euros")?.contains("earlier value") == true, "\(generation.skipped)")
        #expect(Self.reason(generation, "figure", "18 months")?.contains("counted back") == true, "\(generation.skipped)")
    }

    @Test func halfAsWordingIsNotAsked() {
        let generation = Self.generation([
            "Frustrated after half a decade of litigation, Varnia Holdings and other holdouts in Osk tried a novel legal strategy.",
            "Half the money would come from tax increases in Varna; the other half from cuts to Ostland's health programmes.",
        ].joined(separator: "\n\n"))
        #expect(!generation.bank.items.contains { $0.answer.description == "half" }, "\(generation.bank.items.map(\.prompt))")
    }

    @Test func anAmpersandJoinsAClaimantsName() {
        let facts = FactExtractor.facts(in: ArticleParser.parse("Storm\n\nVarna Power & Light said more than 412,000 customers were without electricity.", fileName: "a.txt"))
        #expect(facts.figures.first { $0.text == "412,000" }?.source == "Varna Power & Light")
    }

    @Test func aCompanysEpithetPointsToAnEarlierSentence() {
        #expect(PromptText.unresolvedReference("For the first six months, the Paris-based fashion house reported a net profit of 381.7 million euros.") != nil)
    }

    @Test func aYearInADescribedSourcesPastIsBackground() {
        #expect(PromptText.openAside(before: "said Ivo Lind, an Ostland journalist whose reformist views led to his brief imprisonment in "[...]) != nil)
        #expect(PromptText.openAside(before: "Varna, a town on the coast, voted in "[...]) == nil)
    }
}
