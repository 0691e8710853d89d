import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What blind readers failed on session 13's first unseen sets (15 and 16: 30 articles, 28
/// outlets), in invented sentences: a blank after a currency's letters ("R2.____"), a key of
/// "Cr" and a surname, millions of nothing, two counts of one thing, a clock read as a figure,
/// and a described claimant capitalised mid-sentence.
@Suite struct GenerationFourteenthRoundTests {
    static func generation(_ body: String) -> Generation {
        GenerationThirteenthRoundTests.generation(body)
    }

    static func reason(_ generation: Generation, _ kind: String, _ fact: String) -> String? {
        GenerationThirteenthRoundTests.reason(generation, kind, fact)
    }

    @Test func moneyAfterACurrencysLettersIsAskedWhole() throws {
        let generation = Self.generation([
            "The Varna power cuts cost the Ostland economy an estimated R2.8 trillion in 2023, the Varna Council for Industrial Research said.",
            "Energy minister Ivo Lind apologised to Varna businesses on Tuesday for the return of the cuts.",
        ].joined(separator: "\n\n"))
        let prompts = generation.bank.items.map(\.prompt)
        #expect(!prompts.contains { $0.contains("R2.____") }, "\(prompts)")
        #expect(!generation.bank.items.contains { $0.answer.description == "8 trillion" })
        let money = generation.bank.items.filter { $0.evidence?.sentence.contains("R2.8 trillion") == true }
        for item in money where item.kind == .figure {
            #expect(item.answer.description == "R2.8 trillion")
            #expect(!item.accept.contains("8,000,000,000,000"))
        }
    }

    @Test func aCouncillorsAbbreviatedTitleIsNoOtherPerson() throws {
        let generation = Self.generation([
            "Varna Shire Mayor Jane Kowal has questioned the Ostland government's decision to end drought support for the shire.",
            "\"The last rain helped some farms, but it doesn't rain grass on every paddock in Varna,\" Cr Kowal said.",
        ].joined(separator: "\n\n"))
        let whoSaid = try #require(generation.bank.items.first { $0.kind == .whoSaid })
        #expect(whoSaid.answer.description == "Jane Kowal")
    }

    @Test func millionsOfNothingAreNotAsked() {
        let generation = Self.generation("In addition, the Ostland Finance Ministry will allocate 5.5 million for Varna first aid stations.")
        #expect(!generation.bank.items.contains { $0.answer.description == "5.5 million" })
        #expect(Self.reason(generation, "figure", "5.5 million")?.contains("does not say what") == true, "\(generation.skipped)")
        let counted = Self.generation("The Ostland Finance Ministry sold 5.5 million shares in Varnia Holdings on Monday.")
        #expect(Self.reason(counted, "figure", "5.5 million")?.contains("does not say what") != true)
    }

    @Test func twoCountsOfOneThingAreNotAsked() {
        let generation = Self.generation([
            "The Ostland Meteor Society received over 180 reports from eyewitnesses of the fireball over Varna on December 26.",
            "\"We have received 230 witness reports for a bright fireball over Varna,\" society director Ivo Lind said.",
        ].joined(separator: "\n\n"))
        #expect(!generation.bank.items.contains { $0.kind == .figure && ["180", "230"].contains($0.answer.description) })
        #expect(Self.reason(generation, "figure", "180")?.contains("another count") == true, "\(generation.skipped)")
    }

    @Test func twoSourcesCountsOfTheirOwnThingsStayAskable() {
        let generation = Self.generation([
            "Union official Ivo Lind said: \"The offer of support is hollow for the 21 workers at the Varna plant.\"",
            "Mr Kask said: \"This will come as a relief for the 44 workers at the Osk plant in Ostland.\"",
        ].joined(separator: "\n\n"))
        #expect(Self.reason(generation, "figure", "44")?.contains("another count") != true, "\(generation.skipped)")
    }

    @Test func aClockWrittenWithAPointIsNoFigure() {
        let facts = FactExtractor.facts(in: ArticleParser.parse(
            "Tram\n\nA Varna police spokesman said: \"Police were called to an overturned tram at 6.10 and officers are in attendance.\" Varnia shares closed at 6.10 on Monday.",
            fileName: "a.txt"))
        let figures = facts.figures.map(\.sentence)
        #expect(!figures.contains { $0.contains("overturned tram") }, "\(facts.figures)")
        #expect(figures.contains { $0.contains("closed at 6.10") }, "a price after \"closed at\" is still a figure")
    }

