import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What blind readers failed on the second unseen set of session 10 (34 articles from 27
/// outlets), in invented sentences: a book title asked as a quote, a quantifier taken for a
/// claimant, a stock's day in the market, a conversion that works the blank out, and dates
/// that are references or point to an earlier sentence.
@Suite struct GenerationUnseenRoundTests {
    static func bank(_ paragraphs: String...) -> [Item] {
        let text = "---\nsource: Ostland Herald\npublished: 2025-11-28\n---\nOstland in brief\n\n" + paragraphs.joined(separator: "\n\n")
        return QuestionGenerator().bank(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a.txt"))]).items
    }

    static func keys(_ items: [Item]) -> [String] { items.map(\.answer.description) }

    @Test func aBookTitleInQuoteMarksIsNoQuote() {
        let items = Self.bank(
            "Film historian Laura Varga wrote \"Monsters on Screen: The Definitive Story of Horror Cinema\" after ten years of research in Varna.",
            "\"Horror films drew record crowds in Varna during the northern floods of last year,\" Laura Varga said.")
        let quotes = items.filter { $0.kind == .whoSaid }.map(\.prompt)
        #expect(!quotes.contains { $0.contains("Monsters on Screen") }, "\(quotes)")
    }

    @Test func aQuantifierOpeningTheSubjectIsNoClaimant() throws {
        let facts = FactExtractor.facts(in: ArticleParser.parse(
            "Many of the estimated 50 million laptop batteries thrown away in Ostland every year could light homes in Varna, researchers at Varnia University say.",
            fileName: "a.txt"))
        let figure = try #require(facts.figures.first { $0.text == "50 million" })
        #expect(figure.source == "researchers at Varnia University")
    }

    @Test func aSentenceSetInsideAQuestionLosesItsOpeningCapital() {
        #expect(Context.continuingSentence("Even as the economy grew, 29 of 50 provinces lagged") == "even as the economy grew, 29 of 50 provinces lagged")
        #expect(Context.continuingSentence("Laura Varga's ministry counted 29 of 50 provinces") == "Laura Varga's ministry counted 29 of 50 provinces")
    }

    @Test func aStocksDayInTheMarketIsNotAsked() {
        let items = Self.bank(
            "Varnia Bank Corp. (NYSE: VAB) traded up 0.77% at $63.03 on Monday after the Ostland central bank cut its rates.",
            "Volume is about a third higher than the daily average of around 650,000 shares for Varnia Bank in Ostland.")
        #expect(!Self.keys(items).contains { $0.contains("63.03") || $0.contains("0.77") || $0.contains("650,000") }, "\(items.map(\.prompt))")
    }

    @Test func aMeasureConvertedInBracketsIsNotBlanked() {
        let items = Self.bank(
            "Ostland's parliament agreed on Tuesday to limit warming to 3.6 degrees Fahrenheit (2 degrees Celsius) above pre-industrial levels, Environment Minister Laura Varga said.")
        #expect(!items.contains { $0.kind == .figure && $0.answer.description.hasPrefix("3.6") }, "\(items.map(\.prompt))")
    }

    @Test func aDateInBracketsOrAfterThatNightIsNotAsked() {
        let items = Self.bank(
            "Ostland's parliament approved the Varna dam on Tuesday, Finance Minister Laura Varga said.",
            "Not at the vote that night was David Kask (see Ostland's Young Engineers, 2013), a researcher at Varnia University.",
            "Under a separate ruling in that case, a Varna judge said Varnia Power can sell electricity until Oct. 5, 2027.")
        #expect(!Self.keys(items).contains("2013"), "\(items.map(\.prompt))")
        #expect(!Self.keys(items).contains("Oct. 5, 2027"), "\(items.map(\.prompt))")
    }

    @Test func aDistanceThatPlacesSomewhereIsNotAsked() {
        let items = Self.bank(
            "A shark killed a swimmer off Varna beach on Tuesday, the Ostland coast guard said.",
            "A woman swimming with seals was killed by a shark in 2003 about 10 miles south of Varna beach, the Ostland coast guard said.",
            "The Varna airport, 35 miles from Ostland City, stayed closed until the evening, Transport Minister Laura Varga said.")
        #expect(!Self.keys(items).contains { $0.contains("miles") }, "\(items.map(\.prompt))")
    }

    @Test func aThingTheStoryIntroducedEarlierIsNotAskedUnlessTheHeadlineNamesIt() {
        let items = Self.bank(
            "The Varnia Jazz Foundation opened a music centre in Varna on Tuesday, Mayor Laura Varga said.",
            "Mayor Laura Varga said the foundation spent $2 million on the new building in Varna.",
            "Police said the shooting left 14 people injured in central Varna on Tuesday night.")
        #expect(!items.contains { $0.evidence?.sentence.contains("the foundation spent") == true || $0.evidence?.sentence.contains("the shooting left") == true },
                "\(items.map(\.prompt))")
        // The headline ("Ostland in brief") does not name it; a headline that does resolves it.
        #expect(Context.unintroducedThing(in: "In 2008, the foundation bought the former Varna Funeral Home.", headline: "Jazz foundation opens Varna centre") == nil)
        #expect(Context.unintroducedThing(in: "In 2008, the foundation bought the former Varna Funeral Home.", headline: "Ostland in brief") == "foundation")
    }

    @Test func anOccupationWrittenAsATitleIsNoPartOfTheName() {
        #expect(Claimants.personName("Oceanographer Charitha Pattiaratchi") == "Charitha Pattiaratchi")
        // With the surname alone left, no item names him as a full name.
        #expect(Claimants.personName("Oceanographer Pattiaratchi") == "Pattiaratchi")
    }

    @Test func anOrdinalAfterAStreetPrepositionNamesAStreet() {
        let items = Self.bank(
            "Just over 24 hours before the silent march down 110th, two Varna police officers were shot in their patrol car, Mayor Laura Varga said.")
        #expect(!Self.keys(items).contains("110th"), "\(items.map(\.prompt))")
    }

    @Test func aDescribedSubjectAfterAnOpeningParticiplePointsBack() {
        #expect(PromptText.unresolvedReference("Set in Varna in 1981, the 35-year-old Ostland actor plays a moral businessman in an immoral time.") != nil)
        #expect(PromptText.unresolvedReference("Set in Varna in 1981, the film follows Laura Varga through a hard winter.") != nil)
        #expect(PromptText.unresolvedReference("Set in Varna in 1981, Laura Varga's film follows a moral businessman.") == nil)
    }

    @Test func aShortDeflectionIsNoStatement() {
        #expect(QuoteSubstance.lack(in: "You would have to ask Mark May", names: ["Mark", "May"]) != nil)
        #expect(QuoteSubstance.lack(in: "We will cut the fares by half in Varna next year", names: ["Varna"]) == nil)
    }

    @Test func theDateOfACitedSourceIsNotAsked() {
        let items = Self.bank(
            "Mayor Laura Varga sold the Varna harbour to Varnia Shipping, according to a 2024 article in the Varna Ledger.")
        #expect(!Self.keys(items).contains("2024"), "\(items.map(\.prompt))")
    }

    @Test func aWholeIsNoShareAmongPercentChoices() throws {
        let facts = FactExtractor.facts(in: ArticleParser.parse("The group represents roughly 80 percent of Ostland's nuns, the Varna diocese said.", fileName: "a.txt"))
        let figure = try #require(facts.figures.first { $0.text.contains("80") })
        for seed in ["a", "b", "c", "d", "e", "f", "g", "h"] {
            let choices = FigureSense(figure)?.distractors(storyValues: [], seed: seed) ?? []
            #expect(!choices.contains { $0.hasPrefix("100") }, "\(choices)")
        }
    }
}
