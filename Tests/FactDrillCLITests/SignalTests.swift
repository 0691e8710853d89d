#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Signals during a session at a real (pseudo) terminal: the answer already given is
/// saved, the summary is shown, and the exit is clean.
@Suite struct SignalTests {
    /// Answers one item, then ends the session with `end`; returns the exit status, the
    /// screen and the log's review count.
    static func answerOneThen(_ end: (PseudoTerminal) -> Void) throws -> (status: Int32?, screen: String, reviews: Int) {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("signals-\(UUID())")
        defer { try? FileManager.default.removeItem(at: home) }
        let bank = CommandRunner.repositoryRoot.appendingPathComponent("QuestionBanks/fact-checking-habits.yaml").path
        let terminal = try PseudoTerminal(arguments: ["quiz", bank, "--now", "2026-01-05T10:00:00Z"], dataHome: home)
        #expect(terminal.waitFor("true or false?"))
        terminal.type("false\r")
        #expect(terminal.waitFor("✓ Correct."))
        #expect(terminal.waitFor("D a figure from Russian television"), "the next question is waiting")
        usleep(300_000)  // readline is reading
        end(terminal)
        let status = terminal.waitForExit()
        let log = (try? String(contentsOf: home.appendingPathComponent("factdrill/reviews.jsonl"), encoding: .utf8)) ?? ""
        return (status, terminal.screen, log.split(separator: "\n").count)
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func terminationSavesAndShowsTheSummary(_ signal: Int32) throws {
        let result = try Self.answerOneThen { $0.send(signal) }
        #expect(result.status == 0)
        #expect(result.screen.contains("Answered 1, 1 right (100%)"))
        #expect(result.reviews == 1)
    }

    @Test func ctrlCTwiceEndsWithTheSummary() throws {
        let result = try Self.answerOneThen { terminal in
            terminal.send(SIGINT)  // the first clears the line
            usleep(200_000)
            terminal.send(SIGINT)  // the second, on an empty line, ends the session
        }
        #expect(result.status == 0)
        #expect(result.screen.contains("Answered 1, 1 right (100%)"))
        #expect(result.reviews == 1)
    }

    @Test func closingTheTerminalKeepsTheLastAnswer() throws {
        let result = try Self.answerOneThen { $0.hangUp() }
        #expect(result.status != nil, "the quiz ends when its terminal goes away")
        #expect(result.reviews == 1)
    }
}
