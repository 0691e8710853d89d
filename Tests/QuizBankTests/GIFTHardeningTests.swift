import Foundation
import Testing
@testable import QuizBank

/// GIFT files as they arrive from elsewhere: Windows line endings, numbers that are not
/// numbers, one title on every question.
@Suite struct GIFTHardeningTests {
    static let questions = [
        "// from Moodle",
        "::Tomb::Who's buried in Grant's tomb?{~Grant =no one}",
        "",
        "::Born::When was Grant born?{#1822:1}",
        "",
        "Grant is buried in Grant's tomb.{FALSE}",
        "",
        "$CATEGORY: $course$/top/Default",
        "",
        "::Capital:: What is the capital",
        "of France? {",
        "\t=Paris#Right",
        "\t~Lyon",
        "}",
        "",
    ]

    @Test(arguments: ["\r\n", "\r"])
    func windowsAndOldMacLineEndingsReadAsLines(ending: String) throws {
        let (bank, skipped) = try GIFT.parse(Self.questions.joined(separator: ending), path: "g.gift")
        #expect(skipped.isEmpty)
        #expect(bank.items.map(\.id) == ["tomb", "born", bank.items[2].id, "capital"])
        #expect(bank.items.map(\.prompt) == [
            "Who's buried in Grant's tomb?", "When was Grant born?", "Grant is buried in Grant's tomb.", "What is the capital of France?",
        ])
        #expect(bank.items[1].answer == .number(1822))
        #expect(bank.items[3].choices == ["Paris", "Lyon"])
        #expect(bank.items[3].explanation == "Right")
        // Moodle's $course$/top placeholders are dropped from categories.
        #expect(bank.items[3].tags == ["Default"])
    }

    @Test(arguments: [
        ("Q?{#5:1e400}", "g.gift:2:3: '1e400' is not a finite number"),
        ("Q?{#nan:1}", "g.gift:2:3: 'nan' is not a finite number"),
        ("Q?{#1..inf}", "g.gift:2:3: 'inf' is not a finite number"),
        ("Q?{#=1e999 =5}", "g.gift:2:3: '1e999' is not a finite number"),
    ])
    func nonFiniteNumbersAreRefusedAtTheirQuestion(question: String, expected: String) {
        #expect {
            _ = try GIFT.parse("// first line\n\(question)\n", path: "g.gift")
        } throws: { error in
            "\(error)" == expected
        }
    }

    @Test func repeatedTitlesGetNumberedIds() throws {
        let text = Array(repeating: "::q::Q?{=a}\n", count: 5).joined(separator: "\n") + "\n::q-2::R?{=b}\n"
        let (bank, _) = try GIFT.parse(text, path: "g.gift")
        #expect(bank.items.map(\.id.rawValue) == ["q", "q-2", "q-3", "q-4", "q-5", "q-2-2"])
    }

    @Test func aQuestionWithMoreChoicesThanLettersIsSkippedByName() throws {
        let choices = (1...27).map { $0 == 1 ? "=c1" : "~c\($0)" }.joined(separator: " ")
        let (bank, skipped) = try GIFT.parse("Q?{\(choices)}\n\nR?{=r}\n", path: "g.gift")
        #expect(bank.items.map(\.prompt) == ["R?"])
        #expect(skipped == [GIFT.Skipped(line: 1, reason: "a choice item has at most 26 choices (A to Z), not 27")])
    }
}
