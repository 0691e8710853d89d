import Testing
@testable import FactExtraction
@testable import QuizBank
import TextMachinery

/// What blind readers failed in session 20's PolNeAR samples (seeds 2001 and 2002), in
/// invented sentences: Election Day asked as a date, and a reverend's surname refused as an
/// answer because "the Rev." read as an organisation's "the".
@Suite struct GenerationTwentySecondRoundTests {
    static func generation(_ paragraphs: [String], published: String = "2016-10-02") -> Generation {
        let text = "---\nsource: Ostland Ledger\npublished: \(published)\n---\nVoters weigh the race after the debate\n\n"
            + paragraphs.joined(separator: "\n\n")
        let facts = FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a.txt"))
        return QuestionGenerator().generate(title: "t", from: [facts], options: GenerationOptions(maxPerArticle: 40, source: nil))
    }

    @Test func electionDayIsNotAskedAsADate() {
        // "Most Americans are already set in stone about their choice on ____" (Nov. 8, 2016):
        // both readers, in four samples, called it a date every reader knows.
        let generation = Self.generation([
            "Most voters in Ostland County are already set in stone about their choice on Nov. 8, the county's election board said.",
            "Ostland County Council will meet on Nov. 15 to certify the new voting machines, officials said.",
        ])
        let dates = generation.bank.items.filter { $0.kind == .date }.map(\.answer.description)
        #expect(!dates.contains("Nov. 8"), "\(dates)")
        #expect(generation.skipped.contains { $0.fact == "Nov. 8" && $0.reason.contains("Election Day") }, "\(generation.skipped.map(\.reason))")
        // Another day of the same story is still asked.
        #expect(dates.contains("Nov. 15"), "\(dates)")
        // The same day in an odd year is no general election.
        #expect(!Context.isUSElectionDay(CalendarDay(year: 2017, month: 11, day: 7)))
        #expect(Context.isUSElectionDay(CalendarDay(year: 2024, month: 11, day: 5)))
        #expect(!Context.isUSElectionDay(CalendarDay(year: 2016, month: 11, day: 1)))
    }

    @Test func aReverendsSurnameIsAnAcceptedAnswer() {
        // "the Rev. Al Sharpton … Mr. Sharpton said": "Sharpton" was refused, both readers.
        let generation = Self.generation([
            "By 9 a.m. Sunday, the Rev. Al Sharpton began taking calls from listeners to his radio program.",
            "\u{201C}Making not voting an insult to the president is a shot in the arm,\u{201D} Mr. Sharpton said in an interview.",
        ])
        let whoSaid = generation.bank.items.filter { $0.kind == .whoSaid }
        #expect(whoSaid.count == 1)
        #expect(whoSaid.first?.answer.description == "Al Sharpton")
        #expect(whoSaid.first?.accept == ["Sharpton"], "\(whoSaid.map(\.accept))")
    }
}
