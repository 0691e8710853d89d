import Testing
@testable import FactExtraction

/// Session 25's attribution fixes, from sets 233–239 (Middle East and North Africa, farm
/// press, maritime press, the Caribbean, the Nordic countries, US statehouses, education
/// press) and from PolNeAR train. The sentences are invented.
@Suite struct UnseenRoundTwentyFiveTests {
    func speakers(_ body: String) -> [String?] {
        FactExtractor.facts(in: ArticleParser.parse("Headline of a story\n\n" + body, fileName: "a.txt")).quotes.map(\.speaker)
    }

    @Test func aNameSetOffByAnotherIsAPerson() {
        // Set 233: "Ayman, another Tunisian, said … He also said, “…”" went to the man quoted
        // before him: one given name is a person only with a description after it.
        let body = "Samir, a Tunisian citizen, complained of the lack of bread saying, \u{201C}We often return home without it.\u{201D}\n\n"
            + "Karim, another Tunisian, said there are always queues outside bakeries. He also said, \u{201C}There is no flour either.\u{201D}"
        #expect(speakers(body) == ["Samir", "Karim"])
    }

    @Test func aNameSetOffByItsPostIsAPersonWhoSpeaks() {
        // Set 234: "Virginia Houston, director of government affairs at …, spoke of the pain
        // that soybean growers felt. “…”" went to the speaker of the paragraph before.
        let body = "Dana Velter, a former trade negotiator, said the sector is losing trust. \u{201C}I think those tariffs do have an impact on trust.\u{201D}\n\n"
            + "Carolina Hewson, director of government affairs at the Soybean Council, spoke of the pain that growers felt during the last trade war. "
            + "\u{201C}Soy is the poster child for retaliation, which I don't recommend for anyone.\u{201D}"
        #expect(speakers(body) == ["Dana Velter", "Carolina Hewson"])
    }

    @Test func aSentenceThatIntroducesSomeoneHandsThemTheQuote() {
        // Set 238: "Senator Evan Goyke of Milwaukee is a Democrat on the Joint Finance
        // Committee. “They’re very good at saying ‘no.’ …”" went to the last paragraph's speaker.
        let body = "\u{201C}We will build a budget that is a good budget,\u{201D} said committee co-chair Representative Mark Borden.\n\n"
            + "Senator Evan Gough of Milwaukee is a Democrat on the finance committee. "
            + "\u{201C}They are very good at saying no. And they are incapable of saying what their alternative is.\u{201D}"
        #expect(speakers(body) == ["Mark Borden", "Evan Gough"])
    }

    @Test func aNameJoinedToAPrepositionsObjectIsAPlace() {
        // Set 236: "Dames’ comments come weeks after Dorian flattened parts of Abaco and Grand
        // Bahama, leaving thousands homeless. ¶ “…,” he said." went to "Grand Bahama".
        let body = "Minister of National Security Marvin Dale warned that there is \u{201C}no open season\u{201D} for crime.\n\n"
            + "Dale\u{2019} comments come weeks after the storm flattened parts of Abaco and Grand Bahama, leaving thousands homeless.\n\n"
            + "\u{201C}It is very important that we understand that we are in a crisis,\u{201D} he said at the police headquarters."
        #expect(speakers(body) == ["Marvin Dale", "Marvin Dale"])
    }

    @Test func aSurnameAfterAMiddleInitialIsTheWholeName() {
        // PolNeAR train: "Michael J. Petrilli, president of …" then "Petrilli said" gave
        // "Petrilli" alone, and "Harry M. Reid" came out as "Reid" forty times over.
        let body = "Michael J. Pettersen, president of the Fordham Trust, tied those scores to graduation rates.\n\n"
            + "\u{201C}We need to be humble about how much we know about what works,\u{201D} Pettersen said."
        #expect(speakers(body) == ["Michael J Pettersen"])
    }

    @Test func aTitleTheSentenceTalksAboutIsNoOnesQuote() {
        // PolNeAR dev: "“American Skin (41 Shots)” was written by Springsteen after …" took
        // the last speaker, Mary J. Blige, by the quote-paragraph rule.
        let body = "Mary J. Blake sings to the senator before asking her, \u{201C}I just want to know, where do we go from here?\u{201D}\n\n"
            + "\u{201C}Tin Drum (41 Days)\u{201D} was written by Stevens after the 1999 shooting in the city."
        #expect(speakers(body) == ["Mary J Blake", nil])
        // A longer quote so set is still the words of the person named before it.
        let speech = "Corbin, the defendant's attorney, argues that his client never encouraged violence. "
            + "\u{201C}The government is alleging that his calls asking people to come peacefully to the area\u{201D} were provoking violence."
        #expect(speakers(speech) == ["Corbin"])
    }

    @Test func aPronounAfterAnOpeningConjunctionSpeaksThroughItsParticiple() {
        // Set 238: "But he stopped short of threatening a veto, telling reporters that the bill
        // still “has a long ways to go.”" named no one ("He stopped …" did).
        let body = "Gov. Phil Scoville made it clear at a press conference Tuesday that he does not like the changes.\n\n"
            + "But he stopped short of threatening a veto, telling reporters that the bill still \u{201C}has a long ways to go.\u{201D}"
        #expect(speakers(body) == ["Phil Scoville"])
    }

    @Test func aPluralTheArticleAlsoWritesInLowerCaseIsNoOne() {
        // Set 240 (held out, read after it was measured): "Searches continued for nearly four
        // hours …" made "Searches" the speaker of the police statement's three quotes.
        let body = "Police launched search operations in Narwal this morning after a woman reported two suspects.\n\n"
            + "Searches continued for nearly four hours but no untoward movement was observed anywhere.\n\n"
            + "\u{201C}There has been complete combing of the area supported by the footage analysis.\u{201D}\n\n"
            + "People, however, said searches should continue in the area as a precaution."
        #expect(speakers(body).allSatisfy { $0 != "Searches" })
        // A group of people still speaks as one.
        let group = "Authorities said the damage was caused by \u{201C}acts of vandalism.\u{201D}\n\n"
            + "The authorities have asked residents for help."
        #expect(speakers(group) == ["Authorities"])
    }

    @Test func aPlaceAfterADescribedGroupIsWhereTheyLive() {
        // Set 240 (held out, read after it was measured): "“…,” one of the residents of
        // Mirmohalla said" gave the quote to the place.
        let body = "\u{201C}People came on roads to stop any attempt to arrest youth in the area,\u{201D} one of the residents of Mirnagar said."
        #expect(speakers(body) == ["one of the residents of Mirnagar"])
    }
}
