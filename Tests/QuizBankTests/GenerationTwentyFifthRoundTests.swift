import FactExtraction
import Testing
@testable import QuizBank

/// What blind readers failed in session 24's unseen bank (sets 213–220, whole), in invented
/// sentences.
@Suite struct GenerationTwentyFifthRoundTests {
    static func items(source: String = "Ostland Herald", _ headline: String, _ paragraphs: String...) -> [Item] {
        GenerationTwentyThirdRoundTests.items(source: source, headline, paragraphs)
    }

    @Test func theSpanAResultIsReportedOverIsNoFinding() {
        // "… edged down … for the first time in 12 years in the ____ to February 27" keyed
        // "24 weeks" (both readers: the report's period, not a fact).
        let items = Self.items("Varna Stores sales slip for the first time in 12 years",
                               "Varna Stores' interim like-for-likes edged down overall, although by less than 1%, for the first time in 12 years in the 24 weeks to February 27.",
                               "Finance director Marek Varga said sales were weak in Ostland, the retailer's biggest market.")
        #expect(!items.contains { $0.answer.description == "24 weeks" }, "\(items.map(\.prompt))")
    }

    @Test func aRangeOfDaysIsAskedWhole() {
        // "On ____–6, heavy rainfall … caused a dam … to collapse" keyed "April 5" (reader A).
        let items = Self.items("Dam bursts in Varna",
                               "On April 5\u{2013}6, heavy rainfall caused a dam near Varna to collapse in two places, the Ostland emergencies ministry said.")
        #expect(!items.contains { $0.prompt.contains("____\u{2013}6") }, "\(items.map(\.prompt))")
    }
}
