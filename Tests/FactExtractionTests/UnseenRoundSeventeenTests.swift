import Testing
@testable import FactExtraction

/// Session 17's attribution fixes, each from an error on unseen sets 73–79 (US Mountain West
/// and Plains, Southeast Asia, Scotland, Wales and Northern Ireland, South Asia and small
/// European countries, Africa, regional Canada and Oceania, trade press), measured at the
/// session's start before any was read. The sentences are invented.
@Suite struct UnseenRoundSeventeenTests {
    @Test func aFirstLineThatReadsAsALedeIsNoHeadline() {
        // Text pasted without its headline opens on the lede: its quotes are reporting.
        let text = "Council leader Morag Ellis said: \u{201C}We want to thank every volunteer who made the festival work,\u{201D} "
            + "she said at the meeting on Monday.\n\nThe festival drew 40,000 visitors."
        let article = ArticleParser.parse(text, fileName: "lede.txt")
        #expect(article.title == nil)
        let facts = FactExtractor.facts(in: article)
        #expect(facts.quotes.first?.speaker == "Morag Ellis")
        #expect(facts.lede?.hasPrefix("Council leader Morag Ellis said") == true)
        // A short line with no full stop is still the headline, quotes and all.
        let headlined = ArticleParser.parse("Mayor hails \u{201C}fantastic\u{201D} festival\n\n" + text, fileName: "h.txt")
        #expect(headlined.title == "Mayor hails \u{201C}fantastic\u{201D} festival")
    }

    @Test func aStreetNamedFirstInItsLanguageIsNoPerson() {
        // "Jalan KS Tubun" is a street in Jakarta; "he said" is the spokesman named before.
        let body = "Police spokesman Ahmad Rizal said officers had been attacked.\n\n"
            + "The authorities say the riot near the election office and Jalan KS Tubun had been planned.\n\n"
            + "\u{201C}It did not happen by chance,\u{201D} he said."
        #expect(extract(body).quotes.first?.speaker == "Ahmad Rizal")
    }

    @Test func itSaidIsTheOrganisationTheStoryHadActing() {
        let body = "Westbridge Town Council has now said it does not support the remarks made by one of its members.\n\n"
            + "\u{201C}The remarks are the personal views of the councillor,\u{201D} it said in a statement."
        #expect(extract(body).quotes.first?.speaker == "Westbridge Town Council")
        // After a sentence about a person, "it" could be anything that sentence named.
        let person = "Councillor Ann Reid criticised the plan for the car park.\n\n"
            + "\u{201C}The plan is under review,\u{201D} it said in a statement."
        #expect(extract(person).quotes.first?.speaker == nil)
    }

    @Test func hisResponseIsHisWords() {
        let body = "The petition prompted a reply from Housing Minister Samuel Mercer.\n\n"
            + "His response continued: \u{201C}Many households spend more than half of their income on rent.\u{201D}"
        #expect(extract(body).quotes.first?.speaker == "Samuel Mercer")
        // Two women in the story: "Her response" may be either's (the review's case).
        let two = "Council leader Margaret Hale resigned after an audit of her expenses.\n\n"
            + "Opposition leader Susan Ortiz had called for her to quit last month.\n\n"
            + "Her response continued: \u{201C}I have never claimed a penny I was not entitled to.\u{201D}"
        #expect(extract(two).quotes.first?.speaker == nil)
    }

    @Test func aRoleBeforeItsVerbIsTheSubjectNotTheGovernmentItServes() {
        // "UK Government" says where the minister works; the minister speaks.
        let body = "A UK Government minister attacked the website on television, saying that it is "
            + "\u{201C}propaganda\u{201D} and that broadcasting should not be devolved."
        #expect(extract(body).quotes.first?.speaker == "a UK Government minister")
    }

    @Test func localCopySharesAndBeginsItsQuotes() {
        let shared = "Tom Harlan from the Wyoming Wool Growers Association shared, \u{201C}We respect public land but ask for respect in return.\u{201D}"
        #expect(extract(shared).quotes.first?.speaker == "Tom Harlan")
        let began = "Jim Hartley was given three minutes to address the council.\n\n"
            + "\u{201C}In all my time, this is the most unprofessional council I have seen,\u{201D} he began."
        #expect(extract(began).quotes.first?.speaker == "Jim Hartley")
    }

