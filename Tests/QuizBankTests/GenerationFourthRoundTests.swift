import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What blind readers failed on session 11's first unseen set (30 articles from 21 outlets),
/// in invented sentences: a name filled into a prompt that was a place, a refusal to comment
/// asked as who-said, a place's population in passing, and sentences that point back ("By
/// then", "the plant").
@Suite struct GenerationFourthRoundTests {
    static func bank(_ paragraphs: String...) -> [Item] {
        let text = "---\nsource: Ostland Herald\npublished: 2025-11-28\n---\nOstland in brief\n\n" + paragraphs.joined(separator: "\n\n")
        return QuestionGenerator().bank(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a.txt"))]).items
    }

    @Test func aPlaceIsNeverWrittenOutAsAGroupNamedAfterIt() {
        let items = Self.bank(
            "Croatia will pay 2.5 billion euros into the European Union's budget by 2030, Finance Minister Vesna Kask said in Zagreb.",
            "\"In the history of a nation, there are few days such as this one,\" President Ivo Lind said in Varna.",
            "But protest movement Occupy Croatia argued in a statement that \"the union is not a solution to our problems in Varna.\"")
        #expect(!items.contains { $0.prompt.contains("Occupy Croatia will pay") }, "\(items.map(\.prompt))")
        #expect(items.contains { $0.prompt.contains("Croatia will pay") }, "\(items.map(\.prompt))")
        #expect(!items.contains { ($0.choices ?? []).contains("Occupy Croatia") && $0.kind == .whoSaid && $0.answer.description == "Occupy Croatia" })
    }

    @Test func aRefusalToCommentIsNoWhoSaidItem() {
        let items = Self.bank(
            "Varnia Media said on Wednesday it would close its music player after 15 years in Ostland.",
            "Doug Kask, a Varnia Media spokesman, told the Herald: \"We decline to comment beyond the note posted on the site earlier this week.\"",
            "\"Varnia Media built the best player anyone ever made for Ostland's computers,\" said Laura Varga, its first manager.")
        #expect(!items.contains { $0.kind == .whoSaid && $0.prompt.contains("decline to comment") }, "\(items.map(\.prompt))")
        #expect(items.contains { $0.kind == .whoSaid && $0.prompt.contains("best player") })
    }

    @Test func aPlacesPopulationInPassingIsNotAsked() {
        let items = Self.bank(
            "Thirteen people were killed on Friday when a gunman opened fire in Varna, a town of some 45,000 people about 150 miles north of the capital, police chief Ivo Lind said.")
        #expect(!items.contains { $0.answer.description == "45,000" }, "\(items.map(\.prompt))")
        #expect(items.contains { $0.answer.description.lowercased().hasPrefix("thirteen") || $0.answer.description == "13" }, "\(items.map(\.prompt))")
    }

    @Test func aTimeSetByAnEarlierSentenceIsNotAsked() {
        let items = Self.bank(
            "An Ostland state trooper stopped chasing the governor's car near Varna on Tuesday, Police Chief Ivo Lind said.",
            "By then, the car had traveled through three counties and covered 15 miles at more than 80 mph, Lind said.")
        #expect(!items.contains { $0.prompt.hasPrefix("Fill in the figure: “By then") }, "\(items.map(\.prompt))")
    }

    @Test func thePlantAHeadlineDoesNotNameIsNotAsked() {
        let items = Self.bank(
            "Varnia Appliances said on Monday it would cut 500 jobs in Ostland.",
            "Production at the plant, which employs 500 staff, will switch to Kesland after 2027, chief executive Laura Varga said.")
        #expect(!items.contains { $0.answer.description == "2027" }, "\(items.map(\.prompt))")
    }

    /// Session 11's second unseen set: "Richard Samuel McCroskey III" read with "III" as his
    /// surname left "McCroskey" to his sister, and an item keyed her for his words.
    @Test func aSurnameTwoPeopleShareIsNeverWrittenOutAsOneOfThem() {
        let items = Self.bank(
            "Richard Samuel Varga III, a 20-year-old singer from Varna, has been arrested in connection with the killings of four people in Ostland.",
            "His sister, Sarah Varga, said she had not heard from him in weeks. \"I want to hear his voice, I am so worried about him,\" Sarah Varga said.",
            "At 4 a.m. on Friday, September 18, tow-truck driver Ivo Lind was called out to Poor House Road to help Varga, whose car was stuck.",
            "When he was being led to jail, Varga told reporters, \"Nobody in Ostland will ever understand what I did in Varna.\"")
        #expect(!items.contains { $0.prompt.contains("help Sarah Varga") }, "\(items.map(\.prompt))")
        #expect(!items.contains { $0.prompt.contains("Nobody in Ostland") && $0.answer.description == "Sarah Varga" }, "\(items.map(\.prompt))")
    }

    /// Session 11's third unseen set: "take the ____" keyed "5th" with 4th, 6th and 8th as choices.
    @Test func theFifthAmendmentAsATurnOfPhraseIsNoFigure() {
        let text = "---\nsource: Ostland Herald\npublished: 2025-11-28\n---\nOstland in brief\n\n"
            + "President Ivo Lind of Ostland demanded on Thursday to know who paid for the dossier about him.\n\n"
            + "\"Workers of the firm involved with the discredited and fake dossier take the 5th,\" Lind tweeted on Thursday."
        let generation = QuestionGenerator().generate(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a.txt"))],
                                                      options: GenerationOptions(maxPerArticle: 6))
        #expect(!generation.bank.items.contains { $0.kind == .figure && $0.answer.description == "5th" })
        #expect(generation.skipped.contains { $0.fact.contains("5th") && $0.reason.contains("Fifth Amendment") }, "\(generation.skipped.map(\.reason))")
    }

    /// "The Obama administration estimated that those conflicts of interest cost Americans $17
    /// billion a year": which conflicts, the claim does not say.
    @Test func thoseOrTheseBeforeAPluralPointsBack() {
        #expect(PromptText.unresolvedReference("The Ostland government estimated that those conflicts of interest cost savers $17 billion a year.") != nil)
        #expect(PromptText.unresolvedReference("The Ostland government estimated that conflicts of interest cost savers $17 billion a year.") == nil)
    }
}
