import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// Who-said choices a reader of the article cannot rule out unread (session 10): blind readers
/// struck names from other articles of the story and people the article names without quoting
/// them, so choices are the article's own other speakers, or the item is answered freely.
@Suite struct GenerationWhoSaidChoicesTests {
    static func bank(_ texts: [String]) -> [Item] {
        let facts = texts.enumerated().map { index, text in FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a\(index).txt")) }
        return QuestionGenerator().bank(title: "t", from: facts).items
    }

    /// The choices of the who-said item on the quote that contains `words`.
    static func choices(ofQuoteWith words: String, in texts: [String]) throws -> [String] {
        let item = try #require(bank(texts).first { $0.kind == .whoSaid && $0.prompt.contains(words) })
        return try #require(item.choices, "a free-answer item: \(item.prompt)")
    }

    static func article(source: String = "Ostland Herald", headline: String, _ paragraphs: String...) -> String {
        "---\nsource: \(source)\npublished: 2025-11-28\n---\n\(headline)\n\n" + paragraphs.joined(separator: "\n\n")
    }

    /// One campaign aide quoted; the candidates are named but never quoted.
    static let campaign = """
        ---
        source: Ostland Herald
        published: 2025-11-28
        ---
        Varga's campaign vows to fight on

        Senator Laura Varga trails Governor David Kask by 300 delegates after Tuesday's primaries in the north.

        The Varga campaign is sending the senator to every western province before the next vote.

        "We're going to start chipping away at the governor's lead in the western provinces next month," said Mira Holt, Varga's campaign manager.

        Kask's allies say the race is over, and Deputy Governor Thomas Brandt has asked Varga to step aside.
        """

    @Test func speakersOfAnotherArticleOfTheStoryAreNoChoices() throws {
        // Another article of the same story quotes two other people; the campaign article
        // quotes only Mira Holt and names the candidates without quoting them.
        // A sentence with the same dozen names makes the two articles one story.
        let shared = "Senator Laura Varga, Governor David Kask and Deputy Governor Thomas Brandt met the Varnia Party in Varna, Ostland, on Nov. 25, 2025."
        let campaign = Self.campaign + "\n\n" + shared
        let other = Self.article(
            source: "Varna Post", headline: "Kask claims the north after Tuesday's primaries", shared,
            "\"The north has spoken and the delegates are ours after Tuesday's primaries,\" said Ivo Marek, a Kask adviser.",
            "\"Senator Varga should think about the party before the western provinces vote,\" said Petra Lind, a Kask donor.")
        let generation = QuestionGenerator().generate(title: "t", from: [campaign, other].enumerated().map { index, text in
            FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a\(index).txt"))
        })
        #expect(generation.stories == [["a0.txt", "a1.txt"]], "the two articles are not one story: the case tests nothing")
        let item = try #require(generation.bank.items.first { $0.kind == .whoSaid && $0.prompt.contains("chipping away") })
        #expect(item.answer == .text("Mira Holt"))
        #expect(item.choices == nil, "\(item.choices ?? [])")
        #expect(item.accept == ["Holt"])
    }

    @Test func aSurnameUsedAsAModifierLeavesItsBearerAPerson() throws {
        // "the Varga campaign" once made "Varga" an organisation, so Lena Varga was no
        // person's choice beside Mira Holt.
        let text = Self.article(
            headline: "Varga and her manager on the road",
            "\"We will win the western provinces by a wide margin in the spring,\" said Senator Lena Varga.",
            "The Varga campaign has opened 40 offices in the western provinces since March.",
            "\"Every volunteer we have is knocking on doors in the western provinces today,\" said Mira Holt, Varga's campaign manager.",
            "\"The senator has no path to the nomination after Tuesday's primaries in the north,\" said Aron Kask, a rival governor.")
        let choices = try Self.choices(ofQuoteWith: "knocking on doors", in: [text])
        #expect(choices.contains("Lena Varga"), "\(choices)")
    }

    @Test func aPersonNamedInPassingIsNoChoice() throws {
        // Readers struck Putin, named once in passing, as a choice for a White House
        // spokesman's line.
        let text = Self.article(
            headline: "Ostland warns over the northern vote",
            "\"Ostland is deeply concerned about rhetoric that seeks to divide the northern provinces,\" said Laura Varga, the government spokeswoman.",
            "\"The prime minister will have to work with whoever wins the northern provinces,\" said David Kask, a former envoy.",
            "\"Nobody in the capital expected the northern provinces to vote this way,\" said Sarah Holt, a historian.",
            "President Vladimir Putin of Russia was not mentioned in the statement.")
        let choices = try Self.choices(ofQuoteWith: "deeply concerned", in: [text])
        #expect(!choices.contains("Vladimir Putin"), "\(choices)")
        #expect(Set(choices) == ["Laura Varga", "David Kask", "Sarah Holt"], "\(choices)")
    }
}