    @Test func anEmployerWithSmallWordsInItsNameSpeaksThroughItsStaff() {
        let body = "Ostland Game and Fish staff says they are still in the \u{201C}gathering information process\u{201D} after the ruling."
        #expect(extract(body).quotes.first?.speaker == "Ostland Game and Fish staff")
        let officials = "Council officials have described the village school as \u{201C}educationally restricted\u{201D}."
        #expect(extract(officials).quotes.first?.speaker == "Council officials")
    }

    @Test func aNameSetOffAfterAQuoteIsNotTheSpeakerBefore() {
        // "put in" is no verb the rules read; the quote is Keth's, not the chief's before him.
        let body = "Phan Ngeth is chief of Vihear village.\n\n\u{201C}They call us names,\u{201D} Ngeth said.\n\n"
            + "\u{201C}I got hit on the shoulder by a rock,\u{201D} put in Keth, a boat racer."
        #expect(extract(body).quotes.last?.speaker == nil)
    }

    // Sets 80–85, measured at d77aa5a before their errors were read.

    @Test func anOfficeAloneIsTheOneTheArticleGaveIt() {
        let body = "The budget will balance by 2019, Premier and Minister of Finance Dana Burt said today.\n\n"
            + "Premier Burt sat down with reporters for a live interview.\n\n"
            + "\u{201C}Growth is the thing that is required,\u{201D} the Premier added."
        #expect(extract(body).quotes.first?.speaker == "Dana Burt")
        // Two presidents: "the President" names no one.
        let two = "President Ann Hale met President Ivo Lind on Monday.\n\n\u{201C}We agree on the border,\u{201D} the President said."
        #expect(extract(two).quotes.first?.speaker == nil)
    }

    @Test func aSeatAndItsOfficeAfterTheNameNoOne() {
        let body = "Prime Minister Philip Pierre told reporters there were no new ideas.\n\n"
            + "\u{201C}I have asked anyone with a solution to join me,\u{201D} the Castries East MP stated."
        #expect(extract(body).quotes.first?.speaker != "Castries East MP")
    }

    @Test func aQuoteGoingOnFromAnUncertainOneIsNoSurer() {
        // "she" may be the Kay Bell the quote speaks of: the first part is unsure of its
        // speaker, and the part that goes on from it can be no surer.
        let body = "Residents spoke against the plan at the hearing. They included Ann Roe of Millbrook and Kay Bell.\n\n"
            + "\u{201C}I do believe that Kay Bell has her own issues,\u{201D} she said. "
            + "\u{201C}Until you take care of your own issues, you should not even think about taking on someone else\u{2019}s.\u{201D}"
        let quotes = extract(body).quotes
        #expect(quotes.count == 2)
        // Since session 25 "Kay Bell", joined by "and" to the object of "of Millbrook", is no
        // subject, and the "she" may be no one: then neither part has a speaker.
        if let first = quotes.first?.confidence {
            #expect(first < 0.7)
            #expect((quotes.last?.confidence ?? 1) <= first)
        } else {
            #expect(quotes.allSatisfy { $0.speaker == nil })
        }
    }

    // The session's review (invented articles, before/after builds): each case below went
    // wrong with the first version of a rule above.

    @Test func anOfficeAloneIsNeverAFormerOrDeputyHolder() {
        let body = "Former Prime Minister Tony Blair joined the talks at Chequers on Sunday.\n\n"
            + "Sir Keir Starmer told the leaders that Britain would spend more on defence.\n\n"
            + "\u{201C}Europe must be able to defend itself,\u{201D} the Prime Minister said alongside Tony Blair."
        #expect(extract(body).quotes.first?.speaker != "Tony Blair")
        let deputy = "Deputy Premier Ann Morton opened the session.\n\n\u{201C}We will balance the budget,\u{201D} the Premier said."
        #expect(extract(deputy).quotes.first?.speaker == nil)
    }

    @Test func itSaidNeedsAnOrganisationThatSpoke() {
        let sued = "The Ostland Justice Department sued Fruitco on Thursday over its app store.\n\n"
            + "\u{201C}We will fight this in court,\u{201D} it said."
        #expect(extract(sued).quotes.first?.speaker == nil)
        let country = "UK inflation fell to 2.1% in March, official figures showed.\n\n\u{201C}Prices rose more slowly,\u{201D} it said."
        #expect(extract(country).quotes.first?.speaker == nil)
        // The whole name, "of" and all.
        let bank = "The Bank of Ostland has said it will hold rates.\n\n\u{201C}Inflation is falling,\u{201D} it said."
        #expect(extract(bank).quotes.first?.speaker == "Bank of Ostland")
    }

