import Testing
@testable import FactExtraction

/// Session 19's attribution fixes. The first two are wrong keys older than the session: one a
/// review found, one found while fixing it. The sentences are invented.
@Suite struct UnseenRoundNineteenTests {
    func speakers(_ body: String) -> [String?] {
        FactExtractor.facts(in: ArticleParser.parse("Headline of a story\n\n" + body, fileName: "a.txt")).quotes.map(\.speaker)
    }

    @Test func aRelativeClauseClosedBeforeTheVerbIsAnAsideEvenWithItsOwnSubject() {
        let dashed = "VTU, the teachers\u{2019} union \u{2014} which Education Secretary Ivo Lind met last week \u{2014} said: "
            + "\u{201C}We will not accept another broken promise from the commission.\u{201D}"
        #expect(!speakers(dashed).contains("Ivo Lind"))
        let commas = "The VTU, which Education Secretary Ivo Lind met last week, said: \u{201C}We will not accept another broken promise.\u{201D}"
        #expect(!speakers(commas).contains("Ivo Lind"))
        #expect(speakers(commas) == ["VTU"])
        // A relative clause whose own verb is the verb of saying still holds the speaker.
        let inside = "The plan, which an Ostland Audit Office review said was flawed, was dropped. \u{201C}It failed,\u{201D} Ivo Lind said."
        #expect(speakers(inside) == ["Ivo Lind"])
    }

    @Test func aBodyNamedWithOfIsNotTheWordAfterOf() {
        #expect(speakers("The Royal College of Midwifery said: \u{201C}This offer is not enough for our members.\u{201D}") == ["Royal College of Midwifery"])
        #expect(speakers("The University of Ostland said: \u{201C}We are proud of what our students achieved.\u{201D}") == ["University of Ostland"])
        // A person's title with "of" still leads to the person.
        #expect(speakers("Secretary of State Ivo Lind said: \u{201C}The talks will go on.\u{201D}").first??.contains("Ivo Lind") == true)
    }

    @Test func aQuoteRunOnFromOneWithNoSpeakerIsNotTheLastNamePersons() {
        // Set 128 (sports, measured at 3b45860): a coach's words after "The absence of X was
        // felt too:" were carried to X, the player he was talking about.
        let body = "Ostland manager Ivo Lind said losing the final took its toll.\n\n"
            + "\u{201C}We did the best we could. But it was always going to be hard.\u{201D}\n\n"
            + "The absence of Tom Varga was felt too: \u{201C}Tom was a big loss, we missed him. He is a county defender.\n\n"
            + "\u{201C}We lost momentum after the county final and it showed in the second half.\u{201D}"
        let found = speakers(body)
        #expect(found.count == 3)
        #expect(!found.contains("Tom Varga"))
    }

    @Test func aHouseNumberBeforeACompassPointIsAnAddressNotAFigure() {
        let body = "The shelter at Ostland Community College, 3410 W. Fort Wright Drive, took in 45 people on Tuesday, officials said. "
            + "Crews closed 1200 N. Main St. after 30 calls."
        let figures = FactExtractor.facts(in: ArticleParser.parse("Headline of a story\n\n" + body, fileName: "a.txt")).figures.map(\.text)
        #expect(figures == ["45", "30"])
        // A street word in lower case is a noun after a count, not an address.
        let count = FactExtractor.facts(in: ArticleParser.parse("Headline of a story\n\nThere were 200 road deaths in Ostland last year.", fileName: "a.txt"))
        #expect(count.figures.map(\.text) == ["200"])
    }

    @Test func anOfficeBeforeANameIsItsAppositiveNotAListItem() {
        // Set 129 (Latin America, measured at 8cb4e85): "He said" went to the governor "she"
        // had stood for, past the secretary named after his office.
        let body = "Governor Kiri Vasko announced the curfew. \u{201C}We will be strict,\u{201D} she added.\n\n"
            + "Similar measures apply in Varna, with the State Secretary for Public Security, Tomas Lind Ferrer, warning that more measures will come. "
            + "He said \u{201C}it is truly incredible how many people are still on the streets.\u{201D}"
        #expect(speakers(body) == ["Kiri Vasko", "Tomas Lind Ferrer"])
    }

