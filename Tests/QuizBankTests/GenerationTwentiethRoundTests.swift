import Testing
@testable import FactExtraction
@testable import QuizBank

/// What blind readers failed on session 19's unseen round (sets 126–132, the whole bank at
/// ed2cce2), in invented sentences.
@Suite struct GenerationTwentiethRoundTests {
    static func generation(_ paragraphs: [String]) -> Generation {
        GenerationThirteenthRoundTests.generation(paragraphs.joined(separator: "\n\n"))
    }

    @Test func aBodysLastWordIsNoSurnameToWriteOut() {
        // "Office" of the quoted "Met Office" was written out in "Office of National Statistics
        // figures showed", and the prompt misquoted the article.
        let generation = Self.generation([
            "A total of 9,627 people died in the week to June 28, up from the average of 9,117 deaths, Office of National Statistics figures showed.",
            "Continued warm weather, which the Met Office says “may become more prevalent across much of the country in the second half of July”, has sparked fears of further deaths.",
            "“Hot weather can be as deadly as cold weather for older people,” said Ivo Lind, a doctor in Varna.",
        ])
        let prompts = generation.bank.items.map(\.prompt)
        #expect(prompts.contains { $0.contains("9,117") || $0.contains("9,627") || $0.contains("____") })
        #expect(!prompts.contains { $0.contains("Met Office of") }, "\(prompts)")
    }

    @Test func aFootnoteNumberGluedToAWordIsNoSentenceToAsk() {
        // Sets 137–140 (both readers): "voted for a resolution3" read as a typo in a date item.
        #expect(PromptText.footnoteMarked("On February 21, the council voted for a resolution3 calling for a ceasefire.") == "resolution3")
        #expect(PromptText.footnoteMarked("The G7 met in 2024 with 3 ministers and the A380 flew.") == nil)
        let generation = Self.generation([
            "On February 21, the Varna council voted for a resolution3 calling for a ceasefire in the east.",
            "“We want the fighting to stop before the winter,” said Ivo Lind, the council's chairman.",
        ])
        #expect(!generation.bank.items.contains { $0.prompt.contains("resolution3") })
        #expect(generation.skipped.contains { $0.reason.contains("footnote") })
    }

    @Test func aDateBetweenFromAndAnAmountIsNotBlanked() {
        // Sets 141–144 (both readers): "reducing its litre price from ____ to 27.05p/litre".
        let generation = Self.generation([
            "Varna Dairies announced on Monday it is reducing its standard litre price from 1 November to 27.05p/litre, the Ostland Farmers Union said.",
            "“This cut will put dozens of family farms out of business,” said Ivo Lind, the union's chairman.",
        ])
        #expect(!generation.bank.items.contains { $0.kind == .date && $0.answer.description.contains("November") })
        #expect(generation.skipped.contains { $0.kind == "date" && $0.reason.contains("old value") })
    }
}
