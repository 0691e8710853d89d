import Foundation
import Testing

/// A misspelt field must not silently change a verdict: the quiz warns once per bank,
/// `grade` refuses to grade.
@Suite struct UnknownFieldCommandTests {
    static let bank = """
        format: factdrill-bank
        version: 1
        title: Typos
        items:
          - id: temperature
            prompt: "What temperature did the report give?"
            answer: 67.3
            tolerence: 1
          - id: two
            prompt: "Two?"
            answer: 2
            tolerence: 0
        """

    func bankFile() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("typo-\(UUID()).yaml").path
        try Data(Self.bank.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func gradeRefusesToGradeWithAFieldItDidNotUnderstand() throws {
        let bank = try bankFile()
        let sheet = FileManager.default.temporaryDirectory.appendingPathComponent("sheet-\(UUID()).json").path
        try Data(#"{"student": "ann", "answers": {"temperature": "68"}}"#.utf8).write(to: URL(fileURLWithPath: sheet))
        let result = try CommandRunner.run(["grade", "--bank", bank, sheet])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "factdrill: \(bank):8:5: unknown field 'tolerence' (a typo?): not grading with a field factdrill does not read (and 1 more: see 'factdrill bank lint \(bank)')\n")
    }

    @Test func quizWarnsOnceForTheBank() throws {
        let bank = try bankFile()
        let result = try CommandRunner.run(["quiz", bank, "--now", "2026-01-01T09:00:00Z"], stdin: "68\n2\n")
        #expect(result.status == 0)
        #expect(result.stderr == "factdrill: \(bank):8:5: unknown field 'tolerence' (a typo?), ignored (and 1 more: see 'factdrill bank lint \(bank)')\n")
    }
}
