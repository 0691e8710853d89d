import Testing
@testable import FactExtraction

/// Session 21's attribution fixes, from sets 161–168 (measured at 76a8cc4 before their errors
/// were read). The sentences are invented.
@Suite struct UnseenRoundTwentyOneTests {
    func speakers(_ body: String) -> [String?] {
        FactExtractor.facts(in: ArticleParser.parse("Headline of a story\n\n" + body, fileName: "a.txt")).quotes.map(\.speaker)
    }

    @Test func aPortfoliosLastWordIsNotPartOfItsHoldersName() {
        // Set 161: "Minister of Information and Communications Dauren Abayev" was quoted as
        // "Communications Dauren Abayev".
        let body = "\u{201C}We will publish the report,\u{201D} said Minister of Transport and Communications Ardak Temir. "
            + "\u{201C}Today I will tell you about the results,\u{201D} he said."
        #expect(speakers(body) == ["Ardak Temir", "Ardak Temir"])
        #expect(speakers("Minister of Science and Technology Bilal Qadir said: \u{201C}We have offered a laboratory.\u{201D}") == ["Bilal Qadir"])
    }

    @Test func anOfficeBeforeItsPortfolioIsNoName() {
        // Set 161: "Federal Minister of Science and Technology Chaudhry Fawad Hussain on Sunday
        // said …" made "Federal Minister" a person, and "passage of Federal Budget" the "he" of
        // the next paragraph's quote.
        let body = "Federal Minister of Science and Technology Bilal Qadir on Sunday said that passage of Federal Budget is a major step. "
            + "He spoke at a press conference.\n\n"
            + "He also said the economy was improving. \u{201C}Government is now focusing on tax collection\u{201D} he added."
        #expect(speakers(body) == ["Bilal Qadir"])
        // An office with a department and no holder after it speaks for itself.
        let office = speakers("The Ostland High Commissioner for Human Rights said the decision did \u{201C}not change the law\u{201D}.")
        #expect(office.first??.contains("Human Rights") != true, "\(office)")
    }

    @Test func namesBeforeTheBodyTheyModifyAreNotHe() {
        // Set 164: "Scott proposed a moratorium, but Wood Buffalo council rejected the idea. He
        // says …" gave the mayor's quote to "Wood Buffalo".
        let body = "Mayor Ivo Lind is optimistic.\n\n"
            + "Lind proposed a moratorium on work camps, but Oak Vale council rejected the idea.\n\n"
            + "\u{201C}My goal is to have more people living in this community,\u{201D} he said."
        #expect(speakers(body) == ["Ivo Lind"])
        // A given name keeps a person a person before a body: "the Anna Varga government".
        let government = "Prime Minister Anna Varga spoke on Monday. Anna Varga government ministers met later. "
            + "\u{201C}We will go on,\u{201D} she said."
        #expect(speakers(government) == ["Anna Varga"])
    }

    @Test func courtsReportersBenchesAndChiefJusticesSpeak() {
        // Set 165: "“What is this half-hearted job?” the bench said" had no speaker, and "CJP
        // Isa … the CJP asked … “…,” he said" went to "the lawyer" named before.
        let bench = "\u{201C}Why should we show indulgence in this matter?\u{201D} the bench said."
        #expect(speakers(bench) == ["the bench"])
        let judgment = "\u{201C}No reasons whatsoever have been assigned by the High Court,\u{201D} the judgment said."
        #expect(speakers(judgment) == ["the judgment"])
        let chief = "During the hearing, CJP Omar directed the lawyer, Ivo Lind, to read the first page of the Constitution.\n\n"
            + "At this, the lawyer said the first sentence calls authority \u{201C}a sacred trust\u{201D}. At this, the CJP asked if guidance could be taken. "
            + "\u{201C}Consultation should be held,\u{201D} he said."
        #expect(speakers(chief).last == "Omar")
    }
}
