import Testing
@testable import FactExtraction

/// Session 26's fixes, from sets 245–250 (Latin America, South Asia, Central and Southern
/// Africa, Western Europe, regional Australia and New Zealand, US cities) and their blind
/// readers. The sentences are invented.
@Suite struct UnseenRoundTwentySixTests {
    func speakers(_ body: String) -> [String?] {
        FactExtractor.facts(in: ArticleParser.parse("Headline of a story\n\n" + body, fileName: "a.txt")).quotes.map(\.speaker)
    }

    @Test(arguments: [
        // Set 247: "RESIDENTS of Lusaka’s Matero Township have hailed ZESCO …" was cited as the
        // headline: a regional paper sets a lede's first words in capitals.
        "RESIDENTS of Kestel have hailed the water board for shorter cuts in their area.",
        "TENSIONS BETWEEN councillors in the Kestel district are reaching new heights.",
        "A COUNTY councillor has demanded that police meet a Kestel residents' group.",
        // A dateline opens a lede, never a headline.
        "KESTEL, Ost. -- The Kestel council is moving forward with two projects.",
        "VARNA, Oct 18: Farmers are worried after the rain damaged their crop.",
    ])
    func aShortFirstLineThatOpensAsALedeIsNoHeadline(_ lede: String) {
        let article = ArticleParser.parse(lede + "\n\nThe council meets again on Monday to decide.", fileName: "a.txt")
        #expect(article.title == nil)
    }

    @Test(arguments: [
        "EXCLUSIVE – Ivan Kolar: Don’t Trust the Voting Machines.",
        "'SNL' has fun with Kolar's struggles.",
        "NATO says it will send observers to Varna.",
        "Kolar Says He Never Pledged To Close The Border.",
    ])
    func aHeadlineEndingOnAFullStopStaysTheHeadline(_ headline: String) {
        let article = ArticleParser.parse(headline + "\n\nThe council meets again on Monday to decide.", fileName: "a.txt")
        #expect(article.title == headline)
    }

    @Test func aPlaceInCapitalsOpeningALedeIsNoOrganisationThatSpeaks() {
        // Set 114, once its lede was read as one: "MERSEYSIDE council leaders have condemned
        // … plan to “consign them to oblivion”" gave the quote to "MERSEYSIDE", taken for
        // an acronym; the article writes "Merseyside" too.
        let text = "VARNIA council leaders have condemned former Kestel leader Ivan Kolar's plan to \u{201C}consign them to oblivion\u{201D}.\n\n"
            + "The plan would merge the five Varnia councils into one."
        let quotes = FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a.txt")).quotes
        #expect(quotes.count == 1)
        #expect(quotes.allSatisfy { $0.speaker != "VARNIA" }, "\(quotes.map(\.speaker))")
    }

    @Test func aNameAfterAParticipleIsNoInvertedSpeaker() {
        // Set 245: "the Clinton administration "decertified" Colombia …, saying its efforts
        // were inadequate and lumping it with … Afghanistan, Burma, Syria" gave the word to Burma.
        let body = "In February, the Varnian government \u{201C}decertified\u{201D} Ostland for the second year in a row, saying its efforts "
            + "to fight smuggling were inadequate and lumping it with other nations such as Afghanistan, Burma, Syria and Iran."
        #expect(speakers(body) == [nil])
    }

    @Test func whoSaidAfterAPrepositionsObjectIsNotTheSentencesSubject() {
        // Set 248: "Georges Ferrero, mayor of …, confirmed he had received two complaints from
        // tourists staying in the area, who said they could “no longer stand” the noise" gave
        // the tourists' words to the mayor.
        let body = "Ivan Kolar, mayor of the small town of Brisa, confirmed he had received two complaints from tourists staying "
            + "in the area, who said they could \u{201C}no longer stand\u{201D} the noise from the insects.\n\n"
            + "The mayor received more letters from visitors, who said they could \u{201C}not sleep at all\u{201D} at night."
        #expect(speakers(body) == [nil, nil])
        // A person before "who" is still the one who speaks, and so is a name's appositive.
        let named = "\u{201C}The stations could already be opened,\u{201D} said the mayor, who explained that he was \u{201C}not against buses\u{201D} either.\n\n"
            + "Petra Marsh, a Kestel native who writes fiction on the side, calls it a place \u{201C}where the loser becomes the main course\u{201D} in her stories."
        #expect(speakers(named) == ["the mayor", "the mayor", "Petra Marsh"])
    }

    @Test func whatIsCalledByATitleIsNamedNotQuoted() {
        // Set 250: "Kevin Muhammad … delivered a message that he called "The People's State of
        // the City"" was taken as his quote. A quoted judgement after "called" is still speech.
        let body = "On May 3, Ivan Kolar delivered a message that he called \u{201C}The People's State of the City\u{201D} to a packed council room.\n\n"
            + "Kolar called the plan \u{201C}a disgrace to the whole town\u{201D} on Monday."
        let quotes = FactExtractor.facts(in: ArticleParser.parse("Headline of a story\n\n" + body, fileName: "a.txt")).quotes
        #expect(quotes.map(\.text) == ["a disgrace to the whole town"])
    }
}
