import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What session 16 fixed in generation, in invented sentences: a figure the lede of a
/// headline-less article spells as a word ("injured four civilians") was skipped because the
/// story's citation quotes that lede, though the lede's own items cite only the outlet; and what
/// blind readers failed on sets 53–59: "will break 40,000" made false as "will break 25,000"
/// (still true), "a four-year boy" asked as a figure, how long a witness has lived somewhere, a
/// quoted noun phrase ('a "Lord Mayor of credit to the city"') asked who said it.
@Suite struct GenerationSeventeenthRoundTests {
    static func headlineless(_ paragraphs: [String]) -> Generation {
        let article = "---\nsource: Ostby Sun\n---\n" + paragraphs.joined(separator: "\n\n")
        let facts = FactExtractor.facts(in: ArticleParser.parse(article, fileName: "a.txt"))
        return QuestionGenerator().generate(title: "t", from: [facts], options: GenerationOptions(maxPerArticle: 40, source: nil))
    }

    @Test func aLedeFigureSpelledAsAWordIsAskedUnderTheOutletAlone() throws {
        let generation = Self.headlineless([
            "A gas explosion at the Varna chemical plant injured four workers on Tuesday, the Ostland fire service said.",
            "Fire chief Ivo Lind said crews had the blaze under control within two hours.",
            "\"The plant will stay closed until inspectors have finished,\" Lind said.",
        ])
        let figure = try #require(generation.bank.items.first { $0.kind == .figure && $0.answer.description.lowercased() == "four" },
                                  "\(generation.skipped.filter { $0.kind == "figure" })")
        #expect(figure.prompt.hasSuffix("— Ostby Sun"), "\(figure.prompt)")
    }

    @Test func aLaterSentenceRepeatingTheLedesCountStaysUnasked() {
        // The lede is printed under every later item: its "four" would give the later blank away.
        let generation = Self.headlineless([
            "A gas explosion at the Varna chemical plant injured four workers on Tuesday, the Ostland fire service said.",
            "Fire chief Ivo Lind said the four workers, all from Ostby, were taken to the Varna hospital with burns.",
        ])
        #expect(!generation.bank.items.contains { $0.kind == .figure && $0.prompt.contains("____ workers, all from Ostby") },
                "\(generation.bank.items.map(\.prompt))")
    }

    @Test func aVerbOfPassingAMarkBoundsTheFalseValueLikeMoreThan() throws {
        let facts = FactExtractor.facts(in: ArticleParser.parse(
            "Ostland cull\n\nNew figures showed the Ostland badger cull will break 40,000 by the end of the year, the farming ministry said on Monday.",
            fileName: "a.txt"))
        let figure = try #require(facts.figures.first { $0.text == "40,000" })
        let sense = try #require(FigureSense(figure))
        #expect(sense.bound == .floor)
        // A figure after an ordinary verb is still exact.
        let plain = FactExtractor.facts(in: ArticleParser.parse(
            "Ostland cull\n\nThe Ostland badger cull killed 40,000 animals last year, the farming ministry said on Monday.", fileName: "a.txt"))
        #expect(try FigureSense(#require(plain.figures.first { $0.text == "40,000" }))?.bound == .exact)
    }

    @Test func anAgeWithoutOldAndAWitnessesYearsInTheAreaAreNotAsked() {
        let generation = GenerationThirteenthRoundTests.generation([
            "Floods across Ostland have killed 40 people since March, the Ostland Red Cross said on Monday.",
            "The Ostland government has declared a state of emergency in six of the country's nine provinces.",
            "On Thursday, a four-year boy died after drowning in a quarry in Varna where he was playing with friends.",
            "Rescue teams have moved 3,500 families from the Varna valley to schools and churches on higher ground.",
            "Keysha Brant has lived in the Varna neighbourhood for 20 years and says the river has never risen so fast.",
        ].joined(separator: "\n\n"))
        #expect(!generation.bank.items.contains { $0.kind == .figure && $0.answer.description == "four-year" })
        #expect(!generation.bank.items.contains { $0.kind == .figure && $0.answer.description == "20 years" })
        #expect(GenerationThirteenthRoundTests.reason(generation, "figure", "20 years")?.contains("lived or worked") == true)
    }

    @Test func aQuotedNounPhraseIsAFragment() {
        #expect(Context.followsDeterminer("Lord Mayor of credit to the city",
                                             in: "Councillor Gavin Rowe said she has been a \"Lord Mayor of credit to the city\"."))
        #expect(!Context.followsDeterminer("We will not close the library",
                                              in: "Councillor Gavin Rowe said: \"We will not close the library\"."))
    }

    // Blind readers on sets 60–65 (83 items at 415b8b4, 74 acceptable for each reader).

    @Test func aCallSignAndAPlaceHalfAndAPairedDateAreNotFigures() throws {
        func sense(_ sentence: String, _ text: String) throws -> FigureSense {
            let facts = FactExtractor.facts(in: ArticleParser.parse("Ostland news\n\n" + sentence, fileName: "a.txt"))
            return try #require(facts.figures.first { $0.text == text }.flatMap { FigureSense($0) }, "\(facts.figures.map(\.text))")
        }
        #expect(try sense("Tracy Lind made the remark on Wednesday, while speaking to 650 CKOM\u{2019}s Evan Bray.", "650").partOfName != nil)
        #expect(try sense("Plows are still trying to clear roads in the southern half of Ostland, the agency said on Monday.", "half").trivia(inLede: false) != nil)
        // Since session 17 "the 12th and 13th of July" is a date, and neither day a figure.
        let paired = FactExtractor.facts(in: ArticleParser.parse(
            "Ostland news\n\nThe Ostland sevens will play at the Varna tournament on the 12th and 13th of July, the union said.", fileName: "a.txt"))
        #expect(!paired.figures.contains { $0.text == "12th" || $0.text == "13th" }, "\(paired.figures.map(\.text))")
    }

    @Test func theTopHundredAndAFailedAttemptAreNoFloor() throws {
        func bound(_ sentence: String, _ text: String) throws -> FigureSense.Bound {
            let facts = FactExtractor.facts(in: ArticleParser.parse("Ostland news\n\n" + sentence, fileName: "a.txt"))
            return try #require(facts.figures.first { $0.text == text }.flatMap { FigureSense($0) }, "\(facts.figures.map(\.text))").bound
        }
        #expect(try bound("Varna University rose into the top 100 of the world rankings this year, the ministry said.", "100") == .exact)
        #expect(try bound("Ostland exports failed to top $40 billion last year, the trade ministry said on Monday.", "$40 billion") == .exact)
        #expect(try bound("Ostland exports topped $40 billion last year, the trade ministry said on Monday.", "$40 billion") == .floor)
        // A statement after "said that" is whole, not a fragment.
        #expect(!Context.followsDeterminer("We will build 40 new schools by 2027",
                                           in: "The minister said that \"We will build 40 new schools by 2027\"."))
    }
}
