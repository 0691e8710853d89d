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
        // From the review: "for" lists, and a portfolio whose last noun follows an adjective.
        #expect(speakers("\u{201C}The budget has room for this,\u{201D} said Minister for Planning and Development Ahsan Qadir.") == ["Ahsan Qadir"])
        #expect(speakers("\u{201C}The hospitals need this too,\u{201D} said Secretary of State for Health and Social Care Ivo Lind.") == ["Ivo Lind"])
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

    // From sets 169–172 (measured at 0166a75 before their errors were read).

    @Test func aLabelGivenInSomeonesMessageIsTheirs() {
        // Set 169: "He responded directly to Musk’s posts calling for Phillips to be jailed and
        // branding her a "rape genocide apologist"" went to the "he" who responded.
        let body = "Prime Minister Ivo Lind defended the minister on Monday.\n\n"
            + "He responded to posts by Anna Varga calling for the minister to be sacked and branding her a \"national disgrace\"."
        #expect(speakers(body) == ["Anna Varga"])
        // A reply "by saying" is the replier's; a message whose content ends before the quote
        // ("… tweet saying … will … meant that") leaves the quote to the sentence's subject.
        let reply = "Anna Varga resigned in March.\n\nOn Twitter, she responded to one of Lind's messages by saying, \"Seriously, just stop lying.\""
        #expect(speakers(reply) == ["Anna Varga"])
        let meant = "Ivo Lind said Anna Varga's tweet saying voters will back her meant that \"people want safer streets\"."
        #expect(speakers(meant) == ["Ivo Lind"])
        // From the review: a rebuttal after a comma is the one who rebuts.
        let rebuttal = "Anna Varga mocked Ivo Lind's video, saying \"he has never been to the border\"."
        #expect(speakers(rebuttal) == ["Anna Varga"])
    }

    @Test func aTwoLetterSurnameSpeaksOnceTheFullNameIsGiven() {
        // Set 172: "AMD CEO Dr. Lisa Su … “I am honored …,” Su said" had no speaker, and the
        // next quote went to the council president quoted before.
        for surname in ["Su", "Wu", "Ng", "Li"] {
            let body = "The council said Dr. Lisa \(surname) would give the keynote.\n\n"
                + "\u{201C}She received an invitation,\u{201D} council president Ivo Lind said.\n\n"
                + "\u{201C}I am honored to deliver the keynote,\u{201D} \(surname) said. \u{201C}We will tell the story.\u{201D}"
            #expect(speakers(body) == ["Ivo Lind", "Lisa \(surname)", "Lisa \(surname)"], "\(surname)")
        }
        // Two letters alone, with no full name, are no speaker.
        #expect(speakers("\u{201C}We are done,\u{201D} Ok said.") == [nil])
    }

    @Test func anAssemblyMemberIsTitledAndTheirAppositiveIsNoSpeaker() {
        // Set 169: "Assembly Member Jaime Williams, a Trinidadian-born representative …, … “…,”
        // she said" went to the appositive, and so did the next member's quotes.
        let body = "Assembly Member Anna Varga, an Ostland-born representative of the 59th District, spoke first. "
            + "\u{201C}This month is dedicated to our history,\u{201D} she said.\n\n"
            + "Assembly Member Mira Kovic, who represents the 58th District, expressed pride. \u{201C}I am proud to stand here,\u{201D} she said."
        #expect(speakers(body) == ["Anna Varga", "Mira Kovic"])
    }

    @Test func anOpeningClauseOfTimeIsNoSubject() {
        // Set 172: "Following WWDC, Apple's senior vice president … Craig Federighi said that
        // Apple will … amid "innovation"" went to "Following WWDC"; "After the launch in the
        // UK, retailer Game has said …" to "UK".
        let following = "Following OSTCON, Varna Motors' senior vice president of engineering Ivo Lind said the firm will keep up amid \"innovation\" in the industry."
        #expect(speakers(following) == ["Ivo Lind"])
        let after = "After the launch in the UK, retailer Kiosk has said that the console will \"easily surpass\" the last one."
        #expect(speakers(after) != ["UK"])
        #expect(speakers("After the meeting, Anna Varga said: \"We are done.\"") == ["Anna Varga"])
    }

    @Test func theChiefJusticesInitialsAreATitle() {
        // Set 165: "the new directive by the CJ" made "CJ" a speaker's name.
        let body = "Lawyers threatened to sue CJ Anna Varga over the new rule.\n\n"
            + "\u{201C}Litigants shall refrain from expressing their opinion on the merits,\u{201D} reads the new directive by the CJ."
        #expect(!speakers(body).contains("CJ"))
        // "an irked CJ told the advocate": the office, with an adjective, is its holder.
        let irked = "A bench of Chief Justice Anna Varga and Justice Ivo Lind heard the petition.\n\n"
            + "\u{201C}Reading the entire petition would be a waste of judicial time,\u{201D} an irked CJ told the advocate."
        #expect(speakers(irked) == ["Anna Varga"])
        // "CJ" is a given name too.
        #expect(speakers("\u{201C}We played well tonight,\u{201D} said quarterback CJ Stroud.") == ["CJ Stroud"])
    }

    @Test func aNumberedStreetsHouseNumberIsNoFigure() {
        // Sets 169–172, both readers: "brought life and color to ____ East 96th Street".
        let text = "Headline of a story\n\nThe celebration brought life and color to 1222 East 96th Street in Canarsie on Saturday. More than 300 people came."
        let figures = FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a.txt")).figures.map(\.text)
        #expect(!figures.contains("1222"), "\(figures)")
        #expect(figures.contains("300"), "\(figures)")
    }

    @Test func itAfterABodysQuoteIsThatBody() {
        // Set 165: "“…,” the bench said. … “…,” it said, while dismissing the plea" lost its speaker.
        let body = "\u{201C}What is this half-hearted job?\u{201D} the bench said.\n\n"
            + "\u{201C}We are not inclined to interfere with the order,\u{201D} it said, while dismissing the plea."
        #expect(speakers(body) == ["the bench", "the bench"])
        // Not once a person has spoken since.
        let person = "\u{201C}We will appeal,\u{201D} the company said. \u{201C}The ruling is wrong,\u{201D} said Ann Lee, its chief executive.\n\n"
            + "\u{201C}We are not inclined to interfere,\u{201D} it said."
        #expect(speakers(person) == ["the company", "Ann Lee", nil])
    }

    @Test func indicatedIsAVerbOfSaying() {
        // Set 174: "“At 7:48 a.m. … the service was restored,” the UNE indicated" went to the
        // resident quoted before.
        let body = "\u{201C}They will take away the electricity again,\u{201D} Ernesto concludes.\n\n"
            + "He is not wrong. \u{201C}At 7:48 a.m. the service was restored,\u{201D} the UNE indicated."
        #expect(speakers(body) == ["Ernesto", "UNE"])
    }
}
