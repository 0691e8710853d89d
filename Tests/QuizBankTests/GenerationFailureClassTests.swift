import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// One invented case for each way generated items were judged false or unusable (issue 17):
/// each assertion failed on the generator before stories, evidence-checked attribution,
/// plausible alternatives and self-contained prompts.
@Suite struct GenerationFailureClassTests {
    static let floodsLedger = """
        ---
        source: Daily Ledger
        published: 2025-03-04
        ---
        Floods sweep Ostrel valley

        At least 1,200 people have been evacuated from the Ostrel valley in Varnia after the river burst its banks, Interior Minister Lisbeth Arno said on Monday.

        Rescue teams from Kamenko and Dravik reached the flooded town of Peloria on Monday night, Varnian Red Cross spokesman Dario Fenn said.

        "We have never seen water rise this fast in the Ostrel valley," Lisbeth Arno said in Kamenko.

        "The dams above Peloria are holding, but we cannot promise anything," said Dario Fenn of the Varnian Red Cross.

        "Our crews will stay in Peloria until every family is safe," Mayor Tomas Brel said.

        A regional official said 14 people had died in Peloria and Dravik.
        """
    static let floodsPost = """
        ---
        source: Evening Post
        published: 2025-03-05
        ---
        Varnia counts the cost of Ostrel floods

        Interior Minister Lisbeth Arno said about 3,000 people had been evacuated from the Ostrel valley in Varnia.

        Varnian Red Cross spokesman Dario Fenn said rescue teams from Kamenko and Dravik had reached Peloria.

        "Nobody in Peloria expected the river to rise so quickly," Mayor Tomas Brel said on Tuesday.

        "We are sending food and blankets to Dravik and Peloria tonight," said Dario Fenn.

        Police said 14 people had died in Peloria and Dravik.
        """
    static let rugby = """
        ---
        source: Sports Weekly
        published: 2025-03-04
        ---
        Harlow coach praises young side

        "This young team showed real heart against a strong Carrow side," said Harlow coach Dean Marsh.

        Harlow captain Owen Pike, aged 24, scored two tries in the win over Carrow at Millfield.

        The club said 8,000 people watched the match at Millfield.
        """
    /// No outlet named anywhere: prompts must speak of "the article", never of its headline.
    static let rail = """
        Ministers cut rail fares

        Ministers from the Group of Eight (G8) met in Halden on Friday to discuss rail fares.

        Wales beat Ireland in the Six Nations match at Cardiff on Saturday.

        The number of rail routes in Halden has fallen by 77, from 785 to 708, the transport office said.

        The mayor of Halden leads by roughly 9 points, 42%-32.7%, in the Halden average of polls.

        Passenger numbers in Halden fell to 9,000 a day, down from 12,000 a day in 2019.

        Earlier, he told Halden Radio that 300 jobs would go.

        In October, it increased this from £6 to £8.

        Halden transport officials said the fare cuts would cost more than 3,000 jobs.

        The Halden rail project will cost $10bn (£5.38bn), officials said.

        Halden celebrated the 372nd birthday of its charter on Saturday.

        Two thirds of commuters in Halden use the trains, the Halden survey found.

        Voters in Halden went to the polls after two elections in December.

        The next year, rebels in Halden released two videos of the hostages.

        For the last three years, that has gone up by an average of 13.2%.
        """

    static func facts(_ text: String, _ name: String) -> ArticleFacts {
        FactExtractor.facts(in: ArticleParser.parse(text, fileName: name))
    }

    /// Many copies under different names, so every coin the generator tosses (multiple
    /// choice or not, true or false) lands both ways somewhere.
    static let towns = ["Halden", "Brisk", "Corvel", "Dunmore", "Elster", "Farrow", "Galden", "Hollin", "Ivers", "Jarrow", "Kilden", "Lorne", "Marden", "Norlin", "Orbury", "Pellow"]
    static let railBank = QuestionGenerator().bank(title: "t", from: towns.map { facts(rail.replacingOccurrences(of: "Halden", with: $0), "rail-\($0).txt") })
    static let storyBank = QuestionGenerator().bank(title: "t", from: [facts(floodsLedger, "ledger.txt"), facts(floodsPost, "post.txt"), facts(rugby, "rugby.txt")])

    // MARK: - Cross-source items over unrelated stories, or comparing different claims

