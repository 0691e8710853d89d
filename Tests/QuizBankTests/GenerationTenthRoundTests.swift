import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What blind readers failed on session 12's third unseen set (30 articles, 22 outlets), in
/// invented sentences: a figure the source line prints, an age closing a quote's sentence, a
/// span of years asked as a date, and a dateline whose dash was lost.
@Suite struct GenerationTenthRoundTests {
    static func generation(_ text: String) -> Generation {
        let facts = FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a.txt"))
        return QuestionGenerator().generate(title: "t", from: [facts], options: GenerationOptions(maxPerArticle: 40, source: nil))
    }

    static func reason(_ generation: Generation, _ kind: String, _ fact: String) -> String? {
        generation.skipped.first { $0.kind == kind && $0.fact == fact }?.reason
    }

    @Test func theSourceLineDoesNotGiveTheFigureAway() {
        let generation = Self.generation("---\nsource: 980 CJVR\n---\nFire in Osk\n\n"
            + "980 CJVR\u{2019}s Ivo Lind was in the town of Osk on Friday, where 40 homes burned.")
        #expect(!generation.bank.items.contains { $0.answer.description == "980" })
        #expect(Self.reason(generation, "figure", "980")?.contains("source line") == true, "\(generation.skipped)")
        #expect(PromptText.containsWord(" — 980 Varna Radio", "980"))
        #expect(!PromptText.containsWord(" — 1980 Varna Radio", "980"))
    }

    @Test func anAgeClosingAQuotesSentenceIsASideDetail() {
        let generation = Self.generation("---\nsource: Ostland Ledger\n---\nFinance club for girls\n\n"
            + "\u{201C}At a minimum, I\u{2019}d like to see girls in Varna not be afraid of finance,\u{201D} says Cunningham, 55.")
        #expect(!generation.bank.items.contains { $0.answer.description == "55" })
        #expect(Self.reason(generation, "figure", "55")?.contains("age") == true, "\(generation.skipped)")
    }

    @Test func aSpanOfYearsIsNoDate() {
        #expect(!Context.isDefinite("the last 11 years"))
        #expect(!Context.isDefinite("three decades"))
        #expect(!Context.isDefinite("30 minutes before"))
        #expect(Context.isDefinite("March 2017"))
        #expect(Context.isDefinite("Feb. 1"))
        #expect(Context.isDefinite("2014"))
    }

    @Test func theValueAChangeLeftBehindIsNotAsked() {
        let generation = Self.generation("---\nsource: Ostland Ledger\n---\nFlu spreads\n\n"
            + "Confirmed flu cases in Varnia have risen from 226 to 286, spread over 36 districts, the Varnian health ministry said on Monday.")
        #expect(!generation.bank.items.contains { $0.answer.description == "226" })
        #expect(Self.reason(generation, "figure", "226")?.contains("earlier value") == true, "\(generation.skipped)")
    }

    @Test func theFirstOfARunOfNumbersIsNotAsked() {
        let generation = Self.generation("---\nsource: Ostland Ledger\n---\nWater cut\n\n"
            + "Residents of sectors 69, 70 and 71 in Varna will have no water on Monday, the Varna water board said.")
        #expect(!generation.bank.items.contains { ["69", "70", "71"].contains($0.answer.description) })
        #expect(Self.reason(generation, "figure", "69")?.contains("run of numbers") == true, "\(generation.skipped)")
    }

    @Test func aPlacesPopulationWithAnAdjectiveIsAnAside() {
        #expect(PromptText.describesPlaceInPassing(" a port city of "[...]))
        #expect(PromptText.describesPlaceInPassing(" a small coastal town of "[...]))
        #expect(!PromptText.describesPlaceInPassing(" a leader of "[...]))
        #expect(PromptText.openAside(before: "It leaves vulnerable Varna, a port city of "[...]) != nil)
    }

    @Test func aNoBreakSpaceSeparatesWordsAsASpaceDoes() {
        let generation = Self.generation("---\nsource: Ostland Ledger\n---\nVarna falls\n\n"
            + "The loss of Osk leaves vulnerable Varna, home to the Ostland navy, about 20 miles\u{00A0}west along the coast, officials in Varna said.")
        #expect(!generation.bank.items.contains { $0.answer.description == "20 miles" })
        #expect(Self.reason(generation, "figure", "20 miles")?.contains("places somewhere") == true, "\(generation.skipped)")
    }

    @Test func aDatelineWhoseDashWasLostIsNoPartOfThePrompt() {
        #expect(PromptText.withoutDateline("HAVANA   Military divers rescued nearly 250 people from flooded homes Monday.")
            == "Military divers rescued nearly 250 people from flooded homes Monday.")
        #expect(PromptText.withoutDateline("NATO  and Varnia agreed on 40 jets.") == "NATO  and Varnia agreed on 40 jets.")
    }
}
