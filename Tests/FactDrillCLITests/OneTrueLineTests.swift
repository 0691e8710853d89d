import Foundation
import Testing

/// Inputs that are not there, or folders with nothing in them: one line that says so, exit 2.
@Suite struct OneTrueLineTests {
    static let emptyFolder: String = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }()
    static let habits = "QuestionBanks/fact-checking-habits.yaml"

    static let cases: [([String], String)] = [
        (["stats", "nosuch.json"], "factdrill: nosuch.json: no such file\n"),
        (["quiz", emptyFolder], "factdrill: \(emptyFolder): a folder with no banks in it (.json, .yaml, .yml or .gift files)\n"),
        (["grade", "--bank", habits, emptyFolder, "--format", "csv"], "factdrill: \(emptyFolder): a folder with no .json answer sheets in it\n"),
        (["bank", "lint", "nosuch.yaml"], "factdrill: nosuch.yaml: no such file\n"),
        (["bank", "lint", emptyFolder], "factdrill: \(emptyFolder): a folder with no banks in it (.json, .yaml, .yml or .gift files)\n"),
    ]

    @Test(arguments: cases)
    func oneLineAndExitTwo(arguments: [String], stderr: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr == stderr)
        #expect(!result.stdout.contains("nosuch.yaml:1:1"))
    }

    @Test func lintTakesAFolder() throws {
        let result = try CommandRunner.run(["bank", "lint", "QuestionBanks"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("QuestionBanks/fact-checking-habits.yaml: OK, 10 items\n"))
        #expect(result.stderr.contains("QuestionBanks/news-ukraine-russia.json: OK"))
    }
}
