import Testing
@testable import FactExtraction

/// Session 23's attribution fixes, from sets 197–204 (professional and drinks trade press,
/// specialist sport, charity, veterinary and dental press, outdoors, Scotland and Wales).
/// The sentences are invented.
@Suite struct UnseenRoundTwentyThreeTests {
    func speakers(_ body: String) -> [String?] {
        FactExtractor.facts(in: ArticleParser.parse("Headline of a story\n\n" + body, fileName: "a.txt")).quotes.map(\.speaker)
    }

    @Test func anOfficeWrittenWithCapitalsIsNoOnesName() {
        // Set 201: "… was able to enjoy the victory in his capacity as Team Principal. ¶ “…,”
        // he said." gave five quotes to "Team Principal".
        let body = "It left Darby shattered, while Lind missed out on a podium but enjoyed the win in his capacity as Team Principal.\n\n"
            + "\u{201C}I have always said this place is about the effort,\u{201D} he said."
        #expect(speakers(body).allSatisfy { $0 != "Team Principal" })
        // Before a given name and a surname the office ends, and the name is theirs.
        let titled = "Team Principal Jamie Lind was delighted with the result.\n\n"
            + "\u{201C}I have always said this place is about the effort,\u{201D} he said."
        #expect(speakers(titled) == ["Jamie Lind"])
        // A name that starts on a word for a person keeps it: "Guy" is a given name here.
        let guy = "Guy Martin was delighted with the result.\n\n\u{201C}It was a good day,\u{201D} he said."
        #expect(speakers(guy) == ["Guy Martin"])
    }

    @Test func theStateIsNotSomeoneCalledState() {
        // Set 203: "“…,” the state said in a news release." went to "Parks", read out of
        // "Arkansas State Parks" as the title "State" and a surname.
        let body = "Ann Hale, secretary of the department, announced that all Ostland State Parks will be open for day use only.\n\n"
            + "\u{201C}These changes will maintain some access to parks,\u{201D} the state said in a news release."
        #expect(speakers(body).allSatisfy { $0 != "Parks" })
    }

