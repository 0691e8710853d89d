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

    @Test func oneSideOfADimensionIsASpecification() {
        // "a stainless-steel tank, measuring ____ by 18 feet at the top" keyed "40 feet" (both readers).
        let items = Self.items("Test stand fire delays Varna rocket",
                               "A fire at the Varna test stand will delay the rocket's first flight to December, chief executive Ivo Lind said on Tuesday.",
                               "Lind said a stainless-steel tank, measuring 40 feet by 18 feet at the top of the structure, had leaked hydrogen.")
        #expect(!items.contains { $0.answer.description == "40 feet" }, "\(items.map(\.prompt))")
    }

    @Test func oneLineOfAListOfBracketedChangesIsABreakdown() {
        // "… except for light cars (up 1.0%), SUV medium (up ____) and SUV large (up 7.4%)" (both readers).
        let items = Self.items("Ostland car sales fall 2.7% in July",
                               "New car sales in Ostland fell 2.7% in July to 83,976 vehicles, the Ostland Motor Federation said on Tuesday.",
                               "Sales in most of the passenger car and sports utility vehicle segments were down except for light cars (up 1.0%), SUV medium (up 8.1%) and SUV large (up 7.4%).")
        #expect(!items.contains { $0.answer.description == "8.1%" || $0.answer.description == "7.4%" || $0.answer.description == "1.0%" }, "\(items.map(\.prompt))")
    }

    @Test func theMomentAStatusWasReadIsNoEvent() {
        // "Voting results for nine Area Councillor vacancies were still pending on Monday, ____."
        // keyed "November 14", the day of publication (both readers).
        let items = Self.items("Stone elected mayor of Varna",
                               "Phill Stone was elected mayor of Varna on Saturday, November 12, beating Tom Antony by 3399 votes to 3168.",
                               "Steel city residents mailed in 6567 valid postal ballots to help decide who should run the Varna council.",
                               "Voting results for nine Area Councillor vacancies were still pending on Monday, November 14.")
        #expect(!items.contains { $0.answer.description == "November 14" }, "\(items.map(\.prompt))")
    }

    @Test func aNumberGluedIntoACompoundWordIsNoFigure() {
        // "____, Dulanjalee Ranasinghe created history by winning …" keyed
        // "Sixteen-year-schoolgirl" (both readers, sets 221–224).
        let items = Self.items("Schoolgirl Dulanjalee creates high jump history - wins gold medal",
                               "Sixteen-year-schoolgirl, Dulanjalee Ranasinghe created history by winning women's high jump gold for Ostland on the second day of the athletic competition at Varna Stadium on Friday.",
                               "Ranasinghe, a student at Devi Balika Vidyalaya, cleared an impressive height of 1.71m to take the gold medal.")
        #expect(!items.contains { $0.answer.description.lowercased().contains("schoolgirl") }, "\(items.map(\.prompt))")
    }

    @Test func anAmountWrittenTwiceInItsSentenceIsGivenAway() {
        // "… emergency aid of up to ____ for every affected family and another 2 thousand for
        // the families who lost people" keyed "2 thousand Euros" (both readers, sets 225–228).
        let items = Self.items("Aid for people affected by floods in Varna",
                               "In a special meeting on Monday, the Ostland government approved emergency aid of up to 2 thousand Euros for every affected family and another 2 thousand for the families who lost people, Prime Minister Ivo Lind announced.")
        #expect(!items.contains { $0.kind == .figure && $0.answer.description.hasPrefix("2 thousand") }, "\(items.map(\.prompt))")
    }

    @Test func aConversionRightAfterTheFigureGivesItAway() {
        // "air conditioning is only permitted when the forecast temperature exceeds ____°C
        // (82.4°F)" keyed "28" (both readers, sets 229–232).
        let items = Self.items("Varna schools swelter without air conditioning",
                               "Under current Varna education board rules, air conditioning in exam rooms is only permitted when the forecast temperature exceeds 28°C (82.4°F), the board's head Ivo Lind said.")
        #expect(!items.contains { $0.kind == .figure && $0.answer.description.hasPrefix("28") }, "\(items.map(\.prompt))")
    }

    @Test func aDayOfTheMonthIsNoFigure() {
        // "On the ____, Mr. A, a store owner met at a convenience store …, said" keyed "14th"
        // with choices 14th–17th (both readers, sets 229–232).
        let items = Self.items("Varna store owners squeezed by minimum wage",
                               "[Varna News] \"The burden of labor costs is so great that I work 14 hours a day myself.\"",
                               "On the 14th, Mr. A, a store owner met at a convenience store in Gangnam, Varna, said, \"I thought the convenience store margin would have increased as much as prices have risen, but profits have actually decreased,\" he lamented.")
        #expect(!items.contains { $0.answer.description == "14th" }, "\(items.map(\.prompt))")
    }
}
