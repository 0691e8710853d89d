import FactExtraction
import Foundation
import Testing
@testable import QuizBank

/// What blind readers failed on session 15's first unseen sets (35 to 40: 77 articles from
/// 76 outlets), in invented sentences: a claim that shortened a three-word name to its last
/// two words (the hyphenated "$20-million" asked as "$____" is `HyphenatedScaleTests`).
@Suite struct GenerationSixteenthRoundTests {
    typealias Ostland = GenerationThirteenthRoundTests

    @Test func aClaimKeepsAllThreeWordsOfAName() throws {
        let generation = Ostland.generation([
            "\"Prices will keep rising for months,\" said Abdul Karim Nasser, general manager of the Ostby Market.",
            "Nasser added that suppliers have raised the price of flour by 30 percent since January.",
        ].joined(separator: "\n\n"))
        let prompts = generation.bank.items.map(\.prompt)
        #expect(!prompts.contains { $0.contains("Karim Nasser") && !$0.contains("Abdul Karim Nasser") }, "\(prompts)")
    }
}