    @Test func crossSourceItemsCompareOneClaimWithinOneStory() throws {
        let crossSource = Self.storyBank.items.filter { $0.kind == .crossSource }
        #expect(!crossSource.isEmpty, "two outlets gave different evacuation figures")
        for item in crossSource {
            let choices = try #require(item.choices)
            #expect(!choices.contains("Sports Weekly"), "\(item.id): an outlet of another story among the choices")
            #expect(!choices.contains { $0.hasSuffix(".txt") }, "\(item.id): a file name offered as an outlet")
            // The deaths were the same in both outlets, and deaths are not evacuations.
            #expect(!item.prompt.contains("14 people"), "\(item.id): no difference about the deaths")
            #expect(item.evidence?.sentence.contains("evacuated") == true, "\(item.id) compares the evacuation figures")
        }
    }

    // MARK: - Who said it

    static func quoteFacts(_ quotes: [(text: String, speaker: String, sentence: String)], article: String = "q.txt") throws -> ArticleFacts {
        let json: [String: Any] = [
            "article": article, "title": NSNull(), "source": "Example Times", "published": NSNull(), "figures": [], "dates": [],
            "quotes": quotes.enumerated().map { ["text": $1.text, "speaker": $1.speaker, "sentence": $1.sentence, "start": $0 * 100, "short": false] },
        ]
        return try JSONDecoder().decode(ArticleFacts.self, from: JSONSerialization.data(withJSONObject: json))
    }

    @Test func aNameInsideTheQuoteIsNoEvidenceOfWhoSpoke() throws {
        let facts = try Self.quoteFacts([
            ("But I saw the other side of Jim Callaghan, a kind and loyal man,", "Jim Callaghan",
             "\"But I saw the other side of Jim Callaghan, a kind and loyal man,\" he added."),
            ("Everyone in the party called him ", "Roy Hattersley",
             "Roy Hattersley said: \"Everyone in the party called him \"the nice guy\" of the cabinet.\""),
        ])
        let bank = QuestionGenerator().bank(title: "t", from: [facts])
        #expect(!bank.items.contains { $0.answer == .text("Jim Callaghan") }, "keyed to the man the quote is about")
        #expect(!bank.items.contains { $0.prompt.contains("called him”") }, "a quote cut at its nested quote")
    }

    @Test func whoSaidDistractorsAreSpeakersOfTheSameStoryOrNone() throws {
        let coach = try #require(Self.storyBank.items.first { $0.kind == .whoSaid && $0.prompt.contains("young team") })
        #expect(coach.choices == nil, "the rugby story has one speaker: free answer, not politicians as choices")
        #expect(coach.accept.contains("Marsh"))
        for item in Self.storyBank.items where item.kind == .whoSaid {
            for choice in item.choices ?? [] where choice != item.answer.description {
                #expect(!["Dean Marsh", "Owen Pike"].contains(choice), "\(item.id): \(choice) is from another story")
            }
        }
    }

    // MARK: - Figures

