import Foundation
import Testing

@Suite struct QuizCommandTests {
    @Test func emptyPipedInputExitsCleanlyOnTheBundledBanks() throws {
        let result = try CommandRunner.run(["quiz"], stdin: "")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("1/"))
    }

    @Test func pipedAnswersAreScoredWithoutPromptNoise() throws {
        let bank = FileManager.default.temporaryDirectory.appendingPathComponent("bank-\(UUID()).yaml")
        try Data("""
            title: t
            items:
              - {id: a, kind: figure, prompt: How many people live in Mariupol?, answer: 450000,
                 evidence: {source: Al Jazeera, sentence: "Mariupol, a port city of 450,000 people"}}
              - {id: b, kind: claim, prompt: Novoazovsk fell on Monday., answer: false}
            """.utf8).write(to: bank)
        defer { try? FileManager.default.removeItem(at: bank) }
        let result = try CommandRunner.run(["quiz", bank.path], stdin: "450k\ntrue\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("✓ Correct."))
        #expect(result.stdout.contains("Mariupol, a port city of 450,000 people"))
        #expect(result.stdout.contains("✗ Not quite. The answer is false."))
        #expect(result.stdout.contains("Answered 2, 1 right (50%)"))
        #expect(!result.stdout.contains("> "), "no prompt is printed when stdin is not a terminal")
    }
}
