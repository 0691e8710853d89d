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

    @Test func evidenceThatOpensWithAQuoteIsNotQuotedTwice() throws {
        let bank = FileManager.default.temporaryDirectory.appendingPathComponent("bank-\(UUID()).yaml")
        try Data("""
            title: t
            items:
              - {id: a, kind: who-said, prompt: "Who said this? “The flood warning remains in force”", answer: Ana Tuila,
                 evidence: {source: Varna Post, sentence: "“The flood warning remains in force,” Tuila said."}}
            """.utf8).write(to: bank)
        defer { try? FileManager.default.removeItem(at: bank) }
        let result = try CommandRunner.run(["quiz", bank.path], stdin: "Tuila\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("“The flood warning remains in force,” Tuila said. — Varna Post"), "\(result.stdout)")
        #expect(!result.stdout.contains("““"))
    }
}

@Suite struct ExamCommandTests {
    @Test func theSameSeedGivesTheSamePaper() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exam-\(UUID())")
        defer { try? FileManager.default.removeItem(at: home) }
        let arguments = ["quiz", "--exam", "--seed", "42", "--limit", "5", "--script", "--now", "2026-01-01T09:00:00Z"]
        let first = try CommandRunner.run(arguments, stdin: "a\na\na\na\na\n", dataHome: home)
        let second = try CommandRunner.run(arguments, stdin: "a\na\na\na\na\n", dataHome: home)
        let ids = { (text: String) in text.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String } }
        #expect(ids(first.stdout).count == 5)
        #expect(ids(first.stdout) == ids(second.stdout))
        let other = try CommandRunner.run(["quiz", "--exam", "--seed", "43", "--limit", "5", "--script"], stdin: "a\na\na\na\na\n", dataHome: home)
        #expect(ids(other.stdout) != ids(first.stdout))
    }
}

@Suite struct QuizFilterTests {
    @Test func bankAndTagFiltersNarrowTheSession() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("filter-\(UUID())")
        defer { try? FileManager.default.removeItem(at: home) }
        let habits = try CommandRunner.run(["quiz", "--bank", "habits", "--script", "--cram"], stdin: String(repeating: "x\n", count: 20), dataHome: home)
        #expect(habits.stdout.split(separator: "\n").count == 10)
        let kursk = try CommandRunner.run(["quiz", "--tag", "2024-kursk", "--script", "--cram"], stdin: String(repeating: "x\n", count: 20), dataHome: home)
        #expect(kursk.stdout.split(separator: "\n").count == 2)
        #expect(try CommandRunner.run(["quiz", "--bank", "nothing-like-this"], dataHome: home).status == 2)
    }
}
