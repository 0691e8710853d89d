import Foundation
import Testing

/// The small promises of the quiz, end to end: a skip shows what backs the key, `--script`
/// reports an undo and an answer it could not take, stats without reviews says so, and
/// text follows the window's width.
@Suite struct ReplFairnessTests {
    static let now = "2026-01-01T09:00:00Z"

    @Test func skipShowsTheExplanationAndTheEvidence() throws {
        let result = try CommandRunner.run(["quiz", "--limit", "1", "--now", Self.now], stdin: ":skip\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Skipped. The answer: false\n  \"At least\" is a floor, not a count."))
        #expect(result.stdout.contains("— Al Jazeera\n"))
    }

    @Test func trueFalseHasNoHintsToRunOutOf() throws {
        let hint = try CommandRunner.run(["quiz", "--limit", "1", "--now", Self.now], stdin: ":hint\nfalse\n")
        #expect(hint.stdout.contains("No hints for a true/false question: it is one or the other."))
        #expect(!hint.stdout.contains("No more hints"))
    }

    @Test func atATerminalAnAnswerThatIsNeitherTrueNorFalseIsAskedAgain() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("neither-\(UUID())")
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try PseudoTerminal(arguments: ["quiz", "--limit", "1", "--now", Self.now], dataHome: home)
        #expect(terminal.waitFor("true or false?"))
        terminal.type("a ceiling\r")
        #expect(terminal.waitFor("Answer true or false (t/f, yes/no also do)."))
        terminal.type("false\r")
        #expect(terminal.waitFor("✓ Correct."))
        #expect(terminal.waitForExit() == 0)
        #expect(terminal.screen.contains("Answered 1, 1 right (100%)"))
        #expect(!terminal.screen.contains("Not quite"))
    }

    @Test func fromAPipeItIsMarkedAsGradeMarksIt() throws {
        let result = try CommandRunner.run(["quiz", "--script", "--limit", "2", "--now", Self.now], stdin: "a ceiling\nb\n")
        #expect(result.stdout.split(separator: "\n").count == 2, "one line per item for a script")
        #expect(result.stdout.contains(#""verdict":"wrong""#))
    }

    @Test func scriptModeReportsUndoAndAnswersItCouldNotTake() throws {
        let result = try CommandRunner.run(["quiz", "--script", "--limit", "3", "--now", Self.now], stdin: "false\n5\n:undo\nb\n")
        #expect(result.status == 0)
        let lines = try result.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(lines.map { $0["verdict"] as? String } == ["exact", "wrong", "undone", "exact"])
        #expect(lines[2]["id"] as? String == "habits-conservative-estimate")
    }

    @Test func statsWithoutReviewsDoesNotPrintADash() throws {
        let result = try CommandRunner.run(["stats", "--now", Self.now])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Retention none yet (no reviews of mature cards)\n"))
        #expect(!result.stdout.contains("—"))
    }

    @Test func textFollowsAResizedWindow() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("resize-\(UUID())")
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try PseudoTerminal(arguments: ["quiz", "--limit", "2", "--now", Self.now], dataHome: home)
        #expect(terminal.waitFor("true or false?"))
        terminal.resize(columns: 40)
        terminal.type("false\r")
        #expect(terminal.waitFor("conservative estimate"))
        #expect(terminal.waitFor("> "))
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
        // Everything printed after the resize fits in 40 columns.
        let after = terminal.screen.components(separatedBy: "✓ Correct.").dropFirst().joined()
        let lines = after.components(separatedBy: "\r\n").flatMap { $0.components(separatedBy: "\n") }
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.count <= 40 }, "\(lines.filter { $0.count > 40 })")
    }
}
