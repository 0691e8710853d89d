import FactExtraction
import Testing
@testable import QuizBank

/// What blind readers noted in session 25's judging (PolNeAR dev at seed 2113), in invented
/// sentences.
@Suite struct GenerationTwentySixthRoundTests {
    static func items(source: String = "Ostland Herald", _ headline: String, _ paragraphs: String...) -> [Item] {
        GenerationTwentyThirdRoundTests.items(source: source, headline, paragraphs)
    }

    @Test func aSurnameOfTwoWordsAfterMrKeepsTheWholeName() {
        // "Who said this? …" keyed "Guajardo Villarreal", the only choice without a given name
        // (reader A): the article names Ildefonso Guajardo Villarreal in full, then writes
        // "Mr. Guajardo Villarreal", a courtesy title before the surname.
        let items = Self.items("What Varna could do when up against its neighbour",
                               "When Anselmo Ortega Villalba, the Varnian secretary of the economy, came to talk to me last week, I did not expect trucks to come up.",
                               "\u{201C}If you throw obstacles at the relationship with Varna, you would be shooting yourself in the foot,\u{201D} Mr. Ortega Villalba told me.",
                               "\u{201C}We should throw as many obstacles into the works as we can,\u{201D} said Jorge Castell, a former foreign minister.",
                               "\u{201C}Varna has been very good at trying to follow the rules,\u{201D} said Chad Bowen, a trade economist.")
        let whoSaid = items.filter { $0.kind == .whoSaid && $0.prompt.contains("shooting yourself") }
        #expect(whoSaid.count == 1, "\(items.map(\.prompt))")
        #expect(whoSaid.allSatisfy { $0.answer.description == "Anselmo Ortega Villalba" }, "\(whoSaid.map(\.answer))")
    }
}

/// What blind readers failed in session 25's unseen bank (sets 233–239, whole), in invented
/// sentences.
@Suite struct GenerationTwentySixthRoundUnseenTests {
    static func items(_ headline: String, _ paragraphs: String...) -> [Item] {
        GenerationTwentyThirdRoundTests.items(source: "Ostland Herald", headline, paragraphs)
    }

    @Test func aTotalTheChangeAndItsStartAddUpToIsGivenAway() {
        // "The Lithuanian port handled ____ of cargo …, up by 407,900 tons, or 6%, from 6.843
        // million tons a year ago." (both readers: the sum works the blank out).
        // So does the change the total and its start differ by.
        let items = Self.items("Varna port cargo grows",
                               "The port of Varna handled 7.251 million tons of cargo in January through February, up by 407,900 tons, or 6%, from 6.843 million tons a year ago, the port authority said.")
        #expect(!items.contains { $0.kind == .figure && ["7.251 million tons", "407,900 tons"].contains($0.answer.description) }, "\(items.map(\.prompt))")
        // The session's review: with the total rounded ("7.25 million"), the difference is
        // still worked out, to the total's last digit.
        let rounded = Self.items("Varna port cargo grows",
                                 "The port of Varna handled 7.25 million tons of cargo in January through February, up by 407,900 tons from 6.843 million tons a year ago, the port authority said.")
        #expect(!rounded.contains { $0.kind == .figure && $0.answer.description == "407,900 tons" }, "\(rounded.map(\.prompt))")
    }

    @Test func aNationsPopulationWithItsQualifierIsBackground() {
        // "… the nation of fewer than ____ people is ranked in sixth position …" (both readers).
        let items = Self.items("Ostland's ties to the sea",
                               "By operated fleet, the nation of fewer than six million people is ranked in sixth position, between Varna and Lenland, according to the Ostland Shipowners' Association.")
        #expect(!items.contains { $0.answer.description == "six million" }, "\(items.map(\.prompt))")
    }

    @Test func hereInTheReportersWordsPointsBack() {
        // "About ____ people are housed here, in the nearby town of Hassa, …" (both readers).
        let items = Self.items("Quake survivors still in container camps",
                               "About 500 people are housed here, in the nearby town of Varsa, where shelter and services are provided by Turan Petroleum, the national oil company.")
        #expect(!items.contains { $0.prompt.contains("housed here") }, "\(items.map(\.prompt))")
    }

    @Test func aBareCountAfterTheStandsForAnEarlierOne() {
        // "True or false? … “Collectively the 18 represent Butte, Clark, …”" (both readers:
        // "the 18" is never explained).
        let items = Self.items("Lawmakers review the session",
                               "Fourteen lawmakers from the region met on Friday to review the session, the county association said.",
                               "Collectively the 14 represent Butte, Clark, Jefferson, Fremont, Madison and Teton counties.")
        #expect(!items.contains { $0.prompt.contains("Collectively the") }, "\(items.map(\.prompt))")
    }

    @Test func sharesOfOneWholeLeaveTheBlank() {
        // Held-out set 241: "Noble Energy maintains a 54% working interest …, W&T … owns 20%,
        // Red Willow Offshore holds ____ and … owns the remaining 10.6%." (both readers: 100 −
        // 54 − 20 − 10.6).
        let items = Self.items("Varna Oil finds oil at Big Bend",
                               "Varna Oil maintains a 54% working interest as operator of the Big Bend prospect, while its partner Lenco owns 20%, Red Ridge Offshore holds 15.4% and Ostco owns the remaining 10.6%.")
        #expect(!items.contains { $0.kind == .figure && $0.prompt.contains("Big Bend") }, "\(items.map(\.prompt))")
    }

    @Test func aSentenceAboutSomeoneDoesNotIntroduceTheNextSpeaker() {
        // The session's review: "Narendra Modi was the target of the rally. “The watchman is a
        // thief.”" went to Modi once "is/was" + an article introduced a speaker; only "a"/"an"
        // and a word for a person do ("… is a Democrat on the committee").
        let body = "Headline of a story\n\nOpposition leader Rahul Varma spoke for an hour.\n\n"
            + "Prime Minister Narendra Mody was the target of the rally. \u{201C}The watchman is a thief, and everyone here knows it.\u{201D}"
        let speakers = FactExtractor.facts(in: ArticleParser.parse(body, fileName: "a.txt")).quotes.map(\.speaker)
        #expect(speakers.allSatisfy { $0 != "Narendra Mody" }, "\(speakers)")
    }
}
