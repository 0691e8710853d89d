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
