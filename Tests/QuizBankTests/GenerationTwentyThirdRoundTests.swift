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

    /// The items of one invented article, up to 40 of them (more than any test article makes).
    static func items(source: String = "Ostland Herald", _ headline: String, _ paragraphs: [String]) -> [Item] {
        let text = "---\nsource: \(source)\npublished: 2023-08-08\n---\n\(headline)\n\n" + paragraphs.joined(separator: "\n\n")
        let facts = FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a.txt"))
        return QuestionGenerator().generate(title: "t", from: [facts], options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
    }

    static func items(_ headline: String, _ paragraphs: String...) -> [Item] { items(headline, paragraphs) }

    @Test func aHeadlineThatWritesTheFigureInWordsIsNotCitedUnderIt() {
        // "Nearly ____ of independent pharmacy owners may close …" under "A Third of
        // Independent Pharmacies May Close" (both readers).
        let items = Self.items("A Third of Independent Pharmacies May Close",
                               "Nearly a third of independent pharmacy owners in Ostland may close their stores in 2024, Ivo Lind of the Ostland Pharmacists Association said.",
                               "Lind spoke at the association's conference in Varna on Tuesday.")
        #expect(!items.contains { $0.kind == .figure && $0.answer.description == "a third" }, "\(items.map(\.prompt))")
    }

    @Test func oneEndOfARangeIsNotAskedWhenTheSentenceGivesTheOther() {
        // "between Friday, July 28, and Thursday, ____" and "on ____ or 22" (both readers).
        let items = Self.items("Police step up patrols across Ostland",
                               "Ostland police ran extra patrols between Friday, July 28, and Thursday, August 3, Commissioner Ivo Lind said.",
                               "Road engineer Marek Varga said the concrete pour for the first lane of the Varna bypass will happen on Dec. 21 or 22.")
        let dates = items.filter { $0.kind == .date }.map(\.answer.description)
        #expect(dates.isEmpty, "\(dates)")
    }

    @Test func aDayAfterAMonthAndADashIsNoFigure() {
        // "(defined as May 1-September ____)" asked the day of a month as a figure (both readers).
        let items = Self.items("Varna limits cruise ships",
                               "Mayor Ivo Lind said no cruise ships may be scheduled in Varna outside the cruise season, defined as May 1-September 30.",
                               "The council voted 5-2 for the limits on Monday, the mayor said.")
        #expect(!items.contains { $0.kind == .figure && $0.answer.description == "30" }, "\(items.map(\.prompt))")
    }
}
