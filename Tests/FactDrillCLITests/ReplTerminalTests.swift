import Foundation
import Testing

/// The quiz at a real (pseudo) terminal: typing, Tab, Up for history, Ctrl-D.
@Suite struct ReplTerminalTests {
    @Test func aPersonAnswersCompletesRecallsAndEndsTheSession() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("repl-\(UUID())")
        defer { try? FileManager.default.removeItem(at: home) }
        let bank = CommandRunner.repositoryRoot.appendingPathComponent("QuestionBanks/fact-checking-habits.yaml").path
        let terminal = try PseudoTerminal(arguments: ["quiz", bank, "--now", "2026-01-05T10:00:00Z"], dataHome: home)

        #expect(terminal.waitFor("true or false?"))
        terminal.type("fa\t\r")  // Tab completes "false"
        #expect(terminal.waitFor("✓ Correct."))
        #expect(terminal.waitFor("Al Jazeera"), "the evidence and its source follow the verdict")
        #expect(terminal.waitFor("B a conservative estimate"))
        terminal.type(":he\t\r")  // commands complete too
        #expect(terminal.waitFor(":undo"))
        terminal.type("\u{1B}[A\u{1B}[A\r")  // Up twice recalls "false" — no option's answer: asked again
        #expect(terminal.waitFor("Answer with a letter (A–"))
        terminal.type("A\r")  // a wrong option
        #expect(terminal.waitFor("✗ Not quite. The answer is B) a conservative estimate."))
        terminal.type("\u{04}")  // Ctrl-D on an empty line ends the session
        #expect(terminal.waitForExit() == 0)
        #expect(terminal.screen.contains("Answered 2, 1 right (50%)"))

        let log = try String(contentsOf: home.appendingPathComponent("factdrill/reviews.jsonl"), encoding: .utf8)
        #expect(log.split(separator: "\n").count == 2)
        let history = try String(contentsOf: home.appendingPathComponent("factdrill/history"), encoding: .utf8)
        #expect(history.contains("false"))
    }
}