    @Test func aNameItsLowerCaseOfficeAndItsFirmSpeakAsTheName() {
        // Set 200: "Rob Cassell, master distiller, Connacht Whiskey, commented:" gave the quote
        // to the distillery.
        #expect(speakers("Rob Hale, master distiller, Oak Vale Whiskey, commented: \u{201C}We are very different from the big distilleries.\u{201D}")
            == ["Rob Hale"])
    }

    @Test func aStageDirectionOpensNoName() {
        // Set 201: "Enter Jess Wong, a local Aussie and Hansa newcomer." made the name "Enter
        // Jess Wong", which then stood as a who-said item's key.
        let body = "Enter Jess Lind, a local sailor and newcomer. Through a friend, Hale and Lind were introduced.\n\n"
            + "Lind agreed. \u{201C}It wasn\u{2019}t particularly hard getting together.\u{201D}"
        #expect(speakers(body) == ["Jess Lind"])
    }

    @Test func aColonIntroductionReachesPastConjunctionsAndAppositives() {
        // Set 201: "…, but as Rory puts it: “…”"; set 202: "AOP Councillor, Ean Blair,
        // highlighted that: “…”"; set 201: "Keys talked about the loss in her news conference:".
        let rory = "For Rory Hale, a solo sailor, the regatta was about the singles event.\n\n"
            + "Neither knew what to expect, but as Rory puts it: \u{201C}You know within five minutes whether it will work.\u{201D}"
        #expect(speakers(rory) == ["Rory Hale"])
        #expect(speakers("Ostland Councillor, Ean Lind, highlighted that: \u{201C}What we really need to do is get the public on our side.\u{201D}")
            == ["Ean Lind"])
        let keys = "Ann Lind beat Madison Hale in straight sets.\n\n"
            + "Hale talked about the loss in her news conference: \u{201C}I think it was nerves a little bit.\u{201D}"
        #expect(speakers(keys) == ["Madison Hale"])
    }

    @Test func aCapitalisedSubjectBeforeTheVerbBeatsAPluralBeforeIt() {
        // Set 204: "Local councillors were in attendance and Del explained that …: “…”" gave the
        // quote to "Local councillors".
        let body = "Del Hale led the protest on Monday.\n\n"
            + "Local councillors were in attendance and Del explained that they have the backing of the councillor: "
            + "\u{201C}The local councillor is here this morning.\u{201D}"
        #expect(speakers(body) == ["Del Hale"])
    }

    @Test func aBareQuoteParagraphAfterAReportedSpeakerInANewClauseIsTheirs() {
        // Set 201: "Teams raced … in Bermuda and skipper Jimmy Spithill says the new boats …"
        // then three quote paragraphs with no attribution of their own.
        let body = "Teams raced their boats for the first time this week in Ostport and skipper Jimmy Lind says the new boats are fast.\n\n"
            + "\u{201C}There are design differences and speed differences and it would be easy to read too much into it.\u{201D}"
        #expect(speakers(body) == ["Jimmy Lind"])
        // An "and" inside a list or a "that" clause joins no clauses.
        let travel = "Jim Hale was nominated on Friday.\n\n"
            + "Mr. Hale, who was traveling in Europe and Africa this week, said: \u{201C}You have to put jobs at risk.\u{201D}"
        #expect(speakers(travel) == ["Jim Hale"])
    }

    @Test func aSurnameThatIsAlsoATitleIsTheSurname() {
        // Set 198: "NZME’s commercial director Sandra King says … “…,” King says." left the
        // quote with no speaker: "King" alone was read as a title.
        let body = "Commercial director Sandra King says her team was shocked.\n\n"
            + "\u{201C}People still go to newspapers for product and price,\u{201D} King says."
        #expect(speakers(body) == ["Sandra King"])
        // An office before "of" stays an office: "Leader of the council" is not "Depute Leader".
        let council = "Leader of the council, Douglas Hale, of Ayr North, said: \u{201C}It took three days to agree.\u{201D}\n\n"
            + "Brian Lind, Depute Leader of the Council, added: \u{201C}We want a council that makes the best decisions.\u{201D}"
        #expect(speakers(council) == ["Douglas Hale", "Brian Lind"])
    }

    @Test func aParticipleOpeningASentenceIsNoName() {
        // Set 203: "Standing by the edge of the water was MDC Fisheries Management Biologist
        // Mike Reed, who …" then "“…,” he said.": "Standing" was taken for a second person.
        let body = "Standing by the edge of the water was Fisheries Biologist Mike Hale, who was waiting for the truck.\n\n"
            + "\u{201C}We are stocking trout for the winter program,\u{201D} he said."
        #expect(speakers(body) == ["Mike Hale"])
    }

    @Test func aQuoteGoingOnAfterAnUnresolvedOfficeIsNotTheLastSpeakers() {
        // Set 103: "“Hang on,” the First Minister responded. “This is a non-devolved area …”"
        // gave the second part to the member who had asked the question.
        let body = "Members pressed the First Minister about the plans.\n\n"
            + "Llyr Hale questioned Eluned Lind about the reforms. He said: \u{201C}Why did you support the changes?\u{201D}\n\n"
            + "\u{201C}Hang on, let\u{2019}s be clear,\u{201D} the First Minister responded. \u{201C}This is a non-devolved area.\u{201D}"
        let found = speakers(body)
        #expect(found.count == 3, "\(found)")
        #expect(found.dropFirst().allSatisfy { $0 != "Llyr Hale" }, "\(found)")
    }

    @Test func aWeekdayAfterANameIsNotPartOfIt() {
        // PolNeAR train: "when introducing Pence Thursday" made a name "Pence Thursday" that
        // then took the governor's quote.
        let body = "Gov. Mike Hale on Thursday blamed the media for the row.\n\n"
            + "Rep. Sean Lind also addressed it when introducing Hale Thursday.\n\n"
            + "\u{201C}The media is talking about semantics,\u{201D} Hale said."
        #expect(speakers(body) == ["Mike Hale"])
    }

    // Sets 205–208 (West Africa, Southeast Asia, US courts and policing, science news).

    @Test func aNameAfterARoleOfSomeoneElsesInARelativeClauseIsNotTheSpeaker() {
        // Set 205: "said the Enyimba assistant coach who is standing in for Super Eagles
        // interim coach, Finidi George" gave the coach's next four quote paragraphs to George.
        let body = "Varna of Ostport assistant coach, Yemi Lind, has blamed match officials for the defeat.\n\n"
            + "\u{201C}I won\u{2019}t blame my players for the defeat,\u{201D} said the Varna assistant coach who is standing in for Ostland interim coach, Finidi Hale.\n\n"
            + "\u{201C}The referee messed up the whole game in the second half.\u{201D}"
        let found = speakers(body)
        #expect(found.count == 2, "\(found)")
        #expect(found.allSatisfy { $0 != "Finidi Hale" }, "\(found)")
    }

    @Test func aFullNameRightAfterTheQuotesCommaSpeaksWhateverTheVerb() {
        // Set 205: "“…,” Jordan Kale, a student at the University of Buea feared aloud." went
        // to "residents" of the sentence before.
        let body = "But residents are warning they are running out of patience. \u{201C}The situation is becoming unbearable,\u{201D} "
            + "Jordan Hale, a student at the University of Varna feared aloud."
        #expect(speakers(body) == ["Jordan Hale"])
        // Not a word inside the reporter's sentence: "before she could say “residents,” Bang
        // Nguyen, a resident, …" is hers.
        let said = "Nora Lind asked for a show of hands. Before she could say \u{201C}residents,\u{201D} Bang Hale, a resident, stood up."
        #expect(speakers(said).allSatisfy { $0 != "Bang Hale" })
    }

    @Test func anAbbreviatedHonorificStillMarksAName() {
        // Set 208: "“…,” said Dr. D'Arruda." had no speaker: the honorific's point split it off,
        // and "Dr." was then read as a woman's honorific against a man's full name.
        let body = "Research is a mission, said Dr. Jose D'Arruda, chair of the department.\n\n"
            + "\"Paul is our top research scientist,\" said Dr. D'Arruda. \"I am very proud.\""
        #expect(speakers(body) == ["Jose D'Arruda", "Jose D'Arruda"])
        #expect(speakers("\"It is a good day,\" said Dr. Hale.") == ["Hale"])
    }

    @Test func withInsideASubjectIsNoClause() {
        // Set 205: "One trader who spoke with Republic press indicated …" gave the trader's
        // quotes to "Republic"; PolNeAR-style "Upal Barua with Austin Transportation Department
        // said" to the department.
        #expect(speakers("A trader who spoke with reporters said: \u{201C}We do not see any sign of Christmas.\u{201D}") == ["a trader"])
        let body = "\u{201C}As the economy grows, traffic grows,\u{201D} Upal Hale with Varna Transportation Department said. "
            + "\u{201C}That\u{2019}s the nature of the beast.\u{201D}"
        #expect(speakers(body) == ["Upal Hale", "Upal Hale"])
    }

    @Test func aPronounWhoseOnlyCandidateIsInItsOwnSentenceDoesNotTrap() {
        // PolNeAR train: "Perhaps Mr. Comey's most surprising suggestion was that Mrs. Clinton
        // had used her private email … what he called ''sophisticated adversaries.''" trapped on
        // an empty range of sentences between the pronoun and the name.
        let body = "Perhaps Mr. Lind's most surprising suggestion was that Mrs. Hale had used her private email while in the "
            + "territory of what he called ''sophisticated adversaries.'' That usually means Ostland."
        #expect(speakers(body).count == 1)
    }

    // What the session's review found in invented articles before the change landed.

    @Test func aPossessiveBeforeANameEndingOnAWordForAPersonKeepsTheName() {
        // "said Australia's Alana King" went to "Australia" under the office-in-capitals rule.
        let body = "Ostland won the first Test by eight wickets.\n\n"
            + "\u{201C}The girls were outstanding,\u{201D} said Ostland's Alana King, who took five wickets.\n\n"
            + "Varna's Tobi Driver said: \u{201C}We go again.\u{201D}"
        #expect(speakers(body) == ["Alana King", "Tobi Driver"])
    }

    @Test func aWeekdayThatIsANameStaysInIt() {
        // "Flying Eagles defender Victor Friday said:", "Sports Minister Sunday Dare".
        let body = "Flying Eagles defender Victor Friday said: \u{201C}We are united.\u{201D} Ugochukwu Sunday added: \u{201C}The fans must be patient.\u{201D}"
        #expect(speakers(body) == ["Victor Friday", "Ugochukwu Sunday"])
        #expect(speakers("Sports Minister Sunday Dare said: \u{201C}We will pay the players.\u{201D}") == ["Sunday Dare"])
    }

    @Test func wordsSpokenAboutAreNotTheSpeakers() {
        // "Angela Rayner spoke about a slogan painted on the banner outside: “Tories out now.”"
        let body = "Ann Lind spoke about a slogan painted on the banner outside: \u{201C}Tories out now.\u{201D}"
        #expect(speakers(body) == [nil])
    }

    @Test func anAreaAPlacesNameEndsOnIsNoShe() {
        // Set 209 (measured once at the session's end): "… held at Kapsamumgut Polytechnic in
        // Kapsoit Ward, Ainamoi Constituency. … “…,” she said." went to the constituency.
        let body = "Ms. Ann Cheptoo said they are targeting 10,000 farmers.\n\n"
            + "Cheptoo was talking during a forum held at Oak Polytechnic in Kapsoit Ward, Varna Constituency. The event was attended by farmers.\n\n"
            + "\u{201C}After opening the group it attracted farmers across the region,\u{201D} she said."
        #expect(speakers(body) == ["Ann Cheptoo"])
    }
}
