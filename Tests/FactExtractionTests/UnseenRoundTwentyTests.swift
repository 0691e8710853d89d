import Testing
@testable import FactExtraction

/// Session 20's attribution fixes, from sets 145–152 (measured at a352c35 before their errors
/// were read). The sentences are invented.
@Suite struct UnseenRoundTwentyTests {
    func speakers(_ body: String) -> [String?] {
        FactExtractor.facts(in: ArticleParser.parse("Headline of a story\n\n" + body, fileName: "a.txt")).quotes.map(\.speaker)
    }

    @Test func capitalisedWordsBeforeANumberNameAThingNotAPerson() {
        // Set 152: "Light Rail Stage 4, from Burleigh Heads to the border, is one of the city's
        // most contentious issues" made "Light Rail Stage" the "he" of the mayor's quote.
        let body = "Varna Mayor Ivo Lind says he is keen.\n\n"
            + "Metro Line Stage 4, from the harbour to the airport, is one of the city\u{2019}s most contentious issues.\n\n"
            + "Critics have called for a halt to the proposal.\n\n"
            + "\u{201C}That is what democracy is all about,\u{201D} he said."
        #expect(!speakers(body).contains("Metro Line Stage"))
        // A name set off by a comma before a number is still a name.
        #expect(speakers("\u{201C}We will build it,\u{201D} said Ivo Lind, 54, a councillor.") == ["Ivo Lind"])
        // "Tim Canova's 43 percent" is a person's share.
        #expect(speakers("Ivo Lind\u{2019}s 43 percent was a surprise.\n\n\u{201C}We came a long way,\u{201D} Lind said.") == ["Ivo Lind"])
    }

    @Test func aDateAfterTheVerbIsNoInvertedSubject() {
        // Set 145: "…,” Alex Wagner, assistant secretary of the Air Force, said April 9 at the
        // Association of Defense Communities’ National Summit" went to the association.
        let body = "\u{201C}We are focused on making it work quickly,\u{201D} Ivo Lind, assistant secretary of the Ostland Navy, "
            + "said April 9 at the Association of Harbour Towns\u{2019} National Summit."
        #expect(speakers(body) == ["Ivo Lind"])
        #expect(speakers("\u{201C}We will win this,\u{201D} said April Varga, the team\u{2019}s captain.").first??.hasSuffix("Varga") == true)
    }

    @Test func provincialAndBoardOfficesBeforeANameAreTitles() {
        // Set 147: "KZN Cooperative Governance MEC Sipho Hlomuka said: “…,” he confirmed" went
        // to a woman named a paragraph before; set 144: "Chairperson George Nona" in a key.
        let mec = "Anna Varga, who was also affected, said she had looked for help.\n\n"
            + "Ostland Cooperative Governance MEC Ivo Lind said: \u{201C}We lost a number of lives already,\u{201D} he confirmed."
        #expect(speakers(mec).last == "Ivo Lind")
        let chair = "Harbour Authority Chairperson Ivo Lind welcomed the new group.\n\n\u{201C}Fisheries are the lifeblood of our towns,\u{201D} Mr Lind said."
        #expect(speakers(chair) == ["Ivo Lind"])
    }

    @Test func aMonthBeforeAnEventsNameAndANameBeforeAScoreStayNames() {
        // From the review: "said January 6 committee chairman Bennie Thompson" lost its
        // speaker, and "beat Coco Gauff 6-4" its given name, under first drafts of the rules above.
        #expect(speakers("\u{201C}The evidence is clear,\u{201D} said January 6 committee chairman Ivo Lind.").first??.hasSuffix("Ivo Lind") == true)
        let tennis = "Anna Varga beat Mira Kovic 6-4, 7-5 on Saturday.\n\n\u{201C}I had my chances and I did not take them,\u{201D} Kovic said."
        #expect(speakers(tennis) == ["Mira Kovic"])
    }

    @Test func forcesRankAbbreviationsAreTitles() {
        // Set 145: "LTGEN Stuart explains" gave the key "LTGEN Stuart".
        let body = "ADM spoke with the Chief of Army, Lieutenant General Ivo Lind, about the year ahead.\n\n"
            + "\u{201C}The symposium is really about the human face of battle,\u{201D} LTGEN Lind explains."
        #expect(speakers(body) == ["Ivo Lind"])
    }

    // Sets 153–160, measured at 03324c5 before their errors were read.

    @Test func aLegislatorsPartyAndTownAreNoSpeaker() {
        // "Rep. John King, D-Rock Hill, said" gave "D-Rock Hill".
        #expect(speakers("\u{201C}I hope the majority will listen to the minority,\u{201D} Rep. Ivo Lind, D-Rock Hill, said.") == ["Ivo Lind"])
        #expect(speakers("\u{201C}We are in a good place,\u{201D} said Senate Leader Anna Varga, R-River Hills.") == ["Anna Varga"])
    }

    @Test func aPortfolioBeforeAPrepositionIsNoPerson() {
        // "Mr. Adam commended the Ministry of Lands and Natural Resources for its efforts" made
        // "Natural Resources" the "he" of the quote after it.
        let body = "The Managing Director of Ostland Water (OWL), Ivo Lind, has urged chiefs to lead the fight.\n\n"
            + "Speaking at a meeting, Mr. Lind said chiefs hold authority over land.\n\n"
            + "\u{201C}If we don\u{2019}t fight it, it will get worse,\u{201D} he said.\n\n"
            + "Mr. Lind commended the Ministry of Lands and Natural Resources for its efforts.\n\n"
            + "He disclosed that the company now collects hourly data from major rivers.\n\n"
            + "\u{201C}The president is determined to fight it, and that is why we are all here,\u{201D} he added."
        #expect(speakers(body) == ["Ivo Lind", "Ivo Lind"])
    }

    @Test func aTitleCaseDatelineIsNoSpeaker() {
        // "Addis Abeba – At least 15 individuals were killed …" took the town for the speaker.
        let dateline = "Varna Town \u{2013} At least 15 people were killed in an attack on a market in the district last week.\n\n"
            + "\u{201C}The assailants killed five people and wounded two others,\u{201D} he recalled."
        #expect(!speakers(dateline).contains("Varna Town"))
    }
}