    @Test func sharingOrBeginningWithSomeoneElsesWordsIsNotSaying() {
        let body = "Senator Lisa Marsh shared a post from a constituent: \u{201C}I cannot afford my heating this winter.\u{201D}"
        #expect(extract(body).quotes.first?.speaker != "Lisa Marsh")
    }

    @Test func streetWordsOfEuropeanLanguagesAreAlsoGivenNames() {
        let body = "\u{201C}We played well tonight,\u{201D} said Calle Jarnkrok after the game."
        #expect(extract(body).quotes.first?.speaker == "Calle Jarnkrok")
    }

    @Test func aSeatedMemberWithAGivenNameIsStillNamed() {
        let body = "\u{201C}The island needs a new hospital,\u{201D} said the Honourable Geoffrey Hanley MP."
        #expect(extract(body).quotes.first?.speaker?.contains("Hanley") == true)
        let injured = "\u{201C}It happened so fast,\u{201D} said the woman injured in the crash."
        // A participle after the head is no part of who spoke ("injured in the crash").
        #expect(extract(injured).quotes.first?.speaker == "the woman")
    }

    @Test func anOrdinalBeforeAMonthNamingSomethingElseIsNoDate() {
        let facts = extract("The minister gave her 4th May Day speech in Varna on Monday.")
        #expect(!facts.dates.map(\.text).contains("4th May"), "\(facts.dates.map(\.text))")
    }

    // Sets 91–92, measured at f841b16 before their errors were read.

    @Test func aNameAndAnUnreadPastTenseVerbAfterAQuoteAttributeIt() {
        let body = "Former minister Rashid Echo and Ian Wash, a senate hopeful, condemned the notice.\n\n"
            + "\u{201C}They said all food vendors should be arrested, let them try,\u{201D} Echo challenged."
        #expect(extract(body).quotes.first?.speaker == "Rashid Echo")
        // A report that "concluded" is no person named.
        let report = "\u{201C}The plan was flawed,\u{201D} the Audit Office concluded."
        #expect(extract(report).quotes.first?.speaker != "Audit Office concluded")
    }

    @Test func anotherResidentIsSomeoneNew() {
        let body = "Manasse Dulo, a local resident in Lujulo County said: \u{201C}We have never seen the commissioner.\u{201D}\n\n"
            + "Another resident in Mukaya County, who identified himself as Lukadi, said their commissioner lives in Yei town. "
            + "\u{201C}Yes, he came here and stayed for a few days and later moved,\u{201D} he said."
        #expect(extract(body).quotes.last?.speaker != "Manasse Dulo")
    }

    @Test func aDistrictIsNoOneHeCouldMean() {
        let body = "Prime Minister Ivo Makara, yesterday, toured Rulindo District.\n\n"
            + "Rulindo District is one of the best performing districts in the country.\n\n"
            + "The Prime Minister noted that the district is a model for the country.\n\n"
            + "\u{201C}There are projects in this district that have changed lives,\u{201D} he added."
        #expect(extract(body).quotes.first?.speaker != "Rulindo District")
    }

    @Test func anOfficeHeldForABodyDescribesItsHolder() {
        // Sets 93–97, measured at 423d06c: the body of a setting ("From the Women's Centre")
        // spoke for the group's president.
        let body = "From the Women\u{2019}s Centre at the market, President for the Seini Bua Toka Women\u{2019}s Group says they were disappointed.\n\n"
            + "\u{201C}We waited all day to see her,\u{201D} she said."
        #expect(extract(body).quotes.first?.speaker == "the president for the Seini Bua Toka Women\u{2019}s Group")
    }

    @Test func aNameBeforeAnAppositiveAndAnAsideSpeaks() {
        // Set 96: the name inside the aside ("… of High Representative Christian Schmidt") spoke.
        let body = "Milo Dodar, the President of the Ostland entity, who is on trial before the Court of Varna for defying "
            + "High Representative Christa Schmidt, called it a \u{201C}political process\u{201D} on Monday."
        #expect(extract(body).quotes.first?.speaker == "Milo Dodar")
    }
}