    @Test func thousandsSetApartBySpacesAreNoFigureOfTheirPieces() {
        // "30 000MT": read in pieces, "30" was asked as "____ 000MT" with the key "30".
        let facts = FactExtractor.facts(in: ArticleParser.parse(
            "Maize\n\nOstland needs 70 000 tonnes of maize and 30 000MT of rice, the Varna ministry said.", fileName: "a.txt"))
        #expect(!facts.figures.contains { ["30", "70", "000MT", "000"].contains($0.text) }, "\(facts.figures.map(\.text))")
        #expect(Cloze.blank("30", in: "Ostland needs 30 000MT of rice.") == nil)
        #expect(Cloze.blank("8 trillion", in: "It cost R2.8 trillion.") == nil)
        #expect(Cloze.blank("30", in: "Ostland needs 30 tonnes of rice.") != nil)
    }

    @Test func aBackReferenceAfterASentenceAdverbIsUnresolved() {
        // "In fact, the bridge opens Sept. 20.": which bridge, the prompt never says.
        #expect(PromptText.unresolvedReference("In fact, the bridge opens Sept. 20.") != nil)
        #expect(PromptText.unresolvedReference("However, the company said it would appeal.") != nil)
        #expect(PromptText.unresolvedReference("In fact, the Route 534 bridge in Newton Falls opens Sept. 20.") == nil)
        // "All five are set to take part …": five of whom, an earlier sentence said.
        #expect(PromptText.unresolvedReference("All five are set to take part in the Varna Library debate set for Wednesday, September 20.") != nil)
        #expect(PromptText.unresolvedReference("Neither would say how the fire started.") != nil)
        #expect(PromptText.unresolvedReference("All Varna schools will close on Friday.") == nil)
    }

    @Test func aNameInBracketsIsNeverAWhoSaidKey() {
        var facts = FactExtractor.facts(in: ArticleParser.parse(
            "Council\n\n\"If you cannot wait for the next full meeting, I suggest you e-mail council management,\" Cllr Ivo Kask (Varna Union) responded.",
            fileName: "a.txt"))
        // Whatever the extractor reads, a key printed in brackets beside the speaker is refused.
        facts.quotes = facts.quotes.map { quote in var quote = quote; quote.speaker = "Varna Union"; return quote }
        let generation = QuestionGenerator().generate(title: "t", from: [facts], options: GenerationOptions(maxPerArticle: 40, source: nil))
        #expect(!generation.bank.items.contains { $0.answer.description == "Varna Union" })
    }

    @Test func aSurnameKeepsItsParticle() throws {
        #expect(PromptText.surname(of: "Emmanuelle Lo Verso") == "Lo Verso")
        #expect(PromptText.surname(of: "Ludwig van der Berg") == "van der Berg")
        #expect(PromptText.surname(of: "Ivo Kask") == "Kask")
        let generation = Self.generation(
            "\"We have gone from a vague threat to a precise threat in Varna,\" Emmanuelle Lo Verso, spokeswoman at the Ostland security department, told Varna radio.")
        let item = try #require(generation.bank.items.first { $0.kind == .whoSaid })
        #expect(item.answer.description == "Emmanuelle Lo Verso")
        #expect(!item.accept.contains("Verso"))
    }

    @Test func aHeadlinesWordForACountGivesItAway() {
        let facts = FactExtractor.facts(in: ArticleParser.parse(
            "---\nsource: Ostland Local\n---\nSuspected double murder near Varna\n\nPolice in Varna have arrested a man suspected of killing two people on the island of Osk just east of Varna.",
            fileName: "a.txt"))
        let generation = QuestionGenerator().generate(title: "t", from: [facts], options: GenerationOptions(maxPerArticle: 40, source: nil))
        #expect(!generation.bank.items.contains { $0.kind == .figure && $0.answer.description == "two" })
    }

    @Test func aConversionInBracketsWithAQualifierIsNotAsked() {
        let generation = Self.generation(
            "Ostland's defence minister Ivo Kask says the missile reached an altitude of 770 kilometers (about 500 miles) before it fell into the sea off Varna.")
        #expect(!generation.bank.items.contains { $0.answer.description == "500 miles" }, "\(generation.bank.items.map(\.prompt))")
        #expect(Self.reason(generation, "figure", "500 miles")?.contains("conversion") == true, "\(generation.skipped)")
    }

    @Test func aDescribedClaimantIsWrittenInLowerCase() {
        #expect(Claimants.display("A Met spokesman") == "a Met spokesman")
        #expect(Claimants.display("The Varna police chief") == "the Varna police chief")
        #expect(Claimants.display("The Associated Press") == "The Associated Press")
    }
}