    @Test func figureChoicesArePlausibleAndPromptsKeepTheirAnswer() {
        let figures = Self.railBank.items.filter { $0.kind == .figure }
        #expect(!figures.isEmpty)
        for item in figures {
            let key = item.answer.description
            #expect(!["Eight", "Six", "77", "9"].contains(key), "\(item.id): '\(key)' is a name or the difference of numbers beside it")
            // Cited as the story's headline, never as the source line or the outlet.
            #expect(!item.prompt.contains("— Ministers cut rail fares"), "\(item.id): the headline as the source line")
            #expect(item.prompt.hasSuffix(" — from “Ministers cut rail fares”"), "\(item.id): \(item.prompt)")
            if item.evidence?.sentence.contains("down from 12,000") == true, let choices = item.choices {
                #expect(choices.allSatisfy { (NumberReading.value(of: $0) ?? 0) < 12_000 }, "\(item.id): \(choices) after 'down from 12,000'")
            }
            if key == "372nd", let choices = item.choices {
                #expect(choices.allSatisfy { abs((NumberReading.value(of: String($0.dropLast(2))) ?? 0) - 372) <= 10 }, "\(item.id): \(choices)")
            }
            if key == "Two" { #expect(item.choices == nil, "\(item.id): fractions get no invented thirds: \(item.choices ?? [])") }
        }
        let rugbyAge = Self.storyBank.items.filter { $0.kind == .figure && $0.answer == .text("24") }
        for item in rugbyAge {
            #expect((item.choices ?? []).allSatisfy { (1...105).contains(Int($0) ?? 0) && abs((Int($0) ?? 0) - 24) <= 10 }, "\(item.choices ?? [])")
        }
    }

    // MARK: - True/false claims

    @Test func falseClaimsAreFalseBelievableAndConsistent() {
        let claims = Self.railBank.items.filter { $0.kind == .claim }
        #expect(claims.contains { $0.answer == .truth(false) })
        for item in claims {
            #expect(!item.prompt.contains("Ministers cut rail fares reported"), "\(item.id): the headline presented as the outlet")
            #expect(item.prompt.hasPrefix("True or false? The article “Ministers cut rail fares” reports:") || item.prompt.contains(" said:"), "\(item.id): \(item.prompt)")
            guard item.answer == .truth(false) else { continue }
            // "More than 3,000" stays true as "more than 1,500": a false floor must be higher.
            if let range = item.prompt.range(of: "more than ") {
                let value = NumberReading.value(of: String(item.prompt[range.upperBound...].prefix { $0.isNumber || $0 == "," })) ?? 0
                #expect(value > 3_000, "\(item.id): \(item.prompt)")
            }
            #expect(!item.prompt.contains("(£5.38bn)"), "\(item.id): the pound figure no longer matches")
            for absurd in ["six elections", "eight elections", "Eight thirds", "Four thirds", "Six thirds"] {
                #expect(!item.prompt.contains(absurd), "\(item.id): \(item.prompt)")
            }
        }
    }

    // MARK: - Every kind

    @Test func promptsStandAloneAndNoSentenceIsAskedTwice() {
        for bank in [Self.railBank, Self.storyBank] {
            var seen: [String: Item.ID] = [:]
            for item in bank.items {
                #expect(!item.prompt.contains("he told Halden Radio"), "\(item.id): “he” is never named")
                #expect(!item.prompt.contains("it increased this"), "\(item.id): “it” and “this” are never named")
                #expect(!item.prompt.contains("The next year"), "\(item.id): a year counted from an earlier sentence")
                #expect(!item.prompt.contains("that has gone up"), "\(item.id): “that” stands for something said before")
                guard let evidence = item.evidence else { continue }
                let key = "\(item.id.rawValue.prefix(while: { $0 != "-" }))|\(evidence.sentence)"
                #expect(seen[key] == nil, "\(item.id) asks about the sentence \(seen[key]?.rawValue ?? "") asked")
                seen[key] = item.id
            }
        }
    }
}

/// Failure classes of the later blind rounds (judged-failures), each with invented sentences.
extension GenerationFailureClassTests {
    static let harbourCouncil = """
        ---
        source: Coastal Record
        published: 2025-09-02
        ---
        Trelby council backs new sea wall

        Trelby council voted on Monday to spend 42 million pounds on a new sea wall along the Marsh Road front, council leader Anna Vell said.

        But among residents of the Marsh Road estate, support for the wall fell to 38 percent in a Trelby Post survey.

        In sum, more than 2,600 households in Trelby are expected to receive flood notices from the Trelby council.

        Conversely, the Trelby Post found 61 percent of shop owners in Trelby favoured the wall.

        And such flooding would reach Trelby harbour at least once in 30 years, engineer Ruth Cobb of Halden University said.

        The Welsh engineer told Trelby council that 1,900 homes in Trelby would be protected by the wall.

        Had 14 meetings with Trelby council before the vote, according to the Marsh Road residents' group.

        You can read the 212-page Trelby council report on the council's website from 9 September.

        "If he keeps delaying this, the Marsh Road estate will flood again," said Trelby resident Colm Dwyer.

        "The sea wall is the biggest project Trelby council has approved in 40 years," said council leader Anna Vell.
        """

    static var harbourBank: Bank {
        QuestionGenerator().bank(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(harbourCouncil, fileName: "trelby.txt"))])
    }

    @Test func sentencesThatGoOnFromTheOneBeforeAreNotAsked() {
        let prompts = Self.harbourBank.items.map(\.prompt)
        for fragment in ["But among residents", "In sum", "Conversely", "such flooding", "The Welsh engineer", "Had ____ meetings", "Had 14 meetings", "You can read"] {
            #expect(!prompts.contains { $0.contains(fragment) }, "\(fragment): \(prompts)")
        }
        #expect(prompts.contains { $0.contains("Trelby council voted") }, "the lede stands alone: \(prompts)")
        #expect(PromptText.unresolvedReference("The Welsh engineer Ruth Cobb told Trelby council that 1,900 homes would be protected.") == nil,
                "an epithet followed by the name is resolved")
        #expect(PromptText.unresolvedReference("Rescue crews such as the Trelby lifeboat reached Marsh Road at noon.") == nil)
    }

    @Test func aQuoteThatSpeaksOfAnUnnamedHeIsNotAskedAlone() {
        let bank = Self.harbourBank
        #expect(!bank.items.contains { $0.kind == .whoSaid && $0.prompt.contains("If he keeps delaying") }, "\(bank.items.map(\.prompt))")
        #expect(PromptText.quoteLeansOnContext("If he keeps delaying the vote, the Marsh Road estate will flood again") != nil)
        #expect(PromptText.quoteLeansOnContext("When Anna Vell said it, he was already gone from the chamber") == nil, "a name before “he”")
    }
}