    @Test func aPossessiveDescriptionRightBeforeTheVerbIsTheSubjectAfterASetting() {
        // Set 130 (courts): the killer named inside the opening participle was given the family's words.
        let body = "Speaking on the night their daughter's killer, Anna Berg, was convicted, Tomas Lind's family said that the new normal \u{201C}will come in time.\u{201D}"
        #expect(speakers(body) == ["Tomas Lind's family"])
    }

    @Test func theSubjectBetweenAQuoteAndItsVerbIsTheVerbs() {
        // Set 130 (courts): "The woman had “…,” one of her brothers told the court" counted as the
        // woman speaking, so the brother's next quote went to her.
        let body = "The woman had \u{201C}an outlook on life like spring in the valley,\u{201D} one of her brothers told the court. "
            + "\u{201C}The chance to celebrate her joy for life with her is gone.\u{201D}"
        #expect(speakers(body) == ["one of her brothers", "one of her brothers"])
        // PolNeAR train (Politico): a name before the quote is not part of the speaker's.
        let named = "Rubio \u{201C}apologized numerous times on this show,\u{201D} Sean Hannity said. \u{201C}I think it is time for people to move on.\u{201D}"
        #expect(speakers(named) == ["Sean Hannity", "Sean Hannity"])
        // A nickname in quote marks stays inside the name.
        let nickname = "Winston \u{201C}Tot\u{201D} Gamble complained that his livestock had suffered.\n\n\u{201C}We have to carry water over the hill,\u{201D} he said."
        #expect(speakers(nickname).last == "Winston Gamble")
    }

    @Test func aKinCompoundIsAPersonWithItsKinWordsGender() {
        // Set 130 (courts): "she said" after "The victim's mother-in-law said …" went to the judge.
        let body = "As a result, the baby died a week before its due date, Judge Ivo Lind said.\n\n"
            + "The victim\u{2019}s mother-in-law said she still keeps a piece of her grandchild with her.\n\n"
            + "\u{201C}This necklace is my grandson that we should be holding,\u{201D} she said."
        #expect(speakers(body) == ["the victim\u{2019}s mother-in-law"])
    }

    @Test func aNameAndAnUnlistedVerbAfterTheQuoteAttributeIt() {
        // Set 102 (Nepal): "“…,” Ganesh remembers." closing a feature's paragraph.
        let body = "Tomas Varga stares at what is left of his house, buried by mud.\n\n"
            + "His daughter-in-law, Gopini, carried the baby and told Puja to run ahead. "
            + "\u{201C}I was a little way behind, but saw the landslide take Gopini and the baby away,\u{201D} Tomas remembers."
        #expect(speakers(body) == ["Tomas Varga"])
    }

    @Test func aRelativeClauseRunningToTheVerbIsTheAntecedentsAside() {
        // Set 132 (health): the clinic in "who usually collects his PrEP at Philakade Clinic told"
        // was made the speaker, and the next quote paragraph carried it.
        let body = "Tomas Varga from Embo who usually collects his pills at Varna Clinic told the Ledger that he only received one month\u{2019}s supply.\n\n"
            + "\u{201C}When I asked the nurse why I was receiving one bottle, she told me there was a shortage.\u{201D}"
        #expect(speakers(body) == ["Tomas Varga"])
        // PolNeAR train (USA Today): an aside between double hyphens.
        let hyphens = "A former candidate -- Tomas Varga, who lost the 2008 election to Lind -- said the president "
            + "\"offered no changes to his reactive, indirect and incremental strategy.\""
        #expect(speakers(hyphens) == ["Tomas Varga"])
        // A name set off after the clause is still the subject.
        let named = "One of the ministers who wrote the letter, Education Minister Anna Berg, said the board had neither "
            + "\u{201C}the power nor the legitimacy\u{201D} to delay the rules."
        #expect(speakers(named) == ["Anna Berg"])
    }

    @Test func aVerbOfSayingWithAnObjectIsNoSpeech() {
        // Set 134 (environment): "Shell PLC continued its operations" counted as the company
        // speaking, and the farmer's next quote paragraph went to it.
        let body = "Anna Berg, a farmer in Bodo, lost her cassava crop to the spill.\n\n"
            + "It would not be the last, as long as Varna Oil PLC continued its operations in the delta, she told the Ledger.\n\n"
            + "\u{201C}This farm is my only means of survival. We cannot plant on these lands.\u{201D}"
        #expect(speakers(body) == ["Anna Berg"])
        // Speech as the object keeps it speech.
        let remarks = "Ivo Lind spoke to the press in Varna on Monday.\n\nTomas Varga continued his scathing remarks.\n\n"
            + "\u{201C}Eight years ago she was the favourite, and then she lost the lead.\u{201D}"
        #expect(speakers(remarks) == ["Tomas Varga"])
    }

