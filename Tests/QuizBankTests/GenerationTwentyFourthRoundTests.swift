import FactExtraction
import Testing
@testable import QuizBank

/// What blind readers failed in session 23's first unseen bank (sets 197–204, whole), in
/// invented sentences.
@Suite struct GenerationTwentyFourthRoundTests {
    static func items(source: String = "Ostland Herald", _ headline: String, _ paragraphs: String...) -> [Item] {
        GenerationTwentyThirdRoundTests.items(source: source, headline, paragraphs)
    }

    @Test func anAgeWrittenWithoutHyphensIsStillAnAge() {
        // "the ____ old, whose only previous European Tour victory …" keyed "39 year" (both readers).
        let items = Self.items("Lind wins the Ostland Open",
                               "Ivo Lind won the Ostland Open on Sunday, taking home 500,000 euros.",
                               "After a weekend which saw no fewer than 45 changes of the lead, the 39 year old beat Marek Varga by a shot.")
        #expect(!items.contains { $0.answer.description.contains("year") }, "\(items.map(\.prompt))")
    }

    @Test func howLongAHistoryRunsIsBackground() {
        // "… to claim Great Race honours in its ____ history" keyed "60-year" (both readers).
        let items = Self.items("Lind and Varga win the Varna 500",
                               "Ivo Lind and Marek Varga won the Varna 500 on Sunday in front of 40,000 fans.",
                               "Lind and Varga became the second all-Ostland pairing to win the race in its 60-year history.")
        #expect(!items.contains { $0.answer.description == "60-year" }, "\(items.map(\.prompt))")
    }

    @Test func aNumberInABracketedNameInCapitalsIsNoFigure() {
        // "(THE EAGLE 106.9 & ____)": a station's frequency (both readers).
        let items = Self.items("Varna Media sells four stations",
                               "Varna Media has sold four radio stations to Ostland One for $25 million, the company said on Monday.",
                               "The stations include Classic Rock KVRN (THE EAGLE 106.9 & 107.5) and Classic Country KOST (COUNTRY LEGENDS 97.1).")
        #expect(!items.contains { ["107.5", "97.1", "106.9"].contains($0.answer.description) }, "\(items.map(\.prompt))")
    }

    @Test func aSentenceOnTheOutletsOwnReportingMakesNoClaim() {
        // "True or false? … Llanelli Herald reported: “The Herald spoke with Cllr Deryk Cundy
        // about the protest and asked why he is against the build of 240 homes.”" (both readers).
        let items = Self.items(source: "Varna Herald", "Protesters slam homes plan",
                               "Dozens of residents protested on Saturday against plans for new homes at Oak Farm in Varna.",
                               "The Herald spoke with Cllr Ivo Lind about the protest and asked why he is against the build of 240 homes.")
        #expect(!items.contains { $0.kind == .claim && $0.prompt.contains("The Herald spoke") }, "\(items.map(\.prompt))")
    }

    @Test func howLongSomeoneHasServedIsTrivia() {
        // "has been a CPA for more than ____" (both readers) is a tenure; "has been a part of
        // the festival for 40 years", of the festival's veteran, was the story (both readers).
        let items = Self.items("Tax preparers want a later tax day",
                               "A petition asking Congress to move tax day from April 15 has drawn more than 3,000 signatures.",
                               "The petition's creator, Ann Lind, has served as treasurer of the Varna Society for 20 years.")
        #expect(!items.contains { $0.answer.description == "20 years" }, "\(items.map(\.prompt))")
    }

    @Test func aShareWrittenAsAFractionTakesItsPercentToo() throws {
        // PolNeAR dev, seed 2109: "Less than ____ of Hillary Clinton's campaign donors" keyed
        // "a quarter" accepted "0.25" but marked "25 percent" wrong.
        let items = Self.items("Lind's donors are mostly wealthy, filings show",
                               "Less than a quarter of Ann Lind's campaign donors are small-dollar donors who pitch in $200 or less, according to filings released on Monday by the Varna election commission.",
                               "The filings show that Lind raised $4.2 million in the quarter, most of it from donors who gave the maximum allowed.")
        let item = try #require(items.first { $0.answer.description == "a quarter" }, "\(items.map(\.prompt))")
        let matcher = AnswerMatcher()
        for given in ["25 percent", "25%", "a quarter", "0.25"] { #expect(matcher.verdict(for: given, against: item).isCorrect, "\(given)") }
        #expect(!matcher.verdict(for: "30 percent", against: item).isCorrect)
    }

    @Test func aDatelineOpenedByItsWeekdayIsNoDateToAsk() {
        // Sets 209–212, both readers: "Sunday, ____ – Lamu County Governor Issa Timamy has said …"
        // asked the article's own dateline.
        let items = Self.items("Governor pledges better health care",
                               "Sunday, December 4, 2022 – Varna County Governor Ivo Lind has said he will concentrate on health care during his tenure in office.",
                               "Lind said the county would hire 200 nurses next year and build three clinics.")
        #expect(!items.contains { $0.kind == .date && $0.answer.description.contains("December 4") }, "\(items.map(\.prompt))")
    }
}