extension GenerationFailureClassTests {
    static let stadium = """
        ---
        source: Harlow Echo
        published: 2025-10-14
        ---
        Harlow City names five new directors

        Harlow City named five new directors on Friday to oversee the 80 million pound Marlow Park stadium, club chairman Ivo Renn said.

        The Marlow Park stadium will hold 31,000 fans when it opens in Harlow in August 2027, Ivo Renn said.

        Harlow forward Jon Tate, 31, scored the first goal at the old Marlow Park ground in 2016.

        Eight out of ten fans in Harlow backed the stadium plan in a Harlow Echo poll last month.

        Among Harlow fans aged between 18 and 30, support for the stadium plan stayed at 52 percent.

        Season-ticket sales in Harlow rose by 25 percent, from 12,000 to 15,000, after Ivo Renn announced the stadium plan.

        Harlow Echo readers learned that Ivo Renn's new Volta coupe has 19-inch wheels and a top speed of 150 mph.

        Harlow manager Rita Bole won two league titles over three spells at Carrow before she came to Harlow City.

        Harlow City's academy has trained 400 players since it opened in Marlow Park in 1999, Rita Bole said.
        """

    static var stadiumItems: [Item] {
        QuestionGenerator().generate(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(stadium, fileName: "harlow.txt"))],
                                     options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
    }

    @Test func trivialAndGuessableFiguresAreNotAsked() {
        let items = Self.stadiumItems
        let figures = items.filter { $0.kind == .figure }.map { "\($0.prompt) => \($0.answer)" }
        for answer in ["31", "ten", "18", "30", "12,000", "19-inch", "150 mph", "two", "three"] {
            #expect(!items.contains { $0.kind == .figure && $0.answer.description == answer }, "\(answer): \(figures)")
        }
        #expect(items.contains { $0.evidence?.sentence.contains("31,000") == true }, "the story's own figure stays: \(figures)")
        #expect(!items.contains { $0.kind == .figure && $0.answer.description == "25 percent" }, "the change of 12,000 to 15,000: \(figures)")
        #expect(items.contains { $0.answer.description == "400" || $0.prompt.contains("400") }, "a figure of the story away from the lede stays: \(figures)")
    }

    @Test func smallCountsMakeNoClaim() {
        let article = """
            ---
            source: Harlow Echo
            published: 2025-10-14
            ---
            Harlow board gains directors

            Harlow City named five new directors to the Marlow Park stadium board, club chairman Ivo Renn said.

            The Marlow Park stadium board met in Harlow for the first time in its new form, Ivo Renn said.
            """
        let items = QuestionGenerator().generate(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(article, fileName: "board.txt"))],
                                                 options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
        // "five positive indicators" before a list of three refutes its own false twin.
        #expect(!items.contains { $0.kind == .claim && $0.prompt.contains("new directors") }, "\(items.map(\.prompt))")
    }
}

extension GenerationFailureClassTests {
    static let ferry = """
        ---
        source: Island Courier
        published: 2025-05-20
        ---
        Skerra ferry line to close on 30 June 2025

        The Skerra ferry line will close on 30 June 2025 after 60 years, the Nordhav transport board said on Monday.

        In films from 1984: The Last Crossing to Harbour Lights, the Skerra ferry has stood for island life in Nordhav.

        The Skerra ferry first sailed from Nordhav to Skerra island in 1965, the Nordhav transport board said.

        The Nordhav transport board was set up after the 1953 Skerra storm destroyed the old island harbour.

        Nordhav transport chief Ada Lund said the Skerra line would stay open if islanders voted for it in September.

        Islanders waited at Nordhav harbour until nearly 2 a.m. on Sunday for the last Skerra night crossing, Ada Lund said.

        A new bridge from Nordhav to Skerra island will open in March 2026, Ada Lund said.
        """

