import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What blind readers failed on session 15's first unseen sets (35 to 40: 77 articles from
/// 76 outlets), in invented sentences: a claim that shortened a three-word name to its last
/// two words (the hyphenated "$20-million" asked as "$____" is `HyphenatedScaleTests`), a
/// who-said quote that only lists things, a share asked beside its partner ("95 and 96
/// per cent … respectively"); and on sets 43–44: "think twice" asked as a figure, "the $4
/// million" an earlier sentence gave, "I'll" read as a name in a short remark; and on sets 45–46: "a ____ old" for "a 12-year old".
@Suite struct GenerationSixteenthRoundTests {
    typealias Ostland = GenerationThirteenthRoundTests

    @Test func aClaimKeepsAllThreeWordsOfAName() throws {
        let generation = Ostland.generation([
            "\"Prices will keep rising for months,\" said Abdul Karim Nasser, general manager of the Ostby Market.",
            "Nasser added that suppliers have raised the price of flour by 30 percent since January.",
        ].joined(separator: "\n\n"))
        let prompts = generation.bank.items.map(\.prompt)
        #expect(!prompts.contains { $0.contains("Karim Nasser") && !$0.contains("Abdul Karim Nasser") }, "\(prompts)")
    }

    @Test func aQuoteThatOnlyListsThingsIsNotAskedWhoSaidIt() throws {
        #expect(QuoteSubstance.lack(in: "Mental health, radiology department, optometry, and, I believe, audiology department, and physical therapy", names: []) != nil)
        // A list inside a statement is still a statement.
        #expect(QuoteSubstance.lack(in: "We will open cardiology, radiology and physical therapy wings in Ostby by the end of next year", names: []) == nil)
    }

    @Test func theFirstOfTwoSharesJoinedByAndIsNotAsked() throws {
        // "95 and 96 per cent … respectively": the partner beside the blank gives it away.
        let generation = Ostland.generation(
            "Boroughs like Varna and Ostby have cleared 95 and 96 per cent of their snow respectively, the Ostland roads agency said on Monday.")
        #expect(!generation.bank.items.contains { $0.kind == .figure && $0.answer.description == "95" })
        // A figure with its own unit beside a count of something else is still asked.
        let jobs = Ostland.generation("The Varna plant will bring $5 million and 300 jobs to Ostby next year, the Ostland trade ministry said on Monday.")
        #expect(Ostland.reason(jobs, "figure", "$5 million")?.contains("run of numbers") != true)
    }

    @Test func thinkTwiceIsNotACount() throws {
        let generation = Ostland.generation(
            "Police in Ostby arrested three teenagers who broke into dozens of cars, prompting residents to think twice about leaving doors unlocked.")
        #expect(!generation.bank.items.contains { $0.answer.description == "twice" })
    }

    @Test func theAmountAnEarlierSentenceGaveIsNotAsked() throws {
        // "… two awards representing the $4 million.": "the" points back to the lede's amount.
        let generation = Ostland.generation([
            "Ostby University will receive $4 million for water research from the Ostland science fund, officials said on Monday.",
            "Some money has not yet been awarded; so far Ostby University has received two awards representing the $4 million.",
        ].joined(separator: "\n\n"))
        let asked = generation.bank.items.filter { $0.kind == .figure }.compactMap { $0.evidence?.sentence }
        #expect(!asked.contains { $0.hasPrefix("Some money") }, "\(asked)")
    }

    @Test func aShortQuoteNamesNothingWhenItsOnlyCapitalIsAnI() throws {
        // "I'll" is no name: the short remark names no one and nothing.
        #expect(QuoteSubstance.lack(in: "I think I'll be using it every day", names: []) != nil)
        #expect(QuoteSubstance.lack(in: "I’m told Ostby will vote", names: []) == nil)
    }

    @Test func anAgeMissingItsSecondHyphenAsksForTheNumber() throws {
        // "killed a 12-year old boy": not "a ____ old" with "12-year" for the key.
        let generation = Ostland.generation("A bomb outside a police post in Ostby on Saturday killed a 12-year old boy, the Ostland defence minister said.")
        #expect(!generation.bank.items.contains { $0.prompt.contains("____ old") })
        let asked = generation.bank.items.first { $0.kind == .figure }
        #expect(asked.map { $0.prompt.contains("a ____-year old boy") && $0.answer.description == "12" } ?? (Ostland.reason(generation, "figure", "12") != nil))
    }

    @Test func aLoneNameAfterBinIsTheFatherNotTheSon() throws {
        // Found by an independent review: "Salman" alone is King Salman, not Mohammed bin Salman.
        let generation = Ostland.generation([
            "\"Our partnership with Ostland is stronger than it has ever been,\" Mohammed bin Salman told the forum in Riyadh.",
            "King Salman, 89, approved 14 new ministers in a royal decree on Monday.",
            "Salman has ruled Saudi Arabia since 2015.",
        ].joined(separator: "\n\n"))
        #expect(!generation.bank.items.contains { $0.prompt.contains("Mohammed bin Salman has ruled") })
    }

    @Test func theOnlyAmountAfterTheIsStillAsked() throws {
        // "the $4 million" points back only when an earlier sentence gave that amount.
        let generation = Ostland.generation("The Ostland government paid back the $4 million on Monday after an audit of the Varna port contract.")
        #expect(Ostland.reason(generation, "figure", "$4 million")?.contains("points back") != true)
    }

    @Test func anArticleWithoutAHeadlineCitesItsLede() throws {
        // Blind readers could not tell which "season" or which "parking spaces" a prompt from
        // a headline-less article meant: its first sentence says.
        let article = "---\nsource: Ostby Sun\n---\n"
            + "The Ostland schools league voted on Thursday to push back the start of the football season because of the storm damage.\n\n"
            + "League director Ivo Lind said the season could start as scheduled on Oct. 8 if the roads reopen.\n\n"
            + "\"We have to look after the players first,\" Lind said."
        let items = QuestionGenerator().generate(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(article, fileName: "a.txt"))],
                                                 options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
        let date = try #require(items.first { $0.kind == .date })
        #expect(date.prompt.hasSuffix("— Ostby Sun, in a story that opens: “The Ostland schools league voted on Thursday to push back the start of the football season because of the storm damage”"),
                "\(date.prompt)")
    }

    @Test func aThirdIsNotAcceptedAsARunOfDecimals() {
        // Readers on set 52: "a third" accepted "0.333333333333" and nothing a learner types.
        #expect(Context.numericForms(of: "a third", value: 1.0 / 3.0).isEmpty)
        #expect(Context.numericForms(of: "a fifth", value: 0.2) == ["0.2"])
    }
}
