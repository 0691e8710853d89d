import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What blind readers failed on session 14's first unseen sets (25 to 28: 57 articles from
/// 57 outlets), in invented sentences: a unit defined in brackets, a key that lost the first
/// name opening its sentence, a key with its title, a claimant read off a role's place, a
/// forecaster offered as a wrong choice for the weather service he speaks for, and a
/// wrestler's weight class asked as a figure.
@Suite struct GenerationFifteenthRoundTests {
    /// One article in the Ostland Ledger, generated with room for every item, and why a fact made none.
    typealias Ostland = GenerationThirteenthRoundTests

    @Test func aUnitDefinedInBracketsIsNotAsked() throws {
        let generation = Ostland.generation([
            "Hail destroyed wheat across the Varna plain on Sunday, farmers said.",
            "Tomas Reyl, a farmer in Ostby, told the Ledger that the storm damaged over 800 dunams (each dunam is 1,000 square meters) of wheat around Ostby.",
        ].joined(separator: "\n\n"))
        #expect(!generation.bank.items.contains { $0.answer.description.contains("1,000") })
        #expect(Ostland.reason(generation, "figure", "1,000")?.contains("unit defined in brackets") == true,
                "\(generation.skipped.filter { $0.kind == "figure" })")
    }

    @Test func aConversionInBracketsOfAnyUnitIsNotAsked() throws {
        let generation = Ostland.generation(
            "The Varna rocket reached an altitude of 620 kilometers (about 385 miles) before it fell into the sea, the Ostland defence ministry said.")
        #expect(!generation.bank.items.contains { $0.answer.description.contains("385") })
    }

    @Test func aKeyKeepsTheFirstNameThatOpensItsSentence() throws {
        // "Braxley Tom Harmon, 31, …" opens the sentence: "Tom Harmon" after its first word
        // is no name of its own, and a key without "Braxley" names someone else.
        let generation = Ostland.generation([
            "Braxley Tom Harmon, 31, of Ostby, shouted at Magistrate Ivo Lind after being told no lawyer was free.",
            "\"You people never listen to anything I have to say,\" Mr Harmon yelled from the dock.",
            "\"I adjourn the hearing until Friday morning at ten o'clock,\" Mr Lind replied to the court.",
        ].joined(separator: "\n\n"))
        let keys = generation.bank.items.filter { $0.kind == .whoSaid }.map(\.answer.description)
        #expect(!keys.contains("Tom Harmon"), "\(keys)")
        #expect(!keys.contains { $0.hasPrefix("Magistrate") }, "\(keys)")
        #expect(keys.contains("Ivo Lind"), "\(keys)")
    }

    @Test func aClaimantOpensItsSentenceBeforeItsAppositives() throws {
        let generation = Ostland.generation(
            "Pelo Waku, the ward vice chairman, Ostby parish said most families were sleeping in schools, adding that over 300 acres of maize were destroyed.")
        let explanations = generation.bank.items.compactMap(\.explanation)
        #expect(!explanations.contains { $0.contains("according to Ostby parish") }, "\(explanations)")
        let facts = FactExtractor.facts(in: ArticleParser.parse(
            "Ostland in brief\n\nPelo Waku, the ward vice chairman, Ostby parish said most families were sleeping in schools, adding that over 300 acres of maize were destroyed.",
            fileName: "a.txt"))
        #expect(facts.figures.first { $0.text == "300 acres" }?.source == "Pelo Waku")
    }

    @Test func someoneWhoSpeaksForTheKeyIsNoWrongChoice() throws {
        // The forecaster speaks for the weather service: offered as a wrong choice for its
        // warning, he could fairly be argued right. Nor is "Vedur" a surname to accept.
        let generation = Ostland.generation([
            "Snow is expected across Ostland on Thursday.",
            "Ivo Brandt, a Met Vedur forecaster, said: \"The weather is turning colder over the coming days across the whole country.\"",
            "\"Slow down and leave extra space to brake on every road tonight,\" Road Watch Ostland said in a statement.",
            "Met Vedur warned of \"Hazardous conditions as wintry showers sink south with black ice on untreated surfaces.\"",
            "\"Keep a close eye on the forecast before any journey this weekend,\" Mr Brandt said.",
        ].joined(separator: "\n\n"))
        let warning = try #require(generation.bank.items.first { $0.kind == .whoSaid && $0.answer.description == "Met Vedur" })
        #expect(!(warning.choices ?? []).contains("Ivo Brandt"), "\(warning.choices ?? [])")
        #expect(!warning.accept.contains("Vedur"), "\(warning.accept)")
    }

    @Test func aWeightThatNamesASportsClassIsNotAsked() throws {
        let generation = Ostland.generation([
            "Six Varna wrestlers won state titles on Saturday, the Ostland schools federation said.",
            "Tom Brakel of Varna High won the 138 pound title by a 12-4 decision in the final.",
        ].joined(separator: "\n\n"))
        #expect(!generation.bank.items.contains { $0.answer.description == "138" }, "\(generation.bank.items.map(\.prompt))")
        #expect(Ostland.reason(generation, "figure", "138")?.contains("class") == true, "\(generation.skipped.filter { $0.kind == "figure" })")
    }

    @Test func aNameThatMayBeginWithItsSentencesFirstWordMakesNoKey() throws {
        // "Developer Marcus Lyle" and "Kayden John Smith" look alike: where the article never
        // writes the shorter name alone, neither key can be trusted. "Junior Firpo" is a name.
        let generation = Ostland.generation([
            "Developer Marcus Lyle sued the Varna council on Wednesday over a permit for a tower.",
            "\"The council has moved the goalposts four times in two years and I have lost millions,\" Lyle said.",
            "Ostby defender Junior Firpo said: \"We gave away two goals from set pieces and that cannot happen in a final.\"",
        ].joined(separator: "\n\n"))
        let keys = generation.bank.items.filter { $0.kind == .whoSaid }.map(\.answer.description)
        #expect(!keys.contains("Developer Marcus Lyle") && !keys.contains("Marcus Lyle"), "\(keys)")
        #expect(keys.contains("Junior Firpo"), "\(keys)")
    }

    @Test func aLoyalistOfSomeoneMakesNoOrganisationOfThem() throws {
        // "a Met Vedur forecaster" works for an organisation; "a Tomas Brandt loyalist" does
        // not, and Brandt stays a person whom person choices are drawn for.
        let text = "---\nsource: Ostland Ledger\n---\nOstland in brief\n\n"
            + "Kash Vane, a Tomas Brandt loyalist, was confirmed as police chief on Thursday by 51 votes to 49.\n\n"
            + "\"Kash Vane will bring order back to every street in Ostland,\" Tomas Brandt said at a rally in Varna on Friday."
        let facts = FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a.txt"))
        #expect(StoryCast([facts]).sort(of: "Tomas Brandt") == .person)
    }

    @Test func aLiftedWeightIsAFigure() throws {
        let generation = Ostland.generation(
            "Varna strongman Ivo Berg lifted a 501 kg weight in Ostby in 2020, a world record that still stands, the Ostland federation said.")
        #expect(!(Ostland.reason(generation, "figure", "501 kg") ?? "").contains("class"))
    }

    @Test func aKnownGivenNameOpeningTheSentenceStaysInTheKey() throws {
        let generation = Ostland.generation([
            "Anna Maria Lopez, 54, closed her Varna bakery on Friday after the flood ruined her ovens.",
            "\"Thirty years of baking washed away in one night, and the insurer says floods are not covered,\" Lopez said.",
        ].joined(separator: "\n\n"))
        let keys = generation.bank.items.filter { $0.kind == .whoSaid }.map(\.answer.description)
        #expect(keys == ["Anna Maria Lopez"], "\(keys)")
    }

    @Test func aWeightClassWrittenWithItsUnitIsNotAsked() throws {
        let generation = Ostland.generation("Varna lifter Ivo Berg won gold in the 73 kg division at the Ostland Open in Ostby on Saturday.")
        #expect(Ostland.reason(generation, "figure", "73 kg")?.contains("class") == true, "\(generation.skipped)")
    }
}