    @Test func backgroundAndGuessableDatesAreNotAsked() {
        let items = QuestionGenerator().generate(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(Self.ferry, fileName: "ferry.txt"))],
                                                 options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
        let dates = items.filter { $0.kind == .date }.map(\.answer.description)
        for answer in ["1984", "1965", "1953", "September", "2 a.m."] { #expect(!dates.contains(answer), "\(answer): \(dates)") }
        #expect(dates.contains("March 2026") || dates.contains("30 June 2025"), "the story's own dates stay: \(dates)")
    }
}

extension GenerationFailureClassTests {
    static let rally = """
        ---
        source: Valley Times
        published: 2025-04-08
        ---
        Governor Lena Storr opens Brenlow campaign

        Three main promises of the Brenlow campaign -- lower rents, faster trains and cleaner rivers -- were set out by Governor Lena Storr on Monday.

        "If you look at the numbers," Lena Storr said at the Brenlow rally, "our plan for Brenlow pays for itself."

        Brenlow voter Karl Omdahl held up a sign saying "Storr Will Fix Brenlow Rents For Good."

        "Rents in Brenlow have doubled in ten years and wages have not," wrote Petra Vahl and her team at Brenlow University.

        Section 1206 of the Brenlow housing code caps rent rises at 9 percent a year, Lena Storr said.

        In the 95 minute speech at the Brenlow rally, Lena Storr attacked her rival Nils Berg.

        Today is four weeks until the Brenlow vote on rents.

        "Our rivals in Brenlow have no plan for rents at all," said Nils Berg's spokesman Tor Haug.
        """

    @Test func quotesThatWereNotSpokenWholeAndFiguresThatAreNamesOrColourAreNotAsked() {
        let items = QuestionGenerator().generate(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(Self.rally, fileName: "rally.txt"))],
                                                 options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
        let prompts = items.map(\.prompt)
        for fragment in ["If you look at the numbers", "Storr Will Fix", "Rents in Brenlow have doubled", "Section ____", "95 minute", "Today is", "____ main promises"] {
            #expect(!prompts.contains { $0.contains(fragment) }, "\(fragment): \(prompts)")
        }
        #expect(!items.contains { $0.kind == .figure && ["1206", "95 minute", "Three", "four weeks"].contains($0.answer.description) }, "\(prompts)")
        #expect(items.contains { $0.kind == .whoSaid && $0.prompt.contains("Our rivals in Brenlow") }, "a whole quote stays: \(prompts)")
    }
}

extension GenerationFailureClassTests {
    @Test func aLoneSurnameIsWrittenOutWithTheFirstNameTheArticleGave() {
        let article = """
            ---
            source: Coast Ledger
            published: 2025-02-11
            ---
            Broadcaster Mara Quill funds Ostby shelter

            Broadcaster Mara Quill gave 2 million kroner to the Ostby night shelter on Monday, the Ostby council said.

            In 2024, Quill donated 750,000 kroner to the Ostby food bank, according to the Ostby council.

            The Quill family foundation also funds the Ostby library, the council said in its report.

            "Nobody in Ostby should sleep outside in winter," said Mara Quill at the shelter.

            Millennial Democrats in Ostby back the shelter, and 80 percent of Democrats in Ostby voted for it, the council said.

            Ostby mayor Lars Dahl opened the shelter with his wife, council member Eva Dahl, on Monday.

            "This shelter will be open every night of the year," Dahl said as he cut the ribbon in Ostby.
            """
        let items = QuestionGenerator().generate(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(article, fileName: "quill.txt"))],
                                                 options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
        let prompt = items.first { $0.evidence?.sentence.hasPrefix("In 2024, Quill donated") == true }?.prompt
        #expect(prompt?.contains("In 2024, Mara Quill donated") == true, "\(items.map(\.prompt))")
        #expect(PromptText.withFullName("The Quill family foundation funds the Ostby library.", fullNames: ["Quill": "Mara Quill"])
                == "The Quill family foundation funds the Ostby library.", "a name used as an adjective stays")
        #expect(PromptText.withFullName("Mr. Quill said so.", fullNames: ["Quill": "Mara Quill"]) == "Mr. Quill said so.")
        // Only a speaker's name is written out, and only when no one else in the article shares the surname.
        let bySurname: [String: Set<String>] = ["Clinton": ["Hillary Clinton", "Bill Clinton"], "Democrats": ["Millennial Democrats"], "Quill": ["Mara Quill"]]
        #expect(PromptText.fullNames(bySurname, speakers: ["Hillary Clinton", "Broadcaster Mara Quill"]) == ["Quill": "Mara Quill"])
        #expect(PromptText.surnameIsShared("Hillary Clinton", bySurname), "a lone “Clinton” may be Bill: no who-said item keyed to Hillary")
        #expect(!PromptText.surnameIsShared("Broadcaster Mara Quill", bySurname))
    }
}

