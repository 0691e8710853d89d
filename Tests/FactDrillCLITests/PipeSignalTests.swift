#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// A quiz reading answers from a pipe that stays open (a script, `timeout N factdrill
/// quiz --script`): SIGTERM, SIGHUP or SIGINT must end it with the answers kept, as at
/// a terminal. It used to spin at full CPU inside `readLine` until SIGKILL.
@Suite struct PipeSignalTests {
    static let bank = CommandRunner.repositoryRoot.appendingPathComponent("QuestionBanks/fact-checking-habits.yaml").path

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT], [false, true])
    func aSignalEndsAQuizWaitingOnAPipe(_ signal: Int32, script: Bool) throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("pipe-signal-\(UUID())")
        defer { try? FileManager.default.removeItem(at: home) }
        let quiz = try RunningCommand(
            ["quiz", Self.bank, "--now", "2026-01-05T10:00:00Z", "--progress", home.path] + (script ? ["--script"] : []))
        quiz.type("false\n")
        #expect(quiz.waitFor(script ? "\"verdict\":\"exact\"" : "✓ Correct."))
        usleep(300_000)  // waiting for the next answer
        quiz.send(signal)
        let status = quiz.waitForExit()
        #expect(status == 0, "ended by the signal, not left running")
        if !script { #expect(quiz.stdout.contains("Answered 1, 1 right (100%)")) }
        let log = (try? String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)) ?? ""
        #expect(log.split(separator: "\n").count == 1)
    }
}
