import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What blind readers judged not worth asking on unseen web articles (session 8), in
/// sentences invented for the test: figures deep in an article that nobody stands behind,
/// the same figure or date asked twice, a number that names something turned false, a model
/// year and a century asked as dates.
@Suite struct GenerationWorthAskingTests {
    static func bank(_ text: String) -> [Item] {
        QuestionGenerator().bank(title: "t", from: [FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a.txt"))]).items
    }

    static let review: String = {
        var paragraphs = [
            "Ostland's parliament approved a budget of $20 billion on Tuesday, Finance Minister Lena Varga said.",
            "The plan sends $4 billion to hospitals in the northern provinces, the ministry said in a statement.",
        ]
        // Filler that carries its own facts, pushing the spec lines deep into the article.
        for n in 1...12 {
            paragraphs.append("Deputy Minister Aron Kask said region number \(n) would see new roads and schools under the plan announced in Varna.")
        }
        paragraphs.append("Varnia Tech sells its X200 tablet with 512 gigabytes of storage for $899 in shops across Ostland.")
        paragraphs.append("Lena Varga repeated that the budget of $20 billion was the largest the country had ever passed.")
        paragraphs.append("The 2020 Varnian Atlas is still the best-selling car in the northern provinces of the country.")
        paragraphs.append("Plague has struck the northern provinces since the 1300s, the health ministry said in its yearly report.")
        return "---\nsource: Ostland Herald\npublished: 2025-11-28\n---\nOstland passes record budget\n\n" + paragraphs.joined(separator: "\n\n")
    }()

    @Test func asidesAndQuotesAboutWhatWasSaidBeforeAreNotAskedWhoSaid() {
        let text = """
            ---
            source: Ostland Herald
            published: 2025-11-28
            ---
            Ostland senators split over the budget

            "The budget cuts $4 billion from the northern hospitals and the roads of Varna," said Senator Lena Varga.

            "Man, you are working it hard," said Senator Aron Kask.

            "I don't believe that's a good idea for anyone in the country," said Senator Mira Holt.

            "We will vote against every amendment that weakens the hospitals of Ostland," said Senator Aron Kask.
            """
        let items = Self.bank(text)
        let quotes = items.filter { $0.kind == .whoSaid }.map(\.prompt)
        #expect(items.contains { $0.evidence?.sentence.contains("northern hospitals") == true }, "\(quotes)")
        #expect(quotes.contains { $0.contains("every amendment") }, "\(quotes)")
        #expect(!quotes.contains { $0.contains("working it hard") })
        #expect(!quotes.contains { $0.contains("good idea") })
    }

    @Test func ordinalLabelsDashFragmentsAndBareSharesAreNotAsked() {
        let text = """
            ---
            source: Ostland Herald
            published: 2025-11-28
            ---
            Varga wins the Ostland primary

            Lena Varga blamed the 43rd president of Ostland for the collapse of the northern banks, Senator Aron Kask said.

            A 2nd website in Ostland refused to sell the senator's pistol to collectors, the Varna police said.

            - testimony during an Oct. 22 hearing before the Ostland Senate committee on the northern banks.

            Lena Varga finished 2nd in the Varna primary on Tuesday, the Ostland election board said.

            Sen. Aron Kask, R-Varna, was at 10 percent.
            """
        let asked = Self.bank(text).filter { $0.kind == .figure || $0.kind == .claim || $0.kind == .date }
        let sentences = asked.compactMap { $0.evidence?.sentence }
        #expect(!sentences.contains { $0.contains("43rd") || $0.contains("2nd website") || $0.hasPrefix("-") || $0.contains("was at 10") }, "\(sentences)")
        #expect(asked.contains { $0.answer.description == "2nd" }, "a placing is still a figure: \(asked.map(\.prompt))")
    }

    @Test func aSubjectAnEarlierSentenceIntroducedIsNoStandalonePrompt() {
        for leaning in ["The donation was one of six made to Ready PAC in Varna.", "The super PAC has spent over $4 million in Ostland.",
                        "The embattled French president is expected to run again in 2017.",
                        "Six donors from Lodi gave $62,000 to Ready PAC that same day.", "De Blasio disbanded the unit in April 2014.",
                        "Wealth-X says they are worth about $47 billion each."] {
            #expect(PromptText.unresolvedReference(leaning) != nil, "\(leaning)")
        }
        for standalone in ["The French interior minister, Bernard Cazeneuve, said 80 people were killed in Nice.",
                           "The Marlow Park stadium will hold 31,000 fans when it opens in Harlow.",
                           "The Republican National Committee set a goal of raising $64 million for Cleveland.",
                           "Officials in Kestel said 11 people were killed during the night.",
                           "David and Charles Koch said they were worth $40 billion each.",
                           "Half of that year's budget of Varna went to roads, the Ostland ministry said.",
                           "Senator Lena Varga said the Varna Bank raised its prices by 5 percent."] {
            #expect(PromptText.unresolvedReference(standalone) == nil, "\(standalone)")
        }
        #expect(PromptText.isMarketDataLine("The Dow Jones industrial average closed down 24.11 points, or 0.1 percent, to close at 18,432.24."))
        #expect(!PromptText.isMarketDataLine("Clinton leads Trump by 3 points in the polls."))
    }

    @Test func roundCountsGetWrongValuesOfTheirOwnStepNotDoublesAndTriples() throws {
        for (sentence, key, limit) in [("Ostland is one of 45 states where open carry is law, the Varna court said.", "45", 60.0),
                                       ("The coalition has grown to 3,500 soldiers in Varna, the Ostland army said.", "3,500", 5_000.0)] {
            let facts = FactExtractor.facts(in: ArticleParser.parse("Varna\n\n" + sentence, fileName: "v.txt"))
            let figure = try #require(facts.figures.first { $0.text == key })
            let choices = try #require(FigureSense(figure)?.distractors(storyValues: [], seed: "s"))
            #expect(choices.allSatisfy { (NumberReading.value(of: $0) ?? .infinity) <= limit }, "\(key): \(choices)")
        }
    }

    /// Third blind round (PolNeAR train, session 9): a surname two people share written out
    /// as the wrong one, a reporter's figure credited to the speaker of a quote beside it,
    /// "As" taken for a claimant, a slate card's words keyed to the candidate they name.
    @Test func namesAndClaimantsAreNeverGuessed() {
        let text = """
            ---
            source: Ostland Herald
            published: 2016-08-01
            ---
            Clinton courts Varna

            Hillary Clinton spoke to voters in Varna on a warm evening, and Bill Clinton stayed in the capital.

            Republicans expect to see Clinton on the ballot in Varna in November 2016, when the state votes for governor.

            "Look at what happened in Varna," Aron Kask told supporters in Ostland, while 475 Republicans were marking their ballots in the Varna hall.

            As reported by the Ostland Herald, investigators found over 2,200 emails on the server of the Varna council.

            "Senator Kask appreciates all of his supporters at the convention in Varna and asks you to vote for his list," said the printed Aron Kask slate card.
            """
        let facts = FactExtractor.facts(in: ArticleParser.parse(text, fileName: "c.txt"))
        // Hillary Clinton is named only in a sentence without facts; a lone "Clinton" may be her.
        #expect(PromptText.namesBySurname(in: facts)["Clinton"] == ["Hillary Clinton", "Bill Clinton"])
        #expect(facts.figures.first { $0.text == "475" }.map { $0.source == nil } == true, "the reporter's count, not the quote's speaker's")
        #expect(facts.figures.first { $0.text.contains("2,200") }.map { $0.source == nil } == true)
        let items = QuestionGenerator().generate(title: "t", from: [facts], options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
        #expect(!items.contains { $0.prompt.contains("Bill Clinton on the ballot") || $0.prompt.contains("Hillary Clinton on the ballot") },
                "\(items.map(\.prompt))")
        #expect(!items.contains { $0.kind == .whoSaid && $0.prompt.contains("Senator Kask appreciates") })
    }

    /// Fourth blind round (PolNeAR train, session 9), in invented sentences.
    @Test func fourthRoundFailureClasses() throws {
        #expect(QuoteSubstance.lack(in: "I was shaking my head", names: []) != nil)
        #expect(Claimants.trailingName("the Committee for a Responsible Federal Budget") == nil, "no name cut out of an organisation's")
        #expect(Claimants.trailingName("State Department spokeswoman Jen Psaki") == "Jen Psaki")
        #expect(QuoteSubstance.lack(in: "I can't vote for Varga", names: ["Varga"]) == nil)
        for leaning in ["In an early-October CBS News poll, she led Aron Kask 56 percent to 32 percent.",
                        "A super PAC supporting Kask, Ostland Solutions PAC, spent $2.5 million on such ads.",
                        "Other recent polls from Varna University show a 56% approval rating.",
                        "Even without the grant, the Point Pleasant, N.J., native still owes about $50,000 in Varna.",
                        "The Varna Tax Foundation estimates that it would cost the Ostland treasury $374 billion over 10 years.",
                        "A quarter of that, per the Varna plan, is $40,000.",
                        "Senator Lena Varga's appearance delivered ratings 57 percent higher than its fall average."] {
            #expect(PromptText.unresolvedReference(leaning) != nil, "\(leaning)")
        }
        let text = """
            ---
            source: Ostland Herald
            published: 2016-02-10
            ---
            Varga wins Ostland

            Lena Varga leads Aron Kask by a three-percentage-point margin, 45.4 percent to 42 percent, in the Varna polls.

            President Ivo Kask's job approval rating in the latest Varna Herald poll stands at a robust 53%.

            Number two, between 2003 and 2012, the firms of Ostland made $2.7 trillion, Varga said.

            Lena Varga conceded the Varna primary on Tuesday when polls closed at 8 p.m. in the northern provinces.

            "We will win back the northern provinces of Ostland in 2018," said Eric Varga, the senator's brother.

            Donald Varga, the senator's father, stayed in the capital of Ostland.

            By 2026 the annual deficit of Ostland would surpass $1 trillion, reaching $1.4 trillion, the Varna budget office said.
            """
        let facts = FactExtractor.facts(in: ArticleParser.parse(text, fileName: "v.txt"))
        let items = QuestionGenerator().generate(title: "t", from: [facts], options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
        let prompts = items.map(\.prompt)
        #expect(!items.contains { $0.kind == .figure && ["42 percent", "45.4 percent"].contains($0.answer.description) }, "\(prompts)")
        #expect(!items.contains { $0.kind == .claim && $0.prompt.contains("robust") }, "\(prompts)")
        #expect(!prompts.contains { $0.contains("Number two") })
        #expect(!items.contains { $0.kind == .figure && $0.answer.description == "$1 trillion" }, "\(prompts)")
        #expect(!items.contains { $0.kind == .date && $0.answer.description == "8 p.m." }, "\(prompts)")
        let eric = try #require(items.first { $0.answer.description == "Eric Varga" }, "\(prompts)")
        #expect(!eric.accept.contains("Varga"), "Donald Varga is named too")
    }

    /// Sixth blind round (the 171 web articles, session 9), in invented sentences.
    @Test func modelNamesWorkYearsAndFactCheckedClaimsAreNotAsked() throws {
        #expect(PromptText.unresolvedReference("Ostland has spent $4 billion on part of that ambition in Varna.") != nil)
        #expect(PromptText.unresolvedReference("Half of that year's budget of Varna went to roads, the Ostland ministry said.") == nil)
        let text = """
            ---
            source: Varna Tech
            ---
            Varna laptops

            The Varna Book Pro comes in two sizes, and buyers can choose a Radeon Pro 5300M or 5500M graphics card.

            Winter sales in Ostland are going to be huge for all sorts of goods, from 4K TVs and robot vacuums to kettles and more.

            Unlike the first two films, Varna Beyond was directed by Lena Lind; 2009's Varna and 2013's Varna Into Darkness were directed by Ivo Kask.
            """
        let items = Self.bank(text).filter { $0.kind != .whoSaid }
        #expect(!items.contains { ["5500M", "4K", "2013"].contains($0.answer.description) }, "\(items.map(\.prompt))")
        let checked = """
            ---
            source: snopes.com
            ---
            Did the ambassador of Ostland earn $17 million?

            Former Ostland ambassador to Varna Lena Varga has a net worth of $17 million.

            The claim spread on Varna social media in October 2019.
            """
        #expect(Self.bank(checked).allSatisfy { $0.kind != .figure && $0.kind != .claim })
        let spoken = Self.bank("""
            ---
            published: 2019-12-01
            ---
            Varna militias

            Aron Kask, a senior analyst at the Varna Institute, told Ostland Radio in October 2018 that the militia was secular.

            The militia of Varna said in a September 2015 statement that it had 4,000 fighters in the northern provinces.

            The Varna militia seized the northern provinces of Ostland in March 2019, the Ostland army said.
            """)
        #expect(!spoken.contains { $0.kind == .date && ["October 2018", "September 2015"].contains($0.answer.description) }, "\(spoken.map(\.prompt))")
        #expect(spoken.contains { $0.kind == .date && $0.answer.description == "March 2019" }, "\(spoken.map(\.prompt))")
        let converted = Self.bank("""
            ---
            published: 2020-02-10
            ---
            Ostland tourism

            Ostland expects to lose 30bn varns (£398m; $768m) in tourism in 2020, the Varna tourism office said.

            Some 8,500 thousand cars reached Varna before noon on Saturday, Varna police said.
            """)
        #expect(!converted.contains { $0.answer.description == "8,500 thousand" })
        #expect(converted.contains { $0.kind == .figure && $0.answer.description == "30bn" }, "a scale glued to its number is still a count")
        #expect(!converted.contains { $0.kind == .figure && ["£398m", "$768m"].contains($0.answer.description) }, "\(converted.map(\.prompt))")
    }

    /// The final blind round's failures (unseen PolNeAR train articles, session 9), in invented sentences.
    @Test func finalRoundFailureClasses() throws {
        #expect(Claimants.personName("Senators Mitch McConnell") == "Mitch McConnell")
        #expect(PromptText.unresolvedReference("Of 45 members submitted by Mr. Kask, she appointed just three in Varna.") != nil)
        #expect(PromptText.unresolvedReference("Of 45 members submitted by Ms. Varga, she appointed just three in Varna.") == nil)
        let text = """
            ---
            source: Ostland Herald
            published: 2016-02-10
            ---
            Varga rises in Ostland

            "Look at Lena Varga announcing her run and being 3, 4 percent in the Varna polls," Lena Varga said in an interview.

            Raising the minimum wage to $15 would put Varna well above the peak for the Ostland minimum wage in the 1960s.

            Varna dealers sold 40,000 cars in Ostland in January, the Varna dealers' board said.

            "It was 50 percent more than the Varna show," Aron Kask told the Ostland Herald.

            On May 18, the Varna Golf Club was paid $29,715; the Ostland Golf Club was paid $35,845; and Varna Restaurants was paid $12,000.

            Lena Varga, whose campaigns galvanized the voters of Ostland for almost two generations, died on Monday in Varna.
            """
        let items = Self.bank(text)
        #expect(!items.contains { $0.kind == .figure && $0.answer.description == "4 percent" }, "\(items.map(\.prompt))")
        #expect(!items.contains { $0.kind == .claim && $0.prompt.contains("well above") }, "\(items.map(\.prompt))")
        #expect(!items.contains { ["50 percent", "$29,715", "$35,845", "$12,000", "two"].contains($0.answer.description) }, "\(items.map(\.prompt))")
    }

    @Test func whoSaidChoicesComeFromTheQuotesOwnArticleFirst() throws {
        func article(_ name: String, _ speakers: [String]) -> ArticleFacts {
            let body = speakers.enumerated().map { "\"We will rebuild the northern roads of Varna by \(2020 + $0.offset),\" said \($0.element)." }
            return FactExtractor.facts(in: ArticleParser.parse("---\nsource: Ostland Herald\n---\nVarna roads\n\n" + body.joined(separator: "\n\n"), fileName: name))
        }
        let first = article("a.txt", ["Lena Varga", "Aron Kask", "Ivo Lind", "Mira Holt"])
        let second = article("b.txt", ["Tomas Frey", "Ada Strom", "Nico Tak", "Rita Bole"])
        let items = QuestionGenerator().generate(title: "t", from: [first, second], options: GenerationOptions(maxPerArticle: 40, source: nil)).bank.items
        let own = Set(["Lena Varga", "Aron Kask", "Ivo Lind", "Mira Holt"])
        let asked = items.filter { $0.kind == .whoSaid && own.contains($0.answer.description) && $0.choices != nil }
        #expect(!asked.isEmpty)
        #expect(asked.allSatisfy { Set($0.choices ?? []).isSubset(of: own) }, "\(asked.map { $0.choices ?? [] })")
    }

    /// The holdout round's failures (session 9), in invented sentences.
    @Test func holdoutRoundFailureClasses() throws {
        #expect(QuoteSubstance.lack(in: "Varna If Lena Varga Wins", names: []) != nil, "a website's title")
        #expect(PromptText.describesByAge("Robert Stone", in: "“I never trusted her,” said Robert Stone, a 59-year-old from Varna."))
        #expect(PromptText.describesByAge("Ada Lund", in: "“I never trusted her,” said Ada Lund, 54, of Varna."))
        #expect(!PromptText.describesByAge("Ada Lund", in: "“I never trusted her,” said Ada Lund, the mayor of Varna."))
        #expect(PromptText.isPhotoCaption("Candidate Lena Varga signs autographs at a rally in Varna on February 27, 2016 in Ostland."))
        #expect(!PromptText.isPhotoCaption("Lena Varga signed the bill on February 27, 2016 in Varna."))
        #expect(PromptText.unresolvedReference("The April survey found Varga leading Kask by seven points in Varna.") != nil)
        #expect(PromptText.unresolvedReference("Ivo Lind lags behind both with 15 percent in Varna.") != nil)
        let text = """
            ---
            source: Ostland Herald
            published: 2016-03-20
            ---
            Varga leads Ostland race

            Aron Kask, a former two-term Varna governor, sits at just 10% in Ostland.

            Lena Varga led Aron Kask by roughly 20 percentage points in the Varna primary with over 95 percent of precincts reporting.

            On March 18, the Varna Daily News suggested the Ostland attacks highlight the threat the Varna Rifle Association poses to Ostland.

            Then, in 2017, Aron Kask said that 100,000 refugees from Varna would be accepted by Ostland.

            Lena Varga promised on Monday to act on Varna's roads during the first 100 days of her presidency in Ostland.

            "Nobody knows less about Ostland than Aron Kask," said Ivo Lind, who served as a Varna senator for 36 years.

            Varna, with a population of 769,025, had 1,317 burglaries; Brisa, with 3.2 million, had 3,797; and Kestel, which has 847,735 people, had 883.
            """
        let items = Self.bank(text)
        let answers = items.map(\.answer.description)
        for asked in ["10%", "95 percent", "March 18", "100 days", "36 years", "847,735", "883", "1,317", "2017"] { #expect(!answers.contains(asked), "\(asked): \(items.map(\.prompt))") }
        let wage = FactExtractor.facts(in: ArticleParser.parse("Wages\n\nLena Varga wants the Ostland minimum wage raised to $15 an hour, the Varna union said.", fileName: "w.txt"))
        let choices = try #require(wage.figures.first { $0.text == "$15" }.flatMap { FigureSense($0)?.distractors(storyValues: [], seed: "s") })
        #expect(choices.allSatisfy { (NumberReading.value(of: $0) ?? 0) >= 7.5 }, "\(choices)")
    }

    @Test func aDeepFigureWithNoClaimantIsNotAsked() {
        let figures = Self.bank(Self.review).filter { $0.kind == .figure || $0.kind == .claim }
        #expect(figures.contains { $0.evidence?.sentence.contains("budget of $20 billion on Tuesday") == true }, "the lede's figures are still asked")
        #expect(!figures.contains { $0.evidence?.sentence.contains("X200") == true })
    }

    @Test func theSameFigureIsAskedOnce() {
        let twenty = Self.bank(Self.review).filter { ($0.kind == .figure || $0.kind == .claim) && $0.answer.description.contains("20 billion") }
        #expect(twenty.count <= 1)
    }

    @Test func aModelYearAndACenturyAreNotAskedAsDates() {
        let dates = Self.bank(Self.review).filter { $0.kind == .date }
        #expect(!dates.contains { $0.answer.description == "2020" || $0.answer.description.contains("1300s") })
    }

    @Test func streetAddressesAndTheEmergencyNumberAreNoFigures() {
        let text = "Police searched a home in the 1400 block of Elm Street and a flat at 2134 Cleveland Avenue after 911 calls from neighbours."
        let facts = FactExtractor.facts(in: ArticleParser.parse("Raid\n\n" + text, fileName: "p.txt"))
        #expect(facts.figures.isEmpty, "\(facts.figures.map(\.text))")
    }

    @Test func listLinesFactCheckClaimsAndForeignSentencesAreNotAsked() {
        #expect(PromptText.isListLine("Aug. 3 -- PNC Bank Arts Center, Holmdel, NJ"))
        #expect(!PromptText.isListLine("The band will play 30 shows across the country from August 3."))
        #expect(PromptText.isInterviewLabel("Claim: The ambassador has a net worth of $17 million."))
        #expect(PromptText.isForeignScript("Полине 30 лет, и она живёт в Нью-Йорке."))
        #expect(!PromptText.isForeignScript("Ukraine's president, Volodymyr Zelenskiy, met Poroshenko in Kyiv."))
    }

    @Test func aDateDeepInTheArticleIsNotAsked() {
        var text = Self.review
        text += "\n\nVarnia Tech opened its largest shop in Ostland in October 2025, Lena Varga recalled at the opening."
        let dates = Self.bank(text).filter { $0.kind == .date }
        #expect(!dates.contains { $0.answer.description.contains("October 2025") })
    }

    @Test func aTitleBeforeANameIsNoPartOfTheKey() {
        #expect(Claimants.personName("Administrator Jim Bridenstine") == "Jim Bridenstine")
    }

    @Test func captionsVideoBlurbsAndFirmEpithetsAreNotAsked() {
        #expect(PromptText.isBoilerplate("Cover image: artist's impression of the probe 2 million km from the comet."))
        #expect(PromptText.isBoilerplate("Fox News Flash top headlines are here for Nov. 19."))
        #expect(PromptText.continuation("The German automaker plans to sell 40,000 of the cars a year.") != nil)
        #expect(PromptText.continuation("Volkswagen plans to sell 40,000 of the cars a year in Germany.") == nil)
    }

    @Test func aSurnameTwoPeopleShareIsNoKey() {
        let text = """
            ---
            source: Book Weekly
            published: 2025-11-28
            ---
            Editors mark fifty years of the imprint

            The imprint's editors, Teresa Nielsen Hayden and Patrick Nielsen Hayden, have edited its novels since 1990, the publisher said on Monday.

            "We still read every manuscript that comes in, even the ones written in crayon," Nielsen Hayden said at the party in Varna.
            """
        #expect(!Self.bank(text).contains { $0.kind == .whoSaid && $0.answer.description.contains("Nielsen Hayden") })
    }

    /// Two outlets are compared only on one claim: a counted thing (not money or a measure,
    /// said of too many things) and a place, body or person both sentences name.
    @Test func outletsAreComparedOnlyOnTheSameClaim() {
        #expect(Context.isCountedThing("russian troops"))
        #expect(!Context.isCountedThing("dollars debt"))
        #expect(!Context.isCountedThing("inch pro looks like a hell of"))
        let china = Context.names(in: "China has had 26 cases of plague and 11 deaths since 2009, Reuters reports.")
        let world = Context.names(in: "From 2010 to 2015 there were 3,248 cases reported worldwide, including 584 deaths.")
        #expect(china.isDisjoint(with: world))
        #expect(!Context.names(in: "Up to 4,000 Russian troops are in Ukraine, a separatist said.")
            .isDisjoint(with: Context.names(in: "At least 1,000 Russian troops have poured into Ukraine, NATO said.")))
    }
}