extension GenerationFailureClassTests {
    static let poll = """
        ---
        source: Northern Wire
        published: 2025-11-03
        ---
        Mayor Ilka Denn leads Varde race

        Mayor Ilka Denn leads the Varde mayoral race with 41 percent, a Varde Herald poll found on Sunday.

        Ilka Denn won the support of nearly four in 10 Varde voters — 39 percent — in the Varde Herald poll.

        The result: Varde council candidates now expect 62 percent turnout in the Varde mayoral vote, the Varde Herald said.

        The Varde Herald poll was conducted from Oct. 19 to 22, surveying a random sample of 1,001 adults in Varde by landline.

        Ilka Denn's campaign said the Varde budget peaked 10 years ago at 380 million crowns.

        After Ilka Denn took possession of the 757 in 2021, the Varde council sold its older plane, the Varde Herald said.

        "Varde deserves better than this mayor," added a Varde Democrat at the rally.

        Opposition leader Jonas Brekk said on Monday that Varde had lost 2,400 jobs under Ilka Denn.
        """

    @Test func givenAwayHeadedAndDescribedItemsAreNotMade() {
        let items = QuestionGenerator().generate(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(Self.poll, fileName: "varde.txt"))],
                                                 options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
        let prompts = items.map(\.prompt)
        for fragment in ["39 percent", "four in 10 Varde voters", "The result", "random sample", "the ____ in 2021", "the 757", "deserves better"] {
            #expect(!prompts.contains { $0.contains(fragment) }, "\(fragment): \(prompts)")
        }
        #expect(!items.contains { ["39 percent", "1,001", "10 years ago", "757", "Varde Democrat"].contains($0.answer.description) }, "\(prompts)")
        #expect(PromptText.isBoilerplate("PeÃ±a Nieto said that immigration peaked."), "garbled text")
        #expect(items.contains { $0.evidence?.sentence.contains("2,400 jobs") == true }, "a claimed figure stays: \(prompts)")
    }
}

extension GenerationFailureClassTests {
    @Test func agesDatesUsedAsAdjectivesAndQuotedOpeningsAreHandled() {
        let article = """
            ---
            source: Valley Times
            published: 2025-04-08
            ---
            Brenlow votes on rents on 4 May

            Brenlow will vote on a rent cap on 4 May, council leader Ada Strom said on Monday.

            Tenant organiser Ivo Brandt, 33, told the Valley Times that 12,000 Brenlow tenants had signed the petition.

            Landlords in Brenlow spent 2.4 million crowns before the 4 May Brenlow rent vote, the Brenlow council said.

            "Rents in Brenlow rose 40 percent in five years," Ada Strom told the Brenlow council, "and wages did not."

            "The cap will cost Brenlow 900 homes," said landlords' spokesman Tomas Frey of the Brenlow Landlords Association.

            Among Brenlow tenants younger than 30, she won by 30 points, the Brenlow council said.
            """
        let items = QuestionGenerator().generate(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(article, fileName: "brenlow.txt"))],
                                                 options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
        let prompts = items.map(\.prompt)
        #expect(!items.contains { $0.answer.description == "33" }, "an age beside a name, in the lede too: \(prompts)")
        #expect(!items.contains { $0.kind == .date && $0.evidence?.sentence.contains("the 4 May Brenlow") == true }, "\(prompts)")
        #expect(!prompts.contains { $0.contains("she won") }, "“she” after a sentence's first word and a name: \(prompts)")
        #expect(!prompts.contains { $0.contains("““") || $0.contains("“\"") }, "no doubled quote marks: \(prompts)")
        #expect(PromptText.quoted("“The cap will cost Brenlow ____ homes,” said Tomas Frey.") == "“The cap will cost Brenlow ____ homes,” said Tomas Frey.")
        #expect(PromptText.quoted("Brenlow will vote on ____.") == "“Brenlow will vote on ____.”")
    }
}

