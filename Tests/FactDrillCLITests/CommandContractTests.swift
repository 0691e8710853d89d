import Foundation
import Testing

@Suite struct CommandContractTests {
    @Test func helpListsTheSubcommands() throws {
        let result = try CommandRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("quiz"))
        #expect(result.stdout.contains("Drill due questions"))
    }

    @Test func usageErrorsExitTwoWithOneLine() throws {
        let result = try CommandRunner.run(["quiz", "--no-such-flag"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("factdrill: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func aBadClockIsABadInput() throws {
        let result = try CommandRunner.run(["quiz", "--now", "yesterday"], stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr == "factdrill: --now: 'yesterday' is not an ISO 8601 time in years 1–9999 (e.g. 2026-01-01T09:00:00Z)\n")
    }

    @Test func aBrokenBankNamesTheFileAndPosition() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID()).json")
        try Data("{\"items\": [\n  {\"id\": 1}\n]}".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CommandRunner.run(["quiz", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("factdrill: \(file.path):2:"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func anIdInTwoBanksIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clash-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func bank(_ ids: [String]) -> Data {
            let items = ids.map { "{\"id\": \"\($0)\", \"kind\": \"figure\", \"prompt\": \"How many?\", \"answer\": 3}" }
            return Data("{\"format\": \"factdrill-bank\", \"version\": 1, \"title\": \"t\", \"items\": [\(items.joined(separator: ","))]}".utf8)
        }
        let first = folder.appendingPathComponent("a.json"), second = folder.appendingPathComponent("b.json")
        try bank(["one", "two"]).write(to: first)
        try bank(["three", "two"]).write(to: second)
        let across = try CommandRunner.run(["quiz", "--script", first.path, second.path])
        #expect(across.status == 2)
        #expect(across.stderr == "factdrill: \(second.path): item id 'two' is also used in \(first.path)\n")
        try bank(["four", "four"]).write(to: second)
        let within = try CommandRunner.run(["quiz", "--script", second.path])
        #expect(within.status == 2)
        // Within one bank it is the shared validation's: the same line lint gives.
        #expect(within.stderr == "factdrill: \(second.path):1:144: duplicate id 'four' (first used on line 1)\n")
    }

    @Test func missingBankExitsTwo() throws {
        let result = try CommandRunner.run(["quiz", "/no/such/bank.json"])
        #expect(result.status == 2)
        #expect(result.stderr == "factdrill: /no/such/bank.json: no such file\n")
    }
}

@Suite struct ArticleFolderTests {
    @Test func aFolderStandsForTheArticlesInsideIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archive-\(UUID())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("2014/08"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Headline one\n\nAt least 1,000 troops crossed on Thursday, officials said.\n".write(
            to: folder.appendingPathComponent("2014/08/b.txt"), atomically: true, encoding: .utf8)
        try "Headline two\n\n\"We will stay,\" Olga Marsh said.\n".write(
            to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "not an article".write(to: folder.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        // A linked article is read; a linked folder (here a loop back to the top) is not entered.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("c-link.txt").path, withDestinationPath: "a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        let result = try CommandRunner.run(["extract", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let facts = try JSONDecoder().decode([ArticleFactsShape].self, from: Data(result.stdout.utf8))
        #expect(facts.map(\.article) == ["b.txt", "a.txt", "c-link.txt"])  // path order: 2014/08/b.txt sorts before a.txt

        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let none = try CommandRunner.run(["generate", empty.path, "-o", folder.appendingPathComponent("bank.json").path])
        #expect(none.status == 2)
        #expect(none.stderr == "factdrill: \(empty.path): a folder with no articles (.txt, .html, .htm, .html.gz) in it\n")
    }

    struct ArticleFactsShape: Decodable { var article: String }
}