    @Test func aStreetNamedLikeASurnameIsAStreetAfterAPrepositionOfPlace() {
        // From the review of this session's change: "Lane" left the street words a surname
        // shares, and "said a trader on Petticoat Lane" went to the street.
        #expect(speakers("\u{201C}We have been here for sixty years,\u{201D} said a trader on Petticoat Lane.") != ["Petticoat Lane"])
        #expect(speakers("\u{201C}We feel abandoned by the council,\u{201D} one trader on Brick Lane said.") != ["Brick Lane"])
        #expect(speakers("Nathan Lane, a local councillor, said: \u{201C}The market must stay where it is.\u{201D}") == ["Nathan Lane"])
    }

    @Test func aNounAfterAStreetsNameIsWhatTheNumberCounts() {
        // From the review: "About 3,000 Tahrir Square protesters" lost its figure as an address.
        let body = "About 3,000 Varna Square protesters gathered on Friday. The court is at 1432 Oak Avenue in Varna, and 45 people waited outside."
        let figures = FactExtractor.facts(in: ArticleParser.parse("Headline of a story\n\n" + body, fileName: "a.txt")).figures.map(\.text)
        #expect(figures == ["3,000", "45"])
    }

    @Test func aNameBeforeAPluralOfPeopleIsNotTheSpeaker() {
        // From the review (older than the session): a crowd's chant went to the president.
        let body = "President Ivo Lind toured Varna County on Saturday.\n\n"
            + "\u{201C}Four more years,\u{201D} Lind supporters, many in yellow shirts, chanted outside the stadium."
        #expect(!speakers(body).contains("Ivo Lind"))
        #expect(speakers("\u{201C}Four more years,\u{201D} Lind supporters chanted outside the stadium.") == ["Lind supporters"])
    }

    @Test func aVerbAfterAndSharesTheSubjectOfTheVerbOfSayingBeforeIt() {
        // Set 139 (US metro dailies, measured at 32b7305): the attorney general met by the judge
        // was given the judge's words.
        let body = "The extension was approved Friday by U.S. District Judge Ivo Lind.\n\n"
            + "Lind said he has met with the mayor and Attorney General Tomas Varga and feels they are \u{201C}on the same page\u{201D} on reform."
        #expect(speakers(body) == ["Ivo Lind"])
        // Not across a clause: the crowd chanting first is not the one who joked.
        let crowd = "As the crowd began to chant, Anna Berg was joined on stage by Senator Tomas Varga and joked, "
            + "\u{201C}You people are being ridiculous,\u{201D} drawing loud jeers."
        #expect(speakers(crowd) != ["the crowd"])
    }

    @Test func aCouncilmembersTitleIsNoPartOfTheName() {
        // Set 139's whole bank (both readers): "Councilmembers Gabriela Santiago-Romero" as a key.
        let body = "Councilmembers Anna Berg-Lind, Ivo Lind and Mara Quill voted against the plan. "
            + "\u{201C}We know this does not prevent crime,\u{201D} said Councilmember Anna Berg-Lind."
        #expect(speakers(body) == ["Anna Berg-Lind"])
        #expect(speakers("Assemblywoman Mara Quill said: \u{201C}It is going to cost well over a million dollars.\u{201D}") == ["Mara Quill"])
    }

    @Test func aQuotesOwnSheSaidDoesNotInterruptTheQuoteAfterIt() {
        // Set 144 (Pacific, measured at 1cab0bb): the officer named before went to the woman's
        // second quote, because her "she said" was read as the officer speaking.
        let body = "The measure comes a year after a patrol officer, Tomas Varga, was shot during a traffic stop.\n\n"
            + "\u{201C}I worry every time they are out in the field,\u{201D} said a woman who works at the police station.\n\n"
            + "\u{201C}Tomas \u{2014} that broke my heart,\u{201D} she said, while holding back tears. \u{201C}I just can\u{2019}t. It is hard to deal with.\u{201D}"
        let found = speakers(body)
        #expect(found.count == 3)
        #expect(!found.contains("Tomas Varga"))
        #expect(found.last == found[1])
    }
}
