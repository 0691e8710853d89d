import Testing
@testable import FactExtraction

/// Speakers the article describes instead of naming, set after where they stood.
@Suite struct DescribedSpeakerTests {
    @Test func aConductorAfterTheSettingIsTheSpeakerNotTheTown() throws {
        let quote = try #require(extract("At the Machakos bus terminus, in Nairobi, a bus conductor boasted: \"We are not persuading anyone.\"").quotes.first)
        #expect(quote.speaker == "a bus conductor")
    }

    @Test func anAgreementIsNoSpeaker() throws {
        let body = "The letter, written to express their \"opposition\" to the deal, called the agreement \"fundamentally unacceptable\"."
        #expect(!extract(body).quotes.contains { $0.speaker == "the agreement" })
    }

    @Test func underlinedIsAVerbOfSaying() throws {
        let body = "So far, the programme's promoters say the experience has been very positive.\n\n"
            + "\"This is a pilot project, and we have been keen on copying it in other places,\" underlined Mr Carlos Salda."
        #expect(extract(body).quotes.last?.speaker == "Carlos Salda")
    }

    @Test func aNameAloneBeforeAColonLabelsTheQuote() throws {
        // Interview write-ups label each answer with its speaker's surname; an inverted
        // "Said Webb:" puts the verb first, and the verb is no part of the name.
        let body = "Rovers manager Dean Holt and Albion boss Carl Webb gave their views after the derby.\n\n"
            + "Holt: \"The result was fair and both sides played well.\"\n\n"
            + "Said Webb: \"We started slowly and never recovered.\""
        let speakers = extract(body).quotes.map(\.speaker)
        #expect(speakers == ["Dean Holt", "Carl Webb"])
    }

    @Test func aNameSetOffAfterACapitalisedRoleHoldsIt() throws {
        // After the verb, "the Authority's Senior Marine Pilot, Tomas Varga": the capitalised
        // role is no name; the name after its comma speaks.
        let body = "\"The gauge failed at noon and nobody noticed until the evening,\" explains the Harbour Authority\u{2019}s "
            + "Senior Marine Pilot, Tomas Varga."
        #expect(extract(body).quotes.first?.speaker == "Tomas Varga")
    }
}

/// Where a described speaker ends, and what a station's name is.
@Suite struct DescriptionBoundaryTests {
    @Test func aDescriptionEndsBeforeItsVerbOfSaying() throws {
        let body = "Ostland's prime minister said a foreigner believed to be the \"main suspect\" in the Varna bombing was arrested today."
        let speaker = extract(body).quotes.first?.speaker
        #expect(speaker != nil && !(speaker ?? "").contains("said"), "\(speaker ?? "nil")")
    }

    @Test func aRadioStationIsNeverHe() throws {
        let body = "Richard Boamah, secretary of the Varna traders, spoke on Akoma FM on Monday.\n\n"
            + "He told host of the show Kofi Ennin that \"the mayor has failed to relocate the traders\"."
        #expect(extract(body).quotes.last?.speaker != "Akoma FM")
    }
}

/// Subjects that news copy sets apart from the sentence's own.
@Suite struct SetApartSubjectTests {
    @Test func theSubjectOfAParticipleAfterWithSpeaks() throws {
        let body = "Ostland has been hit by dozens of storms this year, with the state weather agency warning of \"very destructive winds.\""
        #expect(extract(body).quotes.first?.speaker == "the state weather agency")
    }

    @Test func withAndAClauseIsNoSubject() throws {
        // "with tears streaming down her face and saying": "tears" say nothing.
        let body = "The sister of the accuser was seen with tears streaming down her face and saying of the singer, \"He's a very caring man.\""
        #expect(extract(body).quotes.first?.speaker != "tears")
    }

    @Test func aCrossheadNamesNoOne() throws {
        // "Unfriendly Competition" set between paragraphs is the desk's, never "he".
        let body = "Bashir Ali, who guards the market in Varna, was attacked last week.\n\n"
            + "Unfriendly Competition\n\n"
            + "\"We were together and this started a conflict between us,\" he said."
        #expect(extract(body).quotes.last?.speaker != "Unfriendly Competition")
    }
}

/// Names that stand in a list or for an electoral division are no one's antecedent.
@Suite struct ListAndDivisionTests {
    @Test func aNameInAListIsNoSubject() throws {
        let body = "Rick Moran owns Taco Loco, Guaca Mole, Steak and Bourbon and a restaurant set to open soon.\n\n"
            + "\"It's time for everybody to get creative,\" he explained."
        #expect(extract(body).quotes.last?.speaker == "Rick Moran")
    }

    @Test func anElectoralDivisionIsNoPerson() throws {
        let body = "Division One councillor, Rose Swadell was the sole vote against the budget.\n\n"
            + "\"I'm only one councillor,\" she said."
        #expect(extract(body).quotes.last?.speaker != "Division One")
    }
}

/// Cases an independent review of the session's rules found, each a falsehood the first form
/// of a rule made: the sentence's own subject keeps the quote.
@Suite struct ReviewedBoundaryTests {
    @Test func withAfterAVerbIsItsObjectNotASpeaker() throws {
        let broke = "Donald Trump broke with Mike Pence by saying \"The vice president had the power to reject the votes.\""
        #expect(extract(broke).quotes.first?.speaker == "Donald Trump")
        let met = "Mark Warner met with Chuck Schumer before telling reporters \"we are nowhere near a deal on this bill.\""
        #expect(extract(met).quotes.first?.speaker == "Mark Warner")
    }

    @Test func accordingToAfterTheVerbRelaysItsSubject() throws {
        let body = "Vladimir Putin told the security council, according to Kremlin spokesman Dmitry Peskov, \"We will not retreat from our positions.\""
        #expect(extract(body).quotes.first?.speaker == "Vladimir Putin")
    }

    @Test func aNameAfterAnOpeningPlaceOrDayIsTheSubject() throws {
        for opening in ["In Glasgow", "On Tuesday"] {
            let body = "Mayor Tom Price opened the licensing meeting on Monday.\n\n"
                + "\(opening), Bob Stewart, who chairs the licensing board, backed the plan for late opening.\n\n"
                + "\"These businesses bring real life to the streets,\" he said."
            #expect(extract(body).quotes.last?.speaker == "Bob Stewart", "\(opening)")
        }
    }

    @Test func croreAbbreviatedEndsItsSentence() {
        let facts = extract("The bridge was built at a cost of Rs 500 cr. The work will take 3 years to finish, officials said.")
        let years = facts.figures.first { $0.text == "3 years" }
        #expect(years.map { !$0.sentence.contains("crore") && !$0.sentence.contains("Rs 500") } == true, "\(facts.figures.map(\.sentence))")
    }
}
