import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// The failure classes blind readers found in the first judged round of issue 17's
/// generator: trivia (side characters' ages, how long an interview ran, which weekday a
/// side event fell on), back-references anywhere in a sentence, quotes that lean on what was
/// said before, claims that present a speaker's words as the outlet's report.
@Suite struct GenerationTriviaTests {
    static let article = """
        ---
        source: Harbour Gazette
        published: 2025-06-12
        ---
        Port of Velden to close two docks

        The Port of Velden will close two of its five docks by 1 March 2026, harbour master Ilse Brandt said on Wednesday.

        About 1,400 dock workers will lose their jobs, according to the Velden Dockers Union.

        Union leader Piet Maas, 58, met port managers for a three-hour session in the city hall on Thursday afternoon.

        "That is not what we were promised by anyone in this city," Piet Maas told reporters outside the hall.

        "The closure will cost the regional economy at least 90 million euros a year," said economist Karin Dohle of Velden University.

        Shares in the company fell 4 percent after the announcement, and the share price has not recovered since.

        Velden's council said the harbour would stay open to ferries on Sunday.

        THE NEXT STEPS Velden's port authority said 600 of the workers would be moved to the north dock by 2027.

        In one statement on its website, the Velden Dockers Union said 300 of the workers would be offered retraining.
        """

    static let bank = QuestionGenerator().bank(
        title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(article, fileName: "port.txt"))])

    @Test func sideCharactersAgesAndDurationsAreNotAsked() {
        #expect(!Self.bank.items.contains { $0.answer.description.contains("58") }, "\(Self.bank.items.map(\.prompt))")
        #expect(!Self.bank.items.contains { $0.answer.description.contains("three-hour") })
    }

    @Test func aWeekdayAwayFromTheStorysOwnEventIsNotAsked() {
        #expect(!Self.bank.items.contains { $0.kind == .date && ["Thursday afternoon", "Sunday"].contains($0.answer.description) })
        #expect(Self.bank.items.contains { $0.kind == .date && $0.answer.description == "1 March 2026" }, "the day the story is about is asked")
    }

    @Test func aBackReferenceAnywhereKeepsTheSentenceOut() {
        #expect(!Self.bank.items.contains { $0.prompt.contains("Shares in the company") || $0.prompt.contains("the share price") })
    }

    @Test func aQuoteThatLeansOnWhatWasSaidBeforeIsNotAskedAlone() {
        #expect(!Self.bank.items.contains { $0.kind == .whoSaid && $0.prompt.contains("That is not what we were promised") })
    }

    @Test func aFigureInsideAQuoteMakesNoClaimInTheOutletsName() {
        #expect(!Self.bank.items.contains { $0.kind == .claim && $0.prompt.contains("regional economy") })
    }

    @Test func aHeadingRunIntoASentenceKeepsItOut() {
        #expect(!Self.bank.items.contains { $0.prompt.contains("THE NEXT STEPS") })
    }

    @Test func aSpelledOneIsAWordNotACount() {
        #expect(!Self.bank.items.contains { $0.kind == .figure && $0.answer.description.lowercased() == "one" })
    }

    @Test func aBoundedFigureIsNeverPickedFromAList() {
        // "at least 90 million" with 60 million among the choices would be true of 60 too.
        for item in Self.bank.items where item.kind == .figure && (item.prompt.contains("at least ____") || item.prompt.contains("About ____")) {
            if item.prompt.contains("at least ____") { #expect(item.choices == nil, "\(item.prompt)") }
        }
    }

    @Test func aDateManyArticlesGiveIsBackground() {
        let towns = ["Arlen", "Bexby", "Corvo", "Dunmore", "Elst", "Fenwick", "Garrow", "Hale", "Ilford", "Jarrow"]
        let facts = towns.map { town in
            FactExtractor.facts(in: ArticleParser.parse("""
                Voters in \(town) prepare

                Voters in \(town) will choose a new mayor on Nov. 8, the town clerk Ada \(town)son said on Monday.

                The new library in \(town) opened on 3 March 2015 after a long campaign by residents of the town.
                """, fileName: "\(town).txt"))
        }
        let context = Context(articles: facts, options: GenerationOptions(maxPerArticle: 6, source: nil))
        #expect(context.isBackgroundDate("Nov. 8"))
        #expect(!context.isBackgroundDate("4 April 2015"), "a date no article gives")
        #expect(!Context(articles: Array(facts.prefix(3)), options: GenerationOptions(maxPerArticle: 6, source: nil)).isBackgroundDate("Nov. 8"),
                "three articles are too few to call anything background")
    }

    @Test func aSentenceThatNamesNothingIsNotAsked() {
        #expect(!PromptText.namesSomething("In all, 691 delegates are up for grabs in five states."))
        #expect(PromptText.namesSomething("In all, 691 delegates are up for grabs in Ohio and four other states."))
        #expect(PromptText.namesSomething("Velden's council said the harbour would stay open."))
    }

    @Test func leadingPhrasesHelpersAgreeWithReaders() {
        #expect(PromptText.quoteLeansOnContext("But it can happen when you're 45") != nil)
        #expect(PromptText.quoteLeansOnContext("This young team showed real heart against a strong side") == nil)
        #expect(PromptText.unresolvedReference("Officials said the patient was moved to Kestel hospital on Monday.") != nil)
        #expect(PromptText.unresolvedReference("Officials said the share of voters who backed Arno rose to 41 percent.") == nil)
    }
}
