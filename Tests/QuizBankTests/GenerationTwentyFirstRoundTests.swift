import Testing
@testable import FactExtraction
@testable import QuizBank

/// What blind readers failed in session 19's second PolNeAR sample (seed 1902) and unseen
/// rounds, in invented sentences: who-said quotes whose "the plan", "this case", "the city"
/// only their story explains, a nested quote's comma left at a quote's end, a rate's base.
@Suite struct GenerationTwentyFirstRoundTests {
    static func generation(headline: String, _ paragraphs: [String], fileName: String = "a.txt") -> Generation {
        let text = "---\nsource: Ostland Ledger\n---\n\(headline)\n\n" + paragraphs.joined(separator: "\n\n")
        let facts = FactExtractor.facts(in: ArticleParser.parse(text, fileName: fileName))
        return QuestionGenerator().generate(title: "t", from: [facts], options: GenerationOptions(maxPerArticle: 40, source: nil))
    }

    static let shooting = [
        "Police Chief Marta Kovic said on Tuesday that the officer had been placed on leave. “I will make this promise to you: we will find out what happened in this case,” Kovic said.",
        "“The whole city is watching how the department handles the investigation of the shooting,” said Ivo Lind, a pastor in Varna.",
    ]

    @Test func aWhoSaidQuoteNamesTheStoryItComesFrom() {
        // "Who said this? “We will achieve justice in this case”": both readers struck quotes
        // whose "this case", "the plan" or "the city" only the story explains.
        let generation = Self.generation(headline: "Varna struggles to return to normal after police shooting", Self.shooting)
        let whoSaid = generation.bank.items.filter { $0.kind == .whoSaid }
        #expect(!whoSaid.isEmpty)
        #expect(whoSaid.allSatisfy { $0.prompt.hasSuffix(" — Ostland Ledger, “Varna struggles to return to normal after police shooting”") }, "\(whoSaid.map(\.prompt))")
        let claims = generation.bank.items.filter { $0.kind == .claim && $0.prompt.contains(" said: “") }
        #expect(claims.allSatisfy { $0.prompt.hasSuffix("police shooting”") }, "\(claims.map(\.prompt))")
    }

    @Test func aStoryLineThatNamesTheSpeakerIsNotCited() {
        // The headline "Kovic vows justice …" would answer "Who said this?" before it is read.
        let generation = Self.generation(headline: "Chief Kovic vows justice after Varna police shooting", Self.shooting)
        let kovic = generation.bank.items.filter { $0.kind == .whoSaid && $0.answer.description.contains("Kovic") }
        #expect(!kovic.isEmpty)
        #expect(kovic.allSatisfy { $0.prompt.hasSuffix("” — Ostland Ledger") }, "\(kovic.map(\.prompt))")
        // Nor on the pastor's item, a free answer: "Kovic" is an answer a learner might give.
        let lind = generation.bank.items.filter { $0.kind == .whoSaid && $0.answer.description.contains("Lind") }
        #expect(!lind.isEmpty)
        #expect(lind.allSatisfy { $0.prompt.hasSuffix("” — Ostland Ledger") }, "\(lind.map(\.prompt))")
    }

    @Test func aNestedQuotesCommaDoesNotEndTheQuote() {
        // "…the labels of ‘criminal, super predator,’”": both readers read a dangling comma.
        #expect(QuestionGenerator.trimmedQuote("we find the labels of ‘criminal, super predator,’") == "we find the labels of ‘criminal, super predator’")
        #expect(QuestionGenerator.trimmedQuote("the so-called 'quiet period,'") == "the so-called 'quiet period'")
        #expect(QuestionGenerator.trimmedQuote("It will never go back to normal,") == "It will never go back to normal")
    }

    @Test func aRatesConventionalBaseIsNotAsked() {
        // "Puna had 1.3 officers per ____ residents": both readers guessed 1,000.
        let generation = Self.generation(headline: "Varna police council hears testimony", [
            "As of last year, the Varna district had 1.3 officers per 1,000 residents, the lowest ratio in Ostland, Varna District Council figures show.",
            "“We cannot keep the district safe with so few officers on the road,” said Ivo Lind, the council's chairman.",
        ])
        #expect(!generation.bank.items.contains { $0.kind == .figure && $0.answer.description == "1,000" })
        #expect(generation.skipped.contains { $0.kind == "figure" && $0.reason.contains("base of a rate") })
    }

    // From the review of the change above and the blind readers of sets 145–152 (whole bank)
    // and PolNeAR dev at seed 2001, both judged at 465313d.

