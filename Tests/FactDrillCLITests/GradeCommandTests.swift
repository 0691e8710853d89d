import Foundation
import Testing

@Suite struct GradeCommandTests {
    let bank = CommandRunner.repositoryRoot.appendingPathComponent("QuestionBanks/fact-checking-habits.yaml").path

    func folder(_ sheets: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sheets-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in sheets { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test func aBrokenSheetIsReportedAndTheOthersGraded() throws {
        let sheets = try folder([
            "a.json": #"{"student": "ann", "answers": {"habits-at-least-is-a-floor": "no", "habits-corroborated-shelling": "three"}}"#,
            "b.json": #"{"student": "ben", "answers": {"#,
        ])
        defer { try? FileManager.default.removeItem(at: sheets) }
        let result = try CommandRunner.run(["grade", "--bank", bank, sheets.path, "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ann,2,10,20,,8,"))
        #expect(result.stderr.contains("b.json:") && result.stderr.contains("not valid"))
    }

    @Test func passMarkSetsExitOneAndNothingGradedExitsTwo() throws {
        let sheets = try folder(["a.json": #"{"student": "ann", "answers": {"habits-at-least-is-a-floor": "f"}}"#])
        defer { try? FileManager.default.removeItem(at: sheets) }
        #expect(try CommandRunner.run(["grade", "--bank", bank, sheets.path, "--pass-mark", "50%"]).status == 1)
        #expect(try CommandRunner.run(["grade", "--bank", bank, sheets.path, "--pass-mark", "5%"]).status == 0)
        #expect(try CommandRunner.run(["grade", "--bank", bank, "/no/such/sheet.json"]).status == 2)
        let stdin = try CommandRunner.run(["grade", "--bank", bank, "-", "--format", "tap"], stdin: #"{"student": "sam", "answers": {}}"#)
        #expect(stdin.status == 0)
        #expect(stdin.stdout.contains("# sam: 0/10 (0%)"))
    }

    @Test func scriptedQuizWritesOneJSONLinePerItem() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("script-\(UUID())")
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try CommandRunner.run(["quiz", "--script", "--limit", "3", "--now", "2026-01-01T09:00:00Z"], stdin: "false\nb\n:skip\n", dataHome: home)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["verdict"] as? String == "exact")
        #expect(first["id"] as? String == "habits-at-least-is-a-floor")
        let third = try #require(try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [String: Any])
        #expect(third["verdict"] as? String == "skipped")
    }
}
