import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What blind readers missed in figure and date items (session 10): the story a sentence
/// comes from ("on Saturday" in which contest?), and background figures set in an aside.
@Suite struct GenerationContextTests {
    static func bank(_ text: String) -> [Item] {
        QuestionGenerator().bank(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a.txt"))]).items
    }

    static func article(headline: String, _ paragraphs: String...) -> String {
        "---\nsource: Ostland Herald\npublished: 2025-11-28\n---\n\(headline)\n\n" + paragraphs.joined(separator: "\n\n")
    }

    static let primary = article(
        headline: "Varga wins the northern primary",
        "Senator Laura Varga won the northern primary on Saturday, the election commission said.",
        "Varga led by about 1,500 votes out of nearly 620,000 cast, the commission said in its count.")

    @Test func figureAndDateItemsCiteTheStoryTheyComeFrom() throws {
        let items = Self.bank(Self.primary)
        let figures = items.filter { $0.kind == .figure }
        #expect(!figures.isEmpty, "\(items.map(\.prompt))")
        for figure in figures { #expect(figure.prompt.hasSuffix("— Ostland Herald, “Varga wins the northern primary”"), "\(figure.prompt)") }
        for claim in items where claim.kind == .claim && claim.tags.contains("figure") {
            #expect(claim.prompt.hasPrefix("True or false? In a story headlined “Varga wins the northern primary”, Ostland Herald reported: "), "\(claim.prompt)")
        }
    }

    @Test func aHeadlineWithANumberIsNotCitedForItMayCarryTheKey() throws {
        let text = Self.primary.replacingOccurrences(of: "Varga wins the northern primary", with: "Varga wins the north by 1,500 votes")
        let figure = try #require(Self.bank(text).first { $0.kind == .figure })
        #expect(!figure.prompt.contains("north by"), "\(figure.prompt)")
        // The lede, which holds no number, says what the story is instead.
        #expect(figure.prompt.hasSuffix("— Ostland Herald, in a story that opens: “Senator Laura Varga won the northern primary on Saturday, the election commission said”"),
                "\(figure.prompt)")
    }

    @Test func aLedeWithANumberIsNotCitedEither() throws {
        let text = Self.primary.replacingOccurrences(of: "Varga wins the northern primary", with: "Varga wins the north by 1,500 votes")
            .replacingOccurrences(of: "won the northern primary on Saturday", with: "won 52 percent in the northern primary on Saturday")
        let figure = try #require(Self.bank(text).first { $0.kind == .figure })
        #expect(figure.prompt.hasSuffix("— Ostland Herald"), "\(figure.prompt)")
    }

    @Test func aFigureOrDateInAnAsideAboutSomeoneElseIsNotAsked() {
        let items = Self.bank(Self.article(
            headline: "Ostland passes its budget",
            "Ostland's parliament passed a budget of $20 billion on Tuesday, Finance Minister Laura Varga said.",
            "Opposition leader David Kask, who has nearly 9 million followers, said the budget of $20 billion would fail the hospitals.",
            "The budget, which the ministry first drafted in March 2023, sends $4 billion to hospitals in the north."))
        let asked = items.compactMap { item -> String? in if case .text(let key) = item.answer { return key } else { return nil } }
        #expect(asked.contains("$20 billion"), "\(asked)")
        #expect(!asked.contains { $0.contains("9 million") }, "\(asked)")
        #expect(!asked.contains("March 2023"), "\(asked)")
    }

    @Test func aSitesPageTitleIsNoHeadlineToCite() {
        let text = Self.primary.replacingOccurrences(of: "Varga wins the northern primary", with: "Ostland Herald - Latest News & Headlines")
        let figures = Self.bank(text).filter { $0.kind == .figure }
        #expect(!figures.isEmpty)
        #expect(figures.allSatisfy { !$0.prompt.contains("Latest News") }, "\(figures.map(\.prompt))")
    }

    @Test func aDatelineAndAYearThatEndsANameAreNotAsked() {
        let dateline = Self.bank(Self.article(
            headline: "Ostland limits fund managers",
            "Feb. 23, 2015 -- Ostland's parliament voted on Tuesday to limit fees that fund managers charge to 2 percent."))
        let datelineKeys = dateline.map(\.answer.description)
        #expect(!datelineKeys.contains("23"), "\(datelineKeys)")
        #expect(!datelineKeys.contains("Feb. 23, 2015"), "\(datelineKeys)")
        let act = Self.bank(Self.article(
            headline: "Ostland rewrites its fund law",
            "Varnia Holdings' sale to Ostland Telecom is subject to special regulation under the Investment Company Act of 1940, lawyers for Varnia Holdings said."))
        #expect(!act.map(\.answer.description).contains("1940"), "\(act.map(\.prompt))")
    }
}