extension GenerationFailureClassTests {
    @Test func questionsPlacesAndCenturiesAreNotAskedAbout() {
        #expect(PromptText.quoteLeansOnContext("Do these voters in Brenlow read newspapers at all?") != nil, "a question")
        #expect(PromptText.quoteLeansOnContext("We cannot let those people in Brenlow decide for all of us") != nil, "“those people”")
        #expect(PromptText.unresolvedReference("The Brenlow Herald reported that she had reached the 2,383 votes needed on Monday.") != nil,
                "“she” after an organisation")
        let cast = StoryCast([])
        let others = cast.others(of: "Ada Strom", among: ["North Africa", "Tomas Frey", "Ivo Brandt", "West Brenlow", "Lena Storr"], seed: "s")
        #expect(!others.contains("North Africa") && !others.contains("West Brenlow") && others.count == 3, "\(others)")
        let facts = FactExtractor.facts(in: ArticleParser.parse("Brenlow mills\n\nBrenlow's mills date from the 19th century Brenlow boom, Ada Strom said.", fileName: "m.txt"))
        let figure = facts.figures.first { $0.text == "19th" }
        #expect(figure.flatMap { FigureSense($0)?.partOfName } != nil, "\(facts.figures.map(\.text))")
    }
}

extension GenerationFailureClassTests {
    @Test func sharesThatCompleteOrMultiplyTheOtherNumberAndWeekdaysAreNotAsked() {
        let article = """
            ---
            source: Valley Times
            published: 2025-04-08
            ---
            Brenlow Mills agrees merger with Ostby Steel

            Brenlow Mills agreed on Wednesday evening to merge with Ostby Steel in a 30-second vote, chairman Ada Strom said.

            Brenlow Mills shareholders will own 44 percent of the merged company, while Ostby Steel shareholders will own 56 percent, Ada Strom said.

            In a Brenlow Herald poll, Ada Strom doubles rival Tomas Frey's support, 62 percent to 31 percent, among Brenlow Mills workers.

            Ada Strom estimated that the merger would cost between 45 million and 50 million crowns, the Brenlow Herald said.
            """
        let items = QuestionGenerator().generate(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(article, fileName: "merger.txt"))],
                                                 options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
        let prompts = items.map(\.prompt)
        for answer in ["Wednesday evening", "30-second", "56 percent", "44 percent", "62 percent", "31 percent", "50 million", "45 million"] {
            #expect(!items.contains { ($0.kind == .figure || $0.kind == .date) && $0.answer.description == answer }, "\(answer): \(prompts)")
        }
    }
}

extension GenerationFailureClassTests {
    @Test func figuresCountedOnFromAnEarlierOneAndThatStatesPossessionsAreNotAsked() {
        let article = """
            ---
            source: Valley Times
            published: 2025-04-08
            ---
            Brenlow donors fund Ada Strom

            The Brenlow Growth Fund gave 3 million crowns to Ada Strom's Brenlow campaign, the Brenlow Herald reported on 2 April.

            At least 1 million crowns more was donated by Friends of Brenlow, which Tomas Frey co-founded, the Brenlow Herald said.

            Five candidates from Brenlow are competing before that state's primary on 30 August, the Brenlow Herald said.
            """
        let items = QuestionGenerator().generate(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(article, fileName: "donors.txt"))],
                                                 options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
        let prompts = items.map(\.prompt)
        #expect(!prompts.contains { $0.contains("crowns more was donated") || $0.contains("____ more was donated") }, "\(prompts)")
        #expect(!prompts.contains { $0.contains("that state's primary") }, "\(prompts)")
        #expect(Claimants.sort(of: "America Rising") == .organisation && Claimants.sort(of: "Citizens United") == .organisation)
    }
}

extension GenerationFailureClassTests {
    @Test func addOnsEpithetsAgesHolidaysAndTurnsOfPhraseAreNotAsked() {
        let article = """
            ---
            source: Valley Times
            published: 2025-04-08
            ---
            Brenlow mayor race tightens

            Mayor Ada Strom leads rival Tomas Frey by 48 percent to 41 percent in the Brenlow mayoral race, a Brenlow Herald poll found on 6 April.

            Brenlow donor Ivo Brandt also contributed 225,000 crowns to a group backing Ada Strom, the Brenlow Herald said.

            The Brenlow Senator lost 7 points in the Brenlow Herald poll, and now sits at just 11 percent.

            Nils Berg, the 39-year old Brenlow treasurer, said the Brenlow budget would fall by 12 million crowns.

            On 5 May, Ada Strom posted a photo of herself at a Brenlow parade celebrating Cinco de Mayo.

            Lena Storr, who had done it against 30 Brenlow councils, said Ada Strom would win the Brenlow vote.

            Tomas Frey said that Brenlow council was 100 percent committed to an open Brenlow budget.

            Tomas Frey wrote his first Brenlow Herald column 43 years ago about the Brenlow docks.
            """
        let items = QuestionGenerator().generate(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(article, fileName: "tightens.txt"))],
                                                 options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
        let prompts = items.map(\.prompt)
        for fragment in ["also contributed", "The Brenlow Senator", "Cinco de Mayo", "done it", "100 percent committed", "43 years ago", "____ years ago"] {
            #expect(!prompts.contains { $0.contains(fragment) }, "\(fragment): \(prompts)")
        }
        #expect(!items.contains { ["39-year", "5 May", "30", "100 percent", "43 years"].contains($0.answer.description) }, "\(prompts)")
        #expect(PromptText.quoteLeansOnContext("Just to be clear, I never said no to the Brenlow plan") != nil)
        #expect(Claimants.sort(of: "Hewlett Packard Enterprise") == .organisation)
    }
}

