import Foundation
import Testing

/// `-o` never destroys a teacher's or learner's file: not an input of the same command,
/// not an existing bank without --force (and then a .bak is kept), and a write that fails
/// is an I/O failure (exit 3) with one line.
@Suite struct OutputFileTests {
    let bank = CommandRunner.repositoryRoot.appendingPathComponent("QuestionBanks/fact-checking-habits.yaml").path
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("output-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func file(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    static let article = """
        source: Test News
        published: 2024-08-10

        Troops advance

        A top NATO official said at least 1,000 Russian troops had crossed the border on Thursday.
        "We are watching closely," said Anna Berg, a spokeswoman for the alliance.
        """

    @Test func gradeRefusesToWriteItsReportOverAnAnswerSheet() throws {
        let sheetText = #"{"student": "alice", "answers": {"habits-at-least-is-a-floor": "false"}}"#
        let sheet = try file("alice.json", sheetText)
        let result = try CommandRunner.run(["grade", "--bank", bank, sheet, "-o", sheet])
        #expect(result.status == 2)
        #expect(result.stderr == "factdrill: \(sheet): is also an input of this command; refusing to write over it (choose another output file)\n")
        #expect(try contents(sheet) == sheetText)
        // Through a folder of sheets and another spelling of the same path, too.
        let again = try CommandRunner.run(["grade", "--bank", bank, folder.path, "-o", folder.path + "/./alice.json"])
        #expect(again.status == 2)
        #expect(try contents(sheet) == sheetText)
        // A report over an earlier report is fine.
        let report = try file("report.txt", "old report")
        let replaced = try CommandRunner.run(["grade", "--bank", bank, sheet, "-o", report, "--format", "csv"])
        #expect(replaced.status == 0)
        #expect(try contents(report).hasPrefix("student,score"))
    }

    @Test func convertRefusesItsOwnInputAndAnExistingBankWithoutForce() throws {
        let original = try contents(bank)
        let mine = try file("mine.yaml", original)
        let inPlace = try CommandRunner.run(["bank", "convert", mine, mine])
        #expect(inPlace.status == 2)
        #expect(inPlace.stderr == "factdrill: \(mine): is also an input of this command; refusing to write over it (choose another output file)\n")
        #expect(try contents(mine) == original)

        let other = try file("other.json", "{\"hand\": \"written\"}")
        let refused = try CommandRunner.run(["bank", "convert", mine, other])
        #expect(refused.status == 2)
        #expect(refused.stderr == "factdrill: \(other): already exists; refusing to replace it (add --force to replace it, keeping a copy in \(other).bak)\n")
        #expect(try contents(other) == "{\"hand\": \"written\"}")

        let forced = try CommandRunner.run(["bank", "convert", mine, other, "--force"])
        #expect(forced.status == 0)
        #expect(try contents(other + ".bak") == "{\"hand\": \"written\"}")
        #expect(try contents(other).contains("\"format\" : \"factdrill-bank\""))
    }

    @Test func generateRefusesToReplaceAHandWrittenBank() throws {
        let article = try file("article.txt", Self.article)
        let mine = try file("mine.yaml", try contents(bank))
        let refused = try CommandRunner.run(["generate", article, "-o", mine])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasSuffix("already exists; refusing to replace it (add --force to replace it, keeping a copy in \(mine).bak)\n"))
        #expect(try contents(mine) == (try contents(bank)))
        let forced = try CommandRunner.run(["generate", article, "-o", mine, "--force"])
        #expect(forced.status == 0)
        #expect(try contents(mine + ".bak") == (try contents(bank)))
        #expect(try contents(mine) != (try contents(bank)))
    }

    @Test func aLinkedBankStaysALinkAndItsTargetIsBackedUp() throws {
        let target = try file("real.yaml", try contents(bank))
        let link = folder.appendingPathComponent("link.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let json = folder.appendingPathComponent("b.json").path
        #expect(try CommandRunner.run(["bank", "convert", bank, json]).status == 0)
        let forced = try CommandRunner.run(["bank", "convert", json, link, "--force"])
        #expect(forced.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try contents(target + ".bak") == (try contents(bank)))
    }

    @Test(arguments: [["generate", "ARTICLE", "-o", "/no/such/folder/out.json"], ["bank", "convert", "BANK", "/no/such/folder/out.json"],
                      ["grade", "--bank", "BANK", "SHEET", "-o", "/no/such/folder/out.json"]])
    func aWriteThatFailsIsAnIOFailure(arguments: [String]) throws {
        let article = try file("article.txt", Self.article)
        let sheet = try file("sheet.json", #"{"student": "a", "answers": {}}"#)
        let resolved = arguments.map { $0 == "ARTICLE" ? article : $0 == "BANK" ? bank : $0 == "SHEET" ? sheet : $0 }
        let result = try CommandRunner.run(resolved)
        #expect(result.status == 3)
        #expect(result.stderr.hasSuffix("factdrill: /no/such/folder/out.json: cannot write: no such file or directory\n"))
    }
}
