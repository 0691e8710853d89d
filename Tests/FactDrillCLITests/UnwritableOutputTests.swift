import Foundation
import Testing

/// stdout that refuses writes (`> /dev/full`): every command says so in one line and
/// exits 3, instead of a fatal error (extract, grade, quiz --script, schedule replay)
/// or exit 0 with the output lost (stats, progress check).
@Suite(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full")))
struct UnwritableOutputTests {
    static let bank = CommandRunner.repositoryRoot.appendingPathComponent("QuestionBanks/fact-checking-habits.yaml").path

    static func expectOneLineExitThree(_ arguments: [String], stdin: String = "") throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("full-\(UUID())")
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try CommandRunner.run(
            arguments + ["--progress", home.path].filter { _ in arguments.first != "extract" && arguments.first != "grade" && arguments.first != "schedule" },
            stdin: stdin, stdoutPath: "/dev/full")
        #expect(result.status == 3, "\(arguments.first!): \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments.first!): \(result.stderr)")
        #expect(result.stderr.contains("cannot write to standard output"), "\(arguments.first!): \(result.stderr)")
    }

    @Test func extract() throws {
        let article = FileManager.default.temporaryDirectory.appendingPathComponent("article-\(UUID()).txt")
        defer { try? FileManager.default.removeItem(at: article) }
        try Data("Troops crossed\n\nA NATO official said at least 1,000 troops had crossed on Thursday.\n".utf8).write(to: article)
        try Self.expectOneLineExitThree(["extract", article.path])
    }

    @Test func grade() throws {
        try Self.expectOneLineExitThree(["grade", "--bank", Self.bank, "-"], stdin: #"{"student": "sam", "answers": {}}"#)
    }

    @Test func quizScript() throws {
        try Self.expectOneLineExitThree(["quiz", "--script", Self.bank, "--now", "2026-01-05T10:00:00Z"], stdin: "false\n")
    }

    @Test func quizInAPipe() throws {
        try Self.expectOneLineExitThree(["quiz", Self.bank, "--now", "2026-01-05T10:00:00Z"], stdin: "false\n")
    }

    @Test func scheduleReplay() throws {
        try Self.expectOneLineExitThree(["schedule", "replay", "-"], stdin: #"[{"card":"q1","rating":3,"time":"2022-11-29T12:30:00Z"}]"#)
    }

    @Test func stats() throws {
        try Self.expectOneLineExitThree(["stats", "--json"])
        try Self.expectOneLineExitThree(["stats"])
    }

    @Test func helpAndVersion() throws {
        for arguments in [["--help"], ["--version"], ["help", "quiz"]] {
            let result = try CommandRunner.run(arguments, stdoutPath: "/dev/full")
            #expect(result.status == 3, "\(arguments): \(result.stderr)")
            #expect(result.stderr == "factdrill: cannot write to standard output: No space left on device\n")
        }
        let shown = try CommandRunner.run(["--version"])
        #expect(shown.status == 0 && shown.stdout == "0.1.0\n")
    }

    @Test func progressCheck() throws {
        try Self.expectOneLineExitThree(["progress", "check"])
    }
}