extension GenerationFailureClassTests {
    @Test func captionsQuotesOnAnUnnamedTheyAndGarbledChoicesAreLeftOut() {
        #expect(PromptText.isBoilerplate("Mayor Ada Strom speaks at a campaign rally in Brenlow on June 14, 2025."), "a photo caption")
        #expect(PromptText.quoteLeansOnContext("They've got a great brand and a large platform in Brenlow") != nil)
        let others = StoryCast([]).others(of: "Ada Strom", among: ["FranA A", "Tomas Frey", "Ivo Brandt", "Lena Storr"], seed: "s")
        #expect(!others.contains("FranA A") && others.count == 3, "\(others)")
    }
}

extension GenerationFailureClassTests {
    @Test func aConnectiveSetOffByACommaIsDroppedAndTheRestChecked() {
        #expect(PromptText.withoutLeadingConnective("Meanwhile, a rebel leader said up to 4,000 troops had crossed into Dorvia.")
                == "A rebel leader said up to 4,000 troops had crossed into Dorvia.")
        #expect(PromptText.withoutLeadingConnective("In sum, 2,600 households in Trelby will get notices.") == "2,600 households in Trelby will get notices.")
        #expect(PromptText.withoutLeadingConnective("But among residents of Trelby, support fell.") == "But among residents of Trelby, support fell.")
        #expect(PromptText.withoutLeadingConnective("Trelby, a harbour town, voted on Monday.") == "Trelby, a harbour town, voted on Monday.")
    }
}

extension GenerationFailureClassTests {
    @Test func aSurnameTwoPeopleShareIsNeverWrittenOutEvenForAOneWordSpeaker() {
        let bySurname: [String: Set<String>] = ["Clinton": ["Hillary Clinton", "Bill Clinton"]]
        // Dictionary and Set order changes from run to run: the answer must not depend on it.
        for _ in 0..<20 {
            #expect(PromptText.fullNames(bySurname, speakers: ["Clinton"]).isEmpty)
            #expect(PromptText.fullNames(bySurname, speakers: ["Clinton", "Hillary Clinton"]).isEmpty)
        }
        #expect(PromptText.fullNames(["Quill": ["Mara Quill", "Broadcaster Mara Quill"]], speakers: ["Quill"]) == ["Quill": "Mara Quill"])
    }
}

extension GenerationFailureClassTests {
    @Test func quotedTitlesBoxScoresAndSuffixOnlyNamesAreLeftOut() {
        let article = """
            ---
            source: Valley Times
            published: 2025-04-08
            ---
            Brenlow Bears beat Ostby

            The Brenlow Bears beat Ostby 101-96 on Tuesday, Brenlow coach Ada Strom said after the game.

            About 12,000 fans watched the game at the Brenlow arena, the Brenlow Bears said.

            The Brenlow Bears have sold 8,500 season tickets for 2025, the Brenlow Bears said.

            Brenlow guard Ivo Brandt scored 34 points in the Brenlow Bears' fifth straight victory over Ostby on Tuesday.

            Ada Strom recommended Lena Storr's Brenlow documentary, “4th,” to the Brenlow Bears players before the game.
            """
        let items = QuestionGenerator().generate(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(article, fileName: "bears.txt"))],
                                                 options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
        #expect(!items.contains { ["34 points", "34", "4th"].contains($0.answer.description) || $0.prompt.contains("34 points") }, "\(items.map(\.prompt))")
        let others = StoryCast([]).others(of: "Ada Strom", among: ["Biden Jr", "Tomas Frey", "Ivo Brandt"], seed: "s")
        #expect(others.sorted() == ["Ivo Brandt", "Tomas Frey"], "\(others)")
    }
}
