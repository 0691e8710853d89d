import Testing
@testable import FactExtraction
@testable import QuizBank

/// What blind readers failed on session 17's PolNeAR dev sample (60 items at ac72a11), in
/// invented sentences: who-said items over quotes whose claim lives outside the quote marks
/// ("should do so", "up in arms over this", "I don't think it's going anywhere") and over
/// words a speaker recited rather than said.
@Suite struct GenerationNineteenthRoundTests {
    static func generation(_ paragraphs: [String]) -> Generation {
        GenerationThirteenthRoundTests.generation(paragraphs.joined(separator: "\n\n"))
    }

    static let story = [
        "The Ostland senate voted 52 to 48 on Tuesday to open the tax records of every candidate for governor.",
        "“The records belong to the voters of Ostland and they must see them before the election,” said Ivo Lind, a senator from Varna.",
        "“Opening the records of one candidate and not the others would be unfair to the voters,” said Mara Quill, a tax lawyer in Varna.",
    ]

    func whoSaid(_ quote: String) -> [String] {
        let generation = Self.generation(Self.story + [quote])
        return generation.bank.items.filter { $0.kind == .whoSaid }.map(\.prompt)
    }

    @Test func aQuoteWhoseObjectWasNamedBeforeItIsNotAsked() {
        for (paragraph, pointer) in [
            ("“I think Lind and every other candidate should do so,” said Anna Berg, a former finance minister.", "do so"),
            ("“You would think the business owners would be up in arms over this, but I haven’t heard a peep,” said Anna Berg.", "over this"),
            ("“I don’t think it’s going anywhere, and I take comfort in that fact,” said Anna Berg, the senate's Varna leader.", "it’s going"),
            ("“Having every senator in the chamber would be helpful for that,” said Anna Berg, the senate's Varna leader.", "for that"),
        ] {
            let generation = Self.generation(Self.story + [paragraph])
            let quote = String(paragraph.dropFirst().prefix { $0 != "”" }).trimmingCharacters(in: .init(charactersIn: ","))
            #expect(!generation.bank.items.contains { $0.kind == .whoSaid && $0.prompt.contains(String(quote.prefix(30))) }, "\(paragraph)")
            #expect(GenerationThirteenthRoundTests.reason(generation, "who-said", quote)?.contains(pointer) == true,
                    "\(generation.skipped.filter { $0.kind == "who-said" }.map { "\($0.fact): \($0.reason)" })")
        }
    }

    @Test func aQuoteThatSaysWhatItPointsAtIsStillAsked() {
        for paragraph in [
            "“Nobody in Varna wants to pay more tax, and because of that the vote was close,” said Anna Berg, a former finance minister.",
            "“We scored two goals in the first half, but after that the senate team played well,” said Anna Berg, a former finance minister.",
            "“I think it’s going to be hard for any candidate to hide their taxes after this vote,” said Anna Berg, a former finance minister.",
        ] {
            #expect(whoSaid(paragraph).contains { $0.contains(String(paragraph.dropFirst().prefix(25))) }, "\(paragraph)")
        }
    }

    @Test func wordsARecitalOrASongAreNotTheSpeakersOwn() {
        let generation = Self.generation(Self.story + [
            "“You knew full well that I was a snake before you took me in,” Anna Berg told the crowd in Varna, reciting the reptile’s taunt from an old song."
        ])
        #expect(!generation.bank.items.contains { $0.prompt.contains("I was a snake") })
        #expect(generation.skipped.contains { $0.kind == "who-said" && $0.reason.contains("recited") })
    }

    // Blind readers on sets 98–104 and the session-18 PolNeAR dev sample (both at b67c7f1).

    @Test func oneOfManyLinesCreditedByNameAloneIsNotAsked() {
        let voices = [
            "\u{201C}Maybe we can build a wall around the Ostland senate instead.\u{201D} \u{2015} Ivo Lind.",
            "\u{201C}I hope this campaign gets every islander out to register and vote in Varna.\u{201D} \u{2015}\u{00A0}Mara Quill",
            "\u{201C}The senate must stop treating the islanders as a problem when most of us pay our taxes.\u{201D} \u{2015} Anna Berg.",
        ]
        let generation = Self.generation(["Readers of the Ostland Ledger told us what they think of the senate's tax vote."] + voices)
        #expect(!generation.bank.items.contains { $0.kind == .whoSaid }, "\(generation.bank.items.map(\.prompt))")
        #expect(generation.skipped.contains { $0.kind == "who-said" && $0.reason.contains("credits by name alone") })
        // One signed line, or lines signed with who the speaker is, are attributions like any other.
        let signed = Self.generation(Self.story + [voices[2].replacingOccurrences(of: "Anna Berg.", with: "Anna Berg, senate leader.")])
        #expect(!signed.skipped.contains { $0.reason.contains("credits by name alone") })
    }

    @Test func aFigureGluedToANumberBeforeItIsATypo() {
        let generation = Self.generation([
            "The Ostland fire has burned 19,,700 acres of forest near Varna since Monday, the fire service said.",
            "About 300 firefighters are working on the fire, the fire service said.",
        ])
        #expect(!generation.bank.items.contains { $0.answer.description.contains("700") }, "\(generation.bank.items.map(\.prompt))")
        #expect(generation.skipped.contains { $0.kind == "figure" && $0.reason.contains("glued") })
    }

    @Test func theDaySomethingWasSaidIsNotAsked() {
        let generation = Self.generation([
            "Varna mayor Ivo Lind announced Jan. 14 he is making a bid to become a senator for Varna Centre.",
            "Senator Anna Berg said on Jan. 11 she will not seek a second term.",
            "The election will be held on March 3, the electoral office said.",
        ])
        let dates = generation.bank.items.filter { $0.kind == .date }.map { $0.answer.description }
        #expect(!dates.contains("Jan. 14") && !dates.contains("Jan. 11"), "\(dates)")
        #expect(generation.skipped.contains { $0.kind == "date" && $0.reason.contains("the day something was announced") })
        #expect(generation.skipped.contains { $0.kind == "date" && $0.reason.contains("the day something was said") })
    }

    @Test func aHouseNumberIsNoCount() throws {
        let generation = Self.generation([
            "The Red Cross set up a shelter for 300 evacuees at Varna Community College, 3410 W. Fort Wright Drive.",
        ])
        #expect(!generation.bank.items.contains { $0.answer.description.contains("3410") || $0.answer.description.contains("3,410") })
        // Extraction reads it as an address (StreetAddress), so no figure reaches generation.
        #expect(generation.bank.items.contains { $0.answer.description == "300" })
    }

    @Test func aStockReactionIsNotAsked() {
        for (quote, kept) in [
            ("I am very excited to share this news with everyone in Varna today", false),
            ("We are pleased with the court's well-reasoned decision and order", false),
            ("I am happy to report that Varna County is financially sound and strong", true),
        ] {
            let reason = QuoteSubstance.lack(in: quote, names: ["Varna", "Varna County"])
            #expect((reason == nil) == kept, "\(quote): \(reason ?? "kept")")
        }
    }

    @Test func choicesAroundAnApproximateKeyStandClearOfIt() throws {
        func choices(_ sentence: String, _ text: String) throws -> [Double] {
            let facts = GenerationEighteenthRoundTests().extractFacts(sentence)
            let sense = try #require(facts.figures.first { $0.text == text }.flatMap { FigureSense($0) }, "\(facts.figures.map(\.text))")
            // Every seed: the shuffle decides which near values come first.
            return try (0..<12).flatMap { seed in
                try #require(sense.distractors(storyValues: [], seed: "s\(seed)")).compactMap { PromptText.numbers(in: $0).first }
            }
        }
        // "about 10%": 9% and 11% are about 10% too.
        let about = try choices("A short season meant that Varna received about 10% of the visitors it had before.", "10%")
        #expect(about.allSatisfy { abs($0 - 10) >= 1.5 }, "\(about)")
        // An exact key keeps its near neighbours.
        let exact = try choices("A short season meant that Varna received 10% of the visitors it had before.", "10%")
        #expect(exact.contains { abs($0 - 10) < 1.5 }, "\(exact)")
    }

    // Blind readers on the session-18 PolNeAR dev sample at 280907c (60 items, 50 acceptable
    // for each) and sets 105–111 (66 items).

    @Test func aQuoteAboutAnUnnamedItOrSheIsNotAsked() {
        for (quote, pointer) in [
            ("I don’t think it should be done behind closed doors", "it should"),
            ("I think by the middle of the week she’ll be out there campaigning as hard as ever", "she’ll"),
            ("You say it was the fault of those 5,000 people in the branches", "those 5,000"),
        ] {
            let reason = PromptText.quoteLeansOnContext(quote) ?? QuoteSubstance.lack(in: quote, names: [])
            #expect(reason?.contains(pointer) == true, "\(quote): \(reason ?? "kept")")
        }
        // The empty "it" of a judgement is no thing named before.
        #expect(QuoteSubstance.lack(in: "I think it will be important that the senate votes on the records this week", names: []) == nil)
        #expect(QuoteSubstance.lack(in: "I don’t think it seems fair to the voters of Varna at all", names: ["Varna"]) == nil)
    }

    @Test func aPercentageOverABaseGivesTheBlankAway() throws {
        let facts = GenerationEighteenthRoundTests().extractFacts(
            "The ministry said on Monday that Ostland had accepted 11,491 refugees, 15 percent over the limit of 10,000.")
        let figure = try #require(facts.figures.first { $0.text == "11,491" })
        let sense = try #require(FigureSense(figure))
        let cloze = figure.sentence.replacingOccurrences(of: "11,491", with: Cloze.blank)
        #expect(sense.giveaway(in: cloze) != nil)
    }

    @Test func aPlacesSizeIsBackground() throws {
        let facts = GenerationEighteenthRoundTests().extractFacts(
            "Closer ties could bolster armies that relied on foreign help, creating a force to defend the bloc of 500 million citizens. "
                + "The evacuation of 5,000 residents began on Monday.")
        let bloc = try #require(facts.figures.first { $0.text.hasPrefix("500") }.flatMap { FigureSense($0) })
        #expect(bloc.trivia(inLede: false)?.contains("the size of a place") == true)
        let evacuation = try #require(facts.figures.first { $0.text.hasPrefix("5,000") }.flatMap { FigureSense($0) })
        #expect(evacuation.trivia(inLede: false)?.contains("the size of a place") != true)
    }

    @Test func anAcronymSpeakerIsAskedByTheNameTheArticleSpellsOut() throws {
        let generation = Self.generation(Self.story + [
            "In a joint statement, the Varna Students’ Union (VSU) and the Ostland Teachers’ Union backed the senate's vote.",
            "“The records of every candidate must be opened before the election in March,” said the VSU.",
        ])
        let item = try #require(generation.bank.items.first { $0.kind == .whoSaid && $0.prompt.contains("before the election in March") })
        #expect(item.answer.description == "Varna Students’ Union", "\(item.answer)")
        #expect(item.accept.contains("VSU"))
        #expect(Acronyms.expansion(of: "NUT", before: "The National Union of Teachers ") == "National Union of Teachers")
        #expect(Acronyms.expansion(of: "WSU", before: "the Western Star ") == nil)
    }

    // The review of this session's change.

    @Test func aBodyQuotedByBothNamesStandsOnceAmongTheChoices() {
        let generation = Self.generation(Self.story + [
            "The Varna Teachers Union (VTU) met the senate on Monday. \u{201C}Our members will not accept another promise that is broken,\u{201D} said the VTU.",
            "\u{201C}The strike will go ahead on Friday unless the senate pays what it owes,\u{201D} the Varna Teachers Union said.",
        ])
        for item in generation.bank.items where item.kind == .whoSaid {
            let choices = item.choices ?? []
            #expect(Set(choices).count == choices.count, "\(choices)")
        }
        #expect(BankValidation.problems(in: generation.bank).isEmpty, "\(BankValidation.problems(in: generation.bank))")
    }

    @Test func aDateThatIsWhatWasAnnouncedIsStillAsked() {
        let generation = Self.generation([
            "The Varna electoral office announced 14 November as the date for the by-election in Varna Centre.",
        ])
        #expect(!generation.skipped.contains { $0.kind == "date" && $0.reason.contains("the day something was") })
    }

    @Test func griefAndTheWeathersItAreNotStockOrPointers() {
        #expect(QuoteSubstance.lack(in: "We're devastated for the families who lost everything in the Varna flood", names: ["Varna"]) == nil)
        #expect(QuoteSubstance.lack(in: "I don't think it has ever rained this hard in Varna in my lifetime", names: ["Varna"]) == nil)
        #expect(QuoteSubstance.lack(in: "I think it will take at least six months before half the shops can open", names: []) == nil)
    }

    // Blind readers on sets 112–118 (75 items at 4082d66, 59 and 61 acceptable).

    @Test func aShareOfWhatAnEarlierSentenceCountedIsNotAskedAlone() {
        for sentence in ["Out of these, 40 were taken to hospital in Varna.", "Of those, 12 live in Varna.", "Among them, 300 were children."] {
            #expect(PromptText.unresolvedReference(sentence) != nil, "\(sentence)")
        }
        #expect(PromptText.unresolvedReference("Out of the 300 residents of Varna, 40 were taken to hospital.") == nil)
    }

    @Test func aThankYouIsNoStatement() {
        #expect(QuoteSubstance.lack(in: "Thank you, Varna, for coming out on such a cold night", names: ["Varna"])?.contains("courtesy") == true)
        #expect(QuoteSubstance.lack(in: "I want to thank everyone who came out tonight to hear the plans for Varna", names: ["Varna"]) != nil)
    }

    @Test func aPluralTitleBeforeANameIsNoPartOfIt() {
        let facts = GenerationEighteenthRoundTests().extractFacts(
            "Councilors Ivo Lind and Mara Quill voted against the plan. \u{201C}The plan will cost the city far more than it says,\u{201D} said Councilor Ivo Lind.")
        #expect(facts.quotes.first?.speaker == "Ivo Lind", "\(facts.quotes.map(\.speaker))")
    }

    @Test func anAmountThatDoesNotSayWhatItIsForIsNotAskedBesideTheGiversOtherAmounts() {
        let generation = Self.generation([
            "Ivo Lind gave $20 million to a senate campaign fund in Varna and $20 million to a fund for the assembly, the Ostland Ledger reported on Monday.",
            "Lind has committed $5 million, and the Berg family will donate $1 million.",
        ])
        #expect(!generation.bank.items.contains { $0.answer.description == "$5 million" }, "\(generation.bank.items.map(\.prompt))")
        #expect(generation.skipped.contains { $0.kind == "figure" && $0.reason.contains("does not say what") })
        // Said what it is for, the amount is asked.
        let said = Self.generation([
            "Ivo Lind gave $20 million to a senate campaign fund in Varna, the Ostland Ledger reported on Monday.",
            "Lind has committed $5 million to the Varna harbour fund, the Ledger said.",
        ])
        #expect(!said.skipped.contains { $0.reason.contains("does not say what") })
    }

    @Test func aStreetACareerABirthYearAndADatelinesYearAreNotAsked() {
        let generation = Self.generation([
            "Councilwoman Mara Quill argued in favour of approving the shelter at 13th and G streets, the Varna council said on Monday.",
            "Ivo Lind, a 36-year veteran of the Ostland police, has spent his first month reviewing the force's capabilities.",
            "“Nothing happens here,” said Anna Berg, a Varna native born on the island in 1931.",
            "The senate on Wednesday unveiled a farming campaign in four districts, which runs from 18 August to 20 August, 2023.",
        ])
        let answers = generation.bank.items.map { $0.answer.description }
        for key in ["13th", "36-year", "1931", "2023"] { #expect(!answers.contains(key), "\(key): \(generation.bank.items.map(\.prompt))") }
        #expect(generation.skipped.contains { $0.reason.contains("names a street") })
        #expect(generation.skipped.contains { $0.reason.contains("a birth year") })
        #expect(generation.skipped.contains { $0.reason.contains("the year of a day the sentence gives") })
    }

    @Test func aNameByOnesChildHasNoSurnameToAccept() throws {
        let generation = Self.generation([
            "\u{201C}We have had no water in the camp for three days and the children are sick,\u{201D} said Umm Ahmad, a mother of four in Varna camp.",
        ])
        let item = try #require(generation.bank.items.first { $0.kind == .whoSaid && $0.answer.description == "Umm Ahmad" },
                                "\(generation.bank.items.map(\.prompt)) \(generation.skipped.map(\.reason))")
        #expect(!item.accept.contains("Ahmad"), "\(item.accept)")
    }

    // The second review (invented articles against the rules above).

    @Test func aThanksThatSaysSomethingIsKept() {
        for quote in ["Thanks to the pay rise, nurses are coming back to the Varna hospital", "Thanksgiving will be a little easier on the wallet in Varna this year",
                      "I thank our farmers, who have produced 70 million bags of maize in Varna"] {
            #expect(QuoteSubstance.lack(in: quote, names: ["Varna"]) == nil, "\(quote)")
        }
    }

    @Test func anAmountReportedIsNotAGift() {
        let generation = Self.generation([
            "Varnasoft posted revenue of $62 billion for the year, the Ostland exchange said on Monday.",
            "Varnasoft posted revenue of $60 billion, and Ostbank reported $96 billion.",
        ])
        #expect(!generation.skipped.contains { $0.reason.contains("does not say what") })
    }
}
