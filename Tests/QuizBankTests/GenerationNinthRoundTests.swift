import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What blind readers failed on session 12's second unseen set (30 articles, 23 outlets), in
/// invented sentences: the same speaker asked three times with one set of choices, a figure
/// credited to a thing or to the speaker of another clause, an age, a denominator, a
/// distance and a bracketed aside asked as figures, and a year among other years.
@Suite struct GenerationNinthRoundTests {
    static func generation(_ body: String, maxPerArticle: Int = 40) -> Generation {
        let facts = FactExtractor.facts(in: ArticleParser.parse("---\nsource: Ostland Ledger\n---\nOstland in brief\n\n" + body, fileName: "a.txt"))
        return QuestionGenerator().generate(title: "t", from: [facts], options: GenerationOptions(maxPerArticle: maxPerArticle, source: nil))
    }

    static func reason(_ generation: Generation, _ fact: String) -> String? {
        generation.skipped.first { $0.fact == fact }?.reason
    }

    @Test func anArticleAsksWhoSaidAQuoteOfEachSpeakerOnce() {
        let generation = Self.generation([
            "\"The concept of global warming was created in order to make Ostland's factories uncompetitive,\" President Aron Kask wrote in 2012.",
            "\"We are going to put our coal miners in Varna back to work,\" Aron Kask told a rally in Varna last year.",
            "\"I will also cancel all wasteful climate spending from the previous government,\" Aron Kask said in Varna.",
            "\"This order is a step backwards for every family in Ostland,\" said Lena Varga, who leads the Ostland Climate Fund.",
            "\"The rollback will cost Ostland jobs in clean energy,\" said Ivo Lind, an economist at the Varna Institute.",
        ].joined(separator: "\n\n"))
        let asked = generation.bank.items.filter { $0.tags.contains("who-said") }
        let aboutKask = asked.filter { $0.kind == .whoSaid ? $0.answer.description == "Aron Kask" : $0.explanation?.contains("Aron Kask said it") == true }
        #expect(aboutKask.count == 1, "\(asked.map(\.prompt))")
        #expect(generation.skipped.contains { $0.reason.contains("already asks who said a quote of Aron Kask") })
    }

    @Test func aFigureIsNotCreditedToAThingOrToTheSpeakerOfAnotherClause() {
        let facts = FactExtractor.facts(in: ArticleParser.parse(
            "Aid\n\nA $519-million relief program announced by the U.N. in December is being criticized by opposition groups in Varna.\n\n"
                + "While Varnia Holdings' net profit last year fell 62.1% to $5.0 billion, Aron Kask has said that the firm will make money in the long run.\n\n"
                + "Profits rose 12% to $4 billion, Aron Kask said in a letter.", fileName: "a.txt"))
        let sources = Dictionary(facts.figures.map { ($0.text, $0.source) }, uniquingKeysWith: { first, _ in first })
        #expect(sources["519-million"] == .some(nil) || sources["$519-million"] == .some(nil), "\(sources)")
        #expect(sources["$5.0 billion"] == .some(nil), "\(sources)")
        #expect(sources["$4 billion"] == .some("Aron Kask"), "\(sources)")
    }

    @Test func sideFiguresAreNotAsked() {
        let generation = Self.generation([
            "Lyle Thomas Kask, 78 and Marie Ann Kask, 77 left Varna on July 3 in their motorhome and were reported missing when they failed to arrive in Osk.",
            "Nineteen of the 20 cities tracked by the Varna index posted year-over-year gains in November, the Varna Institute said.",
            "Byfield sits about 40km north of Varna and was one of the first towns hit by the storm on Friday when it crossed the coast near Osk.",
            "The damage to Varnia Holdings won't be clear until Ostrating and Varnrate (of which Varnia Holdings owns more than 20%) decides on its rating.",
        ].joined(separator: "\n\n"))
        let keys = generation.bank.items.filter { $0.kind == .figure || $0.kind == .claim }.map(\.answer.description)
        for side in ["77", "78", "20", "40km", "20%"] { #expect(!keys.contains(side), "\(side) in \(keys)") }
        #expect(Self.reason(generation, "20")?.contains("the whole a count is part of") == true)
        #expect(Self.reason(generation, "40km")?.contains("places somewhere") == true)
        #expect(Self.reason(generation, "20%")?.contains("aside in brackets") == true)
    }

    @Test func aYearAmongOtherYearsIsAStepOfATimeline() {
        let generation = Self.generation([
            "Varnia sent 3,000 troops to Kovia in March 2017, officials in Varna said on Thursday.",
            "The Ostland Union's costly invasion of Kovia in 1979 involved tens of thousands of troops and ended in a withdrawal in 1989, historians in Varna say.",
        ].joined(separator: "\n\n"))
        let dates = generation.bank.items.filter { $0.kind == .date }.map(\.answer.description)
        #expect(!dates.contains("1979") && !dates.contains("1989"), "\(dates)")
        #expect(Self.reason(generation, "1989")?.contains("years in its sentence") == true, "\(generation.skipped.filter { $0.kind == "date" })")
    }

    @Test func anInitialKeepsItsPeriodInAChoice() {
        #expect(Claimants.personName("Mark S Liberman") == "Mark S. Liberman")
        #expect(Claimants.personName("G William Hoagland") == "G. William Hoagland")
    }

    @Test func aRunOfCapitalsAfterTheIsNoPersonAPronounCouldMean() {
        #expect(PromptText.unresolvedReference("In 2015, after the Paris Climate Accord was adopted, he labeled the agreement a fraud.") != nil)
    }
}
