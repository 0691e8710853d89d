import Testing
@testable import FactExtraction

/// Session 18's attribution fixes, each from an error on unseen sets 98–104 (the US Pacific
/// Northwest, Mid-Atlantic and Appalachia, Canada's Atlantic provinces, Prairies and North,
/// Southern Africa and its islands, South Asia, Scotland, Wales, Northern Ireland and English
/// counties, specialist press), measured at the session's start before any was read. Most
/// wrong speakers were organisations given a "he" or "she". The sentences are invented.
@Suite struct UnseenRoundEighteenTests {
    func speakers(_ body: String) -> [String?] {
        FactExtractor.facts(in: ArticleParser.parse("Headline of a story\n\n" + body, fileName: "a.txt")).quotes.map(\.speaker)
    }

    @Test func aPaperNamedAfterTheIsNoHe() {
        let body = "Ivo Lind, the Labour group leader, spoke at the meeting. As the Ledger reported last week, bus routes could be cut. "
            + "He said: \u{201C}When this plan fell through our letter boxes we all came to the view it was devastating news.\u{201D}"
        #expect(speakers(body) == ["Ivo Lind"])
    }

    @Test func aSurnameBeforeItsNounAfterTheStillNamesAPerson() {
        // "the Lind campaign" is a person's; only "the Ledger" heading its phrase is a body.
        let body = "Ivo Lind told the Lind campaign staff to prepare for a recount.\n\n"
            + "\u{201C}We will count every vote again if we must,\u{201D} he said."
        #expect(speakers(body) == ["Ivo Lind"])
    }

    @Test func aLegislaturesMemberIsATitleBeforeTheName() {
        let body = "Ostland lost four seats at the council elections.\n\n"
            + "North Varna MLA Anna Berg said that the poll sent a message. She said: \u{201C}It shows that people have sent a clear signal of what they want.\u{201D}"
        #expect(speakers(body) == ["Anna Berg"])
        #expect(speakers("MSP Ivo Lind said: \u{201C}The ferry contract has failed the islands for a decade.\u{201D}") == ["Ivo Lind"])
    }

    @Test func aPartyInBracketsBesideACouncillorIsNotHe() {
        let body = "Ward councillor Ivo Lind (Varna East, Lib Dems) also spoke against the plan but said he did not oppose new homes.\n\n"
            + "He said: \"There are legitimate concerns about the density of houses in the plan.\""
        #expect(speakers(body) == ["Ivo Lind"])
    }

    @Test func anOrganisationIsNotTheSheOfTheNextQuote() {
        let asked = "Varna Weekly News asked Qaqqaq if the housing shortage in Ostland was a form of racism.\n\n"
            + "\u{201C}Absolutely,\u{201D} she said. \u{201C}The relationship between the government and the islanders has never been good.\u{201D}"
        #expect(!speakers(asked).contains("Varna Weekly News"))
        let hospital = "Mara Quill took up her post in June after years at Varna Children\u{2019}s Hospital and Ostland Medicine.\n\n"
            + "At Varna, \u{201C}we\u{2019}re looking at how to drive excellence so that we\u{2019}re a destination for patients,\u{201D} she noted."
        #expect(speakers(hospital) == ["Mara Quill"])
    }

    @Test func anAdverbOpeningItsSentenceIsNoName() {
        // The quote's own "said the source" is lost to a line break inside it; the adverb
        // that opens the paragraph before is still nobody.
        let body = "Surprisingly, the minister asked the guests to introduce themselves, according to sources.\n\n"
            + "\u{201C}After introductions were made, the minister spoke for a few minutes and said things at home are not\n"
            + "as bad as the papers report,\u{201D} said the source."
        #expect(!speakers(body).contains("Surprisingly"))
    }

    // Sets 105–111 (the US Gulf Coast and Great Lakes, Oceania, West Africa, Southeast Asia,
    // Europe's small English-language press, Indian states), measured at 280907c.

    @Test func aDatelinesPlaceIsNoHe() {
        let body = "Varna Bay, OSTLAND ISLANDS \u{2014} The senate committee heard from the islands on Monday about the harbour and roads.\n\n"
            + "\u{201C}The islands are very fragile with their infrastructure,\u{201D} he said."
        #expect(speakers(body) == [nil])
    }

    @Test func theNamesInAnOfficesPortfolioAreNoHe() {
        let body = "The Lower Varna member queried the appointment of chiefs by the Minister of Local Government, Lands and Regional Integration.\n\n"
            + "\u{201C}Why should the president appoint chiefs when he is elected by the people,\u{201D} he interjected."
        #expect(speakers(body) == [nil])
        // The holder named after the portfolio still speaks, and a clause after a comma is no portfolio.
        let holder = "Director of Planning, Environment and Place-making Mara Quill told councillors that the strategy was not finished.\n\n"
            + "\u{201C}It is not complete and we will be back to members with it,\u{201D} she said."
        #expect(speakers(holder).first??.hasSuffix("Mara Quill") == true)
        let clause = "At the University of Varna, Ivo Lind opened with a call for unity.\n\n\u{201C}We should seize that opportunity,\u{201D} he said."
        #expect(speakers(clause) == ["Ivo Lind"])
    }

