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
        #expect(result.stderr == "factdrill: --now: 'yesterday' is not an ISO 8601 time (e.g. 2026-01-01T09:00:00Z)\n")
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

    @Test func missingBankExitsTwo() throws {
        let result = try CommandRunner.run(["quiz", "/no/such/bank.json"])
        #expect(result.status == 2)
        #expect(result.stderr == "factdrill: /no/such/bank.json: no such file\n")
    }
}