    @Test func aStoryLineNamingTheSpeakersOfficeOrAShortNameIsNotCited() {
        // "Police chief vows justice" answers a quote of Police Chief Marta Kovic; "Xi warns …"
        // one of Xi Jinping's.
        let office = Self.generation(headline: "Police chief vows justice after Varna shooting", Self.shooting)
        let kovic = office.bank.items.filter { $0.kind == .whoSaid && $0.answer.description.contains("Kovic") }
        #expect(!kovic.isEmpty)
        #expect(kovic.allSatisfy { $0.prompt.hasSuffix("” — Ostland Ledger") }, "\(kovic.map(\.prompt))")
        #expect(StoryCitation.givesAway("Xi warns against interference over Taiwan", people: ["Xi Jinping"], roles: []))
        #expect(StoryCitation.roleWords(of: "Keir Starmer", in: "Keir Starmer, the prime minister, said so.") == ["minister"])
        #expect(StoryCitation.roleWords(of: "Marta Kovic", in: "Police Chief Marta Kovic said so.") == ["chief"])
        #expect(StoryCitation.roleWords(of: "Tomas Berg", in: "said Tomas Berg, a spokesman for the treasury.") == ["spokesman"])
    }

    @Test func aStoryLineNamingAnotherSpeakerIsNotCitedOnAFreeAnswer() {
        // The lede credited the minister with what his spokesman said.
        let generation = Self.generation(headline: "Minister Ivo Lind rejects new wage demand", [
            "Finance Minister Ivo Lind on Monday said the government would not raise its wage offer.",
            "“We have made our final offer and the treasury cannot go further this year,” said Tomas Berg, a spokesman for the treasury.",
            "“Our members will decide next week whether to strike over the offer,” said Anna Varga, the union's general secretary.",
        ])
        let berg = generation.bank.items.filter { $0.kind == .whoSaid && $0.answer.description.contains("Berg") }
        #expect(!berg.isEmpty)
        #expect(berg.allSatisfy { !$0.prompt.contains("Lind") }, "\(berg.map(\.prompt))")
    }

    @Test func anOfficeAloneIsNoKeyAndATwoWordSurnameIsAcceptedWhole() {
        // "the MEC said" gave the key "MEC"; "Bear" was accepted for "Standing Bear".
        #expect(PromptText.surname(of: "Geoffrey Standing Bear", asWrittenIn: ["Chief Geoffrey Standing Bear spoke.", "Standing Bear said the Nation is well."]) == "Standing Bear")
        #expect(PromptText.surname(of: "Anna Maria Varga", asWrittenIn: ["Anna Maria Varga spoke.", "Varga said no."]) == "Varga")
        #expect(PromptText.surname(of: "Ivo Lind", asWrittenIn: ["Ivo Lind said no."]) == "Lind")
        // Sets 173–176, both readers: "Chi Sen" accepted for Ricardo Siu Chi Sen, whose surname
        // is Siu; a name the article only writes whole has no short form to accept.
        #expect(PromptText.surname(of: "Ricardo Siu Chi Sen", asWrittenIn: ["“…,” said Ricardo Siu Chi Sen."]) == nil)
        #expect(PromptText.surname(of: "Anna Maria Varga", asWrittenIn: ["Anna Maria Varga spoke."]) == nil)
    }

    @Test func sideSpansAndListCountsAreNotAsked() {
        let generation = Self.generation(headline: "Varna bus strike enters second week", [
            "More than 2,000 Varna bus drivers walked out on Monday, the Ostland Transport Union said.",
            "“We will stay out until the city listens,” said Ivo Lind, the union's chairman.",
            "Striker Tomas Berg, a bus operator for 20 years, said Varna City Council had ignored the drivers.",
            "To date, 14 depots, six garages, four workshops and one training centre were shut as well as 29 other sites, the Ostland Transport Union said.",
            "Drivers at the Varna depots have not had a pay rise since the Ostland Transport Union signed its last contract with the city.",
            "Ivo Lind’s call comes about 16 months after Varna City Council announced cuts to the bus budget.",
        ])
        let keys = generation.bank.items.filter { $0.kind == .figure || $0.kind == .claim }.map(\.answer.description)
        #expect(!keys.contains("20 years") && !keys.contains("16 months") && !keys.contains("29"), "\(keys)")
        #expect(generation.skipped.contains { $0.reason.contains("tenure") })
        #expect(generation.skipped.contains { $0.reason.contains("time between two events") })
    }

    @Test func aSentenceInsideAQuoteParagraphIsNotTheOutletsReport() {
        // "In the coming time, 50% of the population will be youth" was a general's words.
        let generation = Self.generation(headline: "Varna army opens recruitment drive", [
            "\"The scheme is designed with the youth in mind. In the coming years, 50% of Ostland's population will be young, so the Ostland Army has to reflect that. They should prepare themselves,\" said Gen. Ivo Lind.",
            "The Ostland army plans to recruit 46,000 soldiers in 2025, the Ostland defence ministry said.",
        ])
        #expect(!generation.bank.items.contains { $0.prompt.contains("In the coming years") && !$0.prompt.contains("Lind") })
        #expect(generation.skipped.contains { $0.kind == "figure" && $0.reason.contains("neither its marks nor its speaker") })
    }