    @Test func aSpeakerWhoEchoesTheSentimentSpeaksTheNextQuote() {
        let body = "\u{201C}While the water supply has improved, it is not enough for our growing village,\u{201D} Ivo Lind added.\n\n"
            + "Mara Quill, the local water pipe manager, echoed these sentiments. \u{201C}We are grateful to have water closer to us now, but one tank cannot meet the need.\u{201D}"
        #expect(speakers(body) == ["Ivo Lind", "Mara Quill"])
    }

    @Test func aPersonNamedAfterASentencesOpeningHeIsNotTheNextHe() {
        let body = "\u{201C}How many times do you need me to assure you that we are not raising the fees?\u{201D} Governor Ivo Lind asked.\n\n"
            + "He also came out in defence of the planning secretary, whose removal from office Senator Tomas Berg is seeking.\n\n"
            + "\u{201C}You can be hit left and right without facts. Please allow us to do our jobs,\u{201D} he urged."
        #expect(speakers(body) == ["Ivo Lind", "Ivo Lind"])
    }

    // The review of this session's change (invented articles, REPORT.md in the closing note).

    @Test func anOfficeOfOneWordAfterTheIsStillHe() {
        let body = "The Taoiseach met Ostland's finance minister, Ivo Lind, in Varna on Monday.\n\n"
            + "The Taoiseach said the two countries would work together on energy. \u{201C}We will build the interconnector together,\u{201D} he said."
        #expect(speakers(body).first! != "Ivo Lind")
        let placed = "Donna Rawlings, 59, of Ashton, who watched the ceremony on a screen on the Mall, said the event brought back memories.\n\n"
            + "\u{201C}I had to step back and think about all the people who were not here,\u{201D} she said."
        #expect(speakers(placed) == ["Donna Rawlings"])
    }

    @Test func aPortfoliosHolderNamedRightAfterItIsAPerson() {
        let body = "Minister of Lands and Natural Resources Tatenda Haimbe, who toured the farms on Monday, said the land would be returned.\n\n"
            + "\u{201C}Every family will have its plot back before the rains,\u{201D} he said."
        // Both quotes are his (the name may keep the portfolio's last words when his given name
        // is not one the lexicon knows; the generator asks no item over such a name).
        let found = speakers(body)
        #expect(found.count == 1 && found[0]?.hasSuffix("Tatenda Haimbe") == true, "\(found)")
    }

    @Test func aTownAfterAReadersNameIsNoDateline() {
        let body = "Readers told us what they think of the plan.\n\nMaria Lopez, Phoenix \u{2014} \u{201C}Fund the libraries and the clinics before anything else.\u{201D}\n\n"
            + "\u{201C}The city cannot keep borrowing to pay for pensions,\u{201D} she said."
        #expect(speakers(body).last! == "Maria Lopez")
    }

    // Sets 119–125, measured at eb50006.

    @Test func aRegionNamedByItsCompassPointIsNoHe() {
        let body = "Mayor Ivo Lind said the South Varna councils were opposed to the plan.\n\n"
            + "South Varna has three councils and they work well together.\n\n"
            + "He said a merger would not even be cheaper. \"We have yet to see any savings from the Ostland super city.\""
        #expect(speakers(body) == ["Ivo Lind"])
    }

    @Test func aTownInCapitalsBeforeItsStateAndStationIsADateline() {
        let body = "VARNA, Tenn. (WKRN) \u{2014} Neighbours in East Varna are calling a proposal before the council next week \u{201C}a dangerous precedent.\u{201D}"
        #expect(speakers(body) == [nil])
    }

    @Test func aJobWrittenBeforeTheNameIsNoPartOfIt() {
        #expect(speakers("\u{201C}Residents should have a plan before the storm arrives,\u{201D} said EMA Specialist Jenna Chang.") == ["Jenna Chang"])
    }

    @Test func lakhsAndCroresAreReadWhileADecimalCommaIsNot() {
        let facts = FactExtractor.facts(in: ArticleParser.parse(
            "Headline\n\nThe district has allotted Rs 1,25,000 to each of the 3,200 families, and 12,50,000 saplings were planted, "
                + "officials said. The agency said 3,9 million people need aid.", fileName: "a.txt"))
        let values = facts.figures.compactMap { figure -> Double? in
            if case .number(let value) = figure.value { return value }
            return nil
        }
        #expect(values.contains(125_000) && values.contains(1_250_000) && values.contains(3_200), "\(facts.figures.map(\.text))")
        #expect(!values.contains(39_000_000), "\(facts.figures.map(\.text))")
    }

    @Test func anAcronymsDescriptionBeforeADashIsNoDateline() {
        // The second review's wrong key: the aside's name took the quote.
        let body = "UNICEF, the UN children\u{2019}s agency \u{2014} whose chief Mara Quill visited Varna last week \u{2014} said: "
            + "\u{201C}Children are dying every day in the camps around Varna.\u{201D}"
        #expect(!speakers(body).contains("Mara Quill"))
    }

    @Test func aNameInsideADashedAsideIsNotTheSubjectBeforeIt() {
        // From the second review; "— which Health Secretary X met —" is in session 19's tests.
        let body = "VTU, the teachers\u{2019} union \u{2014} led by Ivo Lind \u{2014} said: \u{201C}We will not accept another broken promise from the commission.\u{201D}"
        #expect(!speakers(body).contains("Ivo Lind"))
    }
}