    @Test func anAmountTheArticleRoundsTwoWaysAcceptsBoth() {
        // "a net loss of more than $915 million" beside "lost nearly $916 million".
        let generation = Self.generation(headline: "Varna tycoon's tax returns leaked", [
            "Ivo Lind had a net loss of more than $915 million in 1995, the Ostland Times reported on Saturday.",
            "The Ostland Times said Lind lost nearly $916 million that year, which may have let him avoid income tax.",
            "“The returns show how the tax code works for the very rich,” said Anna Varga, a tax lawyer in Varna.",
        ], fileName: "f.txt")  // a name whose coin asks the fill-in, not the true/false twin
        let asked = generation.bank.items.filter { $0.kind == .figure && ($0.answer.description.contains("915") || $0.answer.description.contains("916")) }
        #expect(!asked.isEmpty)
        #expect(asked.allSatisfy { $0.choices == nil && $0.accept.contains("915,000,000") && $0.accept.contains("916,000,000") }, "\(asked.map(\.accept))")
    }

    // From the readers of sets 153–160 (whole bank) and PolNeAR dev at seed 2002, judged at 079b05c.

    @Test func anOutletNamingSomeoneIsStillCited() {
        // "— SCETV (South Carolina ETV)" was dropped from a free-answer item because a name in
        // the article shared a word with it; readers then had no story at all.
        let generation = Self.generation(headline: "Lind urges calm in Varna", [
            "\u{201C}I plead with you, do not silence the voices of the people of this town,\u{201D} said Ivo Lind, a pastor.",
            "Anna Ledger, the mayor, did not answer questions about the ballot.",
        ])
        let lind = generation.bank.items.filter { $0.kind == .whoSaid && $0.answer.description.contains("Lind") }
        #expect(!lind.isEmpty)
        #expect(lind.allSatisfy { $0.prompt.hasSuffix("” — Ostland Ledger") }, "\(lind.map(\.prompt))")
    }

    @Test func anAgencysDatelineIsNotAsked() {
        // "Aug. 6 (UPI) -- Researchers in South Africa have discovered …".
        let generation = Self.generation(headline: "New dinosaur found in Ostland", [
            "Aug. 6 (UPI) -- Researchers in Ostland have discovered a new species of dinosaur in the Varna hills.",
            "\u{201C}It is the oldest complete skeleton ever found in the region,\u{201D} said Ivo Lind, a palaeontologist at Varna University.",
        ])
        #expect(!generation.bank.items.contains { $0.kind == .date && $0.answer.description.contains("Aug") })
        #expect(generation.skipped.contains { $0.kind == "date" && $0.reason.contains("dateline") })
    }

    // From the second review (of the change since 465313d), on invented articles.

    @Test func twoCloseAmountsInAComparisonAreTwoAmounts() {
        // "$2.31 billion, up from $2.30 billion": accepting last quarter's figure taught a falsehood.
        let generation = Self.generation(headline: "Varnia Bank revenue edges up", [
            "Varnia Bank reported revenue of $2.31 billion for the third quarter, up from $2.30 billion in the second quarter, the Ostland exchange said.",
            "\u{201C}We are growing in every market we serve,\u{201D} said Ivo Lind, the bank's chief executive.",
        ], fileName: "f.txt")
        for item in generation.bank.items where item.kind == .figure {
            #expect(!(item.accept.contains("2,310,000,000") && item.accept.contains("2,300,000,000")), "\(item.accept)")
        }
    }

    @Test func aSentenceOrABanIsStillAsked() {
        // "banned for two years after missing three drug tests": a span after "for" is how long.
        let sense = FigureSense(FigureFact(text: "two years", value: .number(2), unit: "years", qualifier: nil, source: nil,
                                           sentence: "Ivo Lind was banned for two years after missing three drug tests, Ostland Athletics said.", start: 0))
        #expect(sense?.trivia(inLede: false)?.contains("time between") != true)
    }

    @Test func spelledCountsOutsideAListDoNotMakeOne() {
        // "in two sub-counties, forcing 4,500 residents into one camp" lists nothing.
        let sense = FigureSense(FigureFact(text: "3,000", value: .number(3000), unit: "homes", qualifier: nil, source: nil,
                                           sentence: "Floods destroyed 3,000 homes and 120 schools in two sub-counties, forcing 4,500 residents into one camp, Varna County said.", start: 0))
        #expect(sense?.trivia(inLede: true) == nil)
    }
}
