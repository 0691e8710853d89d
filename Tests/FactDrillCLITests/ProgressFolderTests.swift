#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// A progress folder a hostile tester (or a crash, or a disk) left in a bad state: the
/// quiz, stats, check and repair must give one clear line or carry on, never crash,
/// hang or lose a review.
@Suite struct ProgressFolderTests {
    static let bank = CommandRunner.repositoryRoot.appendingPathComponent("QuestionBanks/fact-checking-habits.yaml").path
    static let now = "2026-01-05T10:00:00Z"

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("progress-folder-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `count` review lines of distinct cards, one a minute from 2026-01-01T09:00Z.
    static func logLines(_ count: Int, version: Int = 1) -> [String] {
        (0..<count).map { index in
            let minute = String(format: "%02d", index % 60), hour = String(format: "%02d", 9 + index / 60)
            return #"{"due":"2026-01-02T\#(hour):\#(minute):00Z","id":"\#(String(format: "%016x", index + 1))","item":"card-\#(index)","new":true,"rating":3,"time":"2026-01-01T\#(hour):\#(minute):00Z","v":\#(version)}"#
        }
    }

    static func write(_ lines: [String], to directory: URL) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent("reviews.jsonl"))
    }

    static func run(_ arguments: [String], in directory: URL, stdin: String = "", environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.run(arguments + ["--progress", directory.path], stdin: stdin, environment: environment)
    }

    /// A quiz that answers nothing still writes the snapshot of what it loaded.
    static func writeSnapshot(in directory: URL) throws {
        let result = try run(["quiz", "--script", bank, "--now", now], in: directory, stdin: ":quit\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("cards.tsv").path))
    }

    static func editSnapshot(in directory: URL, header edit: (inout [String: Any]) -> Void = { _ in }, row: (inout [String]) -> Void = { _ in }) throws {
        let url = directory.appendingPathComponent("cards.tsv")
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var header = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        edit(&header)
        lines[0] = String(decoding: try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys]), as: UTF8.self)
        var fields = lines[1].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        row(&fields)
        lines[1] = fields.joined(separator: "\t")
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
    }

    static func expectNoCrash(_ result: CommandResult, _ label: String) {
        #expect([0, 1, 2, 3].contains(result.status), "\(label): exit \(result.status): \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count <= 2, "\(label): \(result.stderr)")
    }

    // MARK: - Item 4: a damaged cards.tsv is rebuilt from the log, and repair gets the user out

    nonisolated(unsafe) static let damage: [(String, (inout [String: Any]) -> Void, (inout [String]) -> Void)] = [
        ("card count 1e15", { $0["cards"] = 1_000_000_000_000_000 }, { _ in }),
        ("card count Int.max", { $0["cards"] = Int.max }, { _ in }),
        ("log_lines Int.max", { $0["log_lines"] = Int.max }, { _ in }),
        ("step NaN", { _ in }, { $0[2] = "nan" }),
        ("step 1e300", { _ in }, { $0[2] = "1e300" }),
        ("stability NaN", { _ in }, { $0[3] = "nan" }),
        ("last review inf", { _ in }, { $0[6] = "inf" }),
        ("due -inf", { _ in }, { $0[5] = "-inf" }),
    ]

    @Test(arguments: 0..<8)
    func anImplausibleSnapshotIsRebuiltFromTheLog(_ index: Int) throws {
        let (label, header, row) = Self.damage[index]
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.write(Self.logLines(5), to: directory)
        try Self.writeSnapshot(in: directory)
        try Self.editSnapshot(in: directory, header: header, row: row)

        let check = try Self.run(["progress", "check"], in: directory)
        #expect(check.status == 2, "\(label): \(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("cards.tsv"), "\(label)")
        let quiz = try Self.run(["quiz", "--script", Self.bank, "--now", Self.now, "--limit", "1"], in: directory, stdin: "false\n")
        #expect(quiz.status == 0, "\(label): \(quiz.stderr)")
        #expect(quiz.stdout.contains("\"verdict\":\"exact\""), "\(label)")
        try Self.editSnapshot(in: directory, header: header, row: row)
        let repair = try Self.run(["progress", "repair"], in: directory)
        #expect(repair.status == 0, "\(label): \(repair.stdout)\(repair.stderr)")
        #expect(repair.stdout.contains("OK, 6 reviews of 6 cards"), "\(label): \(repair.stdout)")
        #expect(try Self.run(["progress", "check"], in: directory).status == 0)
        #expect(try Self.run(["stats", "--json", "--now", Self.now], in: directory).status == 0)
    }

    // MARK: - Item 5: wrong offsets, and damage named at its own line

    @Test(arguments: [-5, -1_000_000])
    func aSnapshotOffsetThatIsNotALineEndIsNotTrusted(_ shift: Int) throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.write(Self.logLines(30), to: directory)
        try Self.writeSnapshot(in: directory)
        try Self.editSnapshot(in: directory, header: { header in
            let bytes = header["log_bytes"] as! Int
            header["log_bytes"] = shift > -1000 ? bytes + shift : shift  // mid-line, or below zero
        })
        let check = try Self.run(["progress", "check"], in: directory)
        #expect(check.status == 2, "\(check.stdout)")
        #expect(check.stdout.contains("cards.tsv"))
        let quiz = try Self.run(["quiz", "--script", Self.bank, "--now", Self.now, "--limit", "1"], in: directory, stdin: "false\n")
        #expect(quiz.status == 0, "\(quiz.stderr)")
        let repair = try Self.run(["progress", "repair"], in: directory)
        #expect(repair.stdout.contains("OK, 31 reviews of 31 cards"), "\(repair.stdout)")
        #expect(try Self.run(["progress", "check"], in: directory).status == 0)
    }

    @Test func garbageInTheMiddleIsReportedAtItsOwnLines() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = Self.logLines(30)
        try Self.write(lines, to: directory)
        try Self.writeSnapshot(in: directory)
        try Self.write(Array(lines[0..<10]) + ["garbage"] + Array(lines[10..<19]) + ["more garbage"] + Array(lines[19...]), to: directory)
        let quiz = try Self.run(["quiz", "--script", Self.bank, "--now", Self.now], in: directory, stdin: "false\n")
        #expect(quiz.status == 2)
        #expect(quiz.stderr.contains("reviews.jsonl:11: not a review record"), "\(quiz.stderr)")
        let check = try Self.run(["progress", "check"], in: directory)
        #expect(check.stdout.contains("reviews.jsonl:11: damaged line"), "\(check.stdout)")
        #expect(check.stdout.contains("reviews.jsonl:21: damaged line"), "\(check.stdout)")
    }

    // MARK: - Item 6: files that are not regular files

    @Test func aFIFOAsTheLogOrABankIsRefusedNotWaitedOn() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(mkfifo(directory.appendingPathComponent("reviews.jsonl").path, 0o644) == 0)
        let quiz = try RunningCommand(["quiz", "--script", Self.bank, "--now", Self.now, "--progress", directory.path])
        quiz.type("false\n")
        #expect(quiz.waitForExit(seconds: 20) == 3)
        #expect(quiz.stderr.contains("reviews.jsonl: is not a regular file"), "\(quiz.stderr)")
        #expect(quiz.stderr.split(separator: "\n").count == 1)

        let bank = directory.appendingPathComponent("bank.json").path
        #expect(mkfifo(bank, 0o644) == 0)
        let other = try Self.folder()
        defer { try? FileManager.default.removeItem(at: other) }
        let bankQuiz = try RunningCommand(["quiz", "--script", bank, "--progress", other.path])
        #expect(bankQuiz.waitForExit(seconds: 20) == 2)
        #expect(bankQuiz.stderr.contains("bank.json: is not a regular file"), "\(bankQuiz.stderr)")

        let article = directory.appendingPathComponent("article.txt").path
        #expect(mkfifo(article, 0o644) == 0)
        let extract = try RunningCommand(["extract", article])
        #expect(extract.waitForExit(seconds: 20) == 2)
        #expect(extract.stderr.contains("article.txt: is not a regular file"), "\(extract.stderr)")
    }

    @Test func aDeviceIsRefusedNotReadUntilMemoryRunsOut() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("reviews.jsonl").path, withDestinationPath: "/dev/zero")
        let quiz = try Self.run(["quiz", "--script", Self.bank, "--now", Self.now], in: directory, stdin: "false\n")
        #expect(quiz.status == 3)
        #expect(quiz.stderr.contains("is not a regular file"), "\(quiz.stderr)")
        let stats = try Self.run(["stats"], in: directory)
        #expect(stats.status == 3)
        let extract = try CommandRunner.run(["extract", "/dev/zero"])
        #expect(extract.status == 2)
        #expect(extract.stderr.contains("/dev/zero: is not a regular file"), "\(extract.stderr)")
        let replay = try CommandRunner.run(["schedule", "replay", "/dev/zero"])
        #expect(replay.status == 2)
        #expect(replay.stderr.contains("/dev/zero: is not a regular file"), "\(replay.stderr)")
        let piped = try Self.shell("exec '\(CommandRunner.productsDirectory.appendingPathComponent("factdrill").path)' schedule replay - < /dev/zero", stdin: "")
        #expect(piped.status == 2)
        #expect(piped.stderr.contains("standard input is a device"), "\(piped.stderr)")
    }

    // MARK: - Item 7: a huge log is streamed

    /// Good lines, then a gigabyte of zeros with no newline (a sparse file, as a crash
    /// can leave): under a 700 MB address-space cap the quiz, stats and repair still work.
    @Test func aSparseGigabyteLogIsStreamedInBoundedMemory() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.write(Self.logLines(20), to: directory)
        let log = directory.appendingPathComponent("reviews.jsonl").path
        #expect(truncate(log, 1 << 30) == 0)
        let binary = CommandRunner.productsDirectory.appendingPathComponent("factdrill").path
        func capped(_ arguments: String, stdin: String = "") throws -> CommandResult {
            try Self.shell("ulimit -v 700000; exec '\(binary)' \(arguments) --progress '\(directory.path)'", stdin: stdin)
        }
        let stats = try capped("stats --json --now \(Self.now)")
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout.contains("\"reviews_total\" : 20"), "\(stats.stdout)")
        let check = try capped("progress check")
        #expect(check.status == 2)
        #expect(check.stdout.contains("ends in an interrupted write (\((1 << 30) - Self.sizeOfLines(20)) bytes"), "\(check.stdout)")
        let quiz = try capped("quiz --script '\(Self.bank)' --now \(Self.now) --limit 1", stdin: "false\n")
        #expect(quiz.status == 0, "\(quiz.stderr)")
        let repair = try capped("progress repair")
        #expect(repair.status == 0, "\(repair.stderr)")
        #expect(repair.stdout.contains("OK, 21 reviews of 21 cards"), "\(repair.stdout)")
        let torn = try String(contentsOf: directory.appendingPathComponent("reviews.torn"), encoding: .utf8)
        #expect(torn.contains("zero bytes"))
    }

    static func sizeOfLines(_ count: Int) -> Int {
        logLines(count).reduce(0) { $0 + $1.utf8.count + 1 }
    }

    static func shell(_ command: String, stdin: String) throws -> CommandResult {
        try CommandRunner.run(["-c", command], stdin: stdin, executable: URL(fileURLWithPath: "/bin/sh"))
    }

    @Test func aGigabyteSnapshotIsRebuiltNotRead() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.write(Self.logLines(3), to: directory)
        try Self.writeSnapshot(in: directory)
        #expect(truncate(directory.appendingPathComponent("cards.tsv").path, (1 << 30) + 1) == 0)
        let binary = CommandRunner.productsDirectory.appendingPathComponent("factdrill").path
        let quiz = try Self.shell("ulimit -v 700000; exec '\(binary)' quiz --script '\(Self.bank)' --now \(Self.now) --limit 1 --progress '\(directory.path)'", stdin: "false\n")
        #expect(quiz.status == 0, "\(quiz.stderr)")
        #expect(quiz.stderr.contains("cards.tsv: too large to be a snapshot"), "\(quiz.stderr)")
        #expect(try Self.run(["progress", "check"], in: directory).status == 0, "the quiz wrote a new one")
    }

    // MARK: - Item 9: clocks and intervals

    @Test(arguments: ["0000-01-01", "99999-01-01", "2026-02-30", "2026-01-01T25:00:00Z", "0001-01-01T00:00:00+01:00"])
    func anImpossibleClockIsRefused(_ clock: String) throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.run(["quiz", "--script", Self.bank], in: directory, stdin: "false\n", environment: ["FACTDRILL_NOW": clock])
        #expect(result.status == 2, "\(clock): \(result.stderr)")
        #expect(result.stderr.contains("FACTDRILL_NOW: '\(clock)' is not an ISO 8601 time"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("reviews.jsonl").path))
    }

    @Test(arguments: [("9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z"), ("0001-01-01", "0001-01-01T00:00:00Z")])
    func theEdgesOfTheCalendarAreLoggedAsGivenAndReadBack(_ clock: String, logged: String) throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let quiz = try Self.run(["quiz", "--script", Self.bank, "--limit", "2"], in: directory, stdin: "false\nb\n", environment: ["FACTDRILL_NOW": clock])
        #expect(quiz.status == 0, "\(quiz.stderr)")
        let log = try String(contentsOf: directory.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
        #expect(log.contains("\"time\":\"\(logged)\""), "\(log)")
        #expect(!log.contains("\"due\":\"1000"), "no five-digit year: \(log)")
        let check = try Self.run(["progress", "check"], in: directory, environment: ["FACTDRILL_NOW": clock])
        #expect(check.status == 0, "\(check.stdout)")
        let again = try Self.run(["quiz", "--script", Self.bank, "--cram", "--limit", "1"], in: directory, stdin: "false\n", environment: ["FACTDRILL_NOW": clock])
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test func anIntervalPastAHundredYearsIsRefused() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.run(["quiz", "--script", Self.bank, "--max-interval", "9223372036854775807"], in: directory, stdin: "false\n")
        #expect(result.status == 2)
        #expect(result.stderr.contains("--max-interval must be between 1 and 36500 days"), "\(result.stderr)")
    }

    // MARK: - Item 10: newer versions anywhere are seen

    @Test func aNewerLogLineCoveredByTheSnapshotIsStillSeen() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = Self.logLines(200)  // over 16 KB after the first line
        try Self.write(lines, to: directory)
        try Self.writeSnapshot(in: directory)
        try Self.write([lines[0].replacingOccurrences(of: "\"v\":1", with: "\"v\":2")] + lines[1...], to: directory)
        let before = try Data(contentsOf: directory.appendingPathComponent("reviews.jsonl"))
        let quiz = try Self.run(["quiz", "--script", Self.bank, "--now", Self.now], in: directory, stdin: "false\n")
        #expect(quiz.status == 2)
        #expect(quiz.stderr.contains("written by a newer factdrill (format version 2)"), "\(quiz.stderr)")
        #expect(try Data(contentsOf: directory.appendingPathComponent("reviews.jsonl")) == before, "nothing appended")
    }

    @Test func aNewerSnapshotIsNeitherCalledDamagedNorOverwritten() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.write(Self.logLines(3), to: directory)
        try Self.writeSnapshot(in: directory)
        try Self.editSnapshot(in: directory, header: { $0["version"] = 2 })
        let snapshot = try Data(contentsOf: directory.appendingPathComponent("cards.tsv"))
        let check = try Self.run(["progress", "check"], in: directory)
        #expect(check.status == 2)
        #expect(check.stderr.contains("cards.tsv: written by a newer factdrill (format version 2)"), "\(check.stdout)\(check.stderr)")
        let repair = try Self.run(["progress", "repair"], in: directory)
        #expect(repair.status == 2)
        #expect(try Data(contentsOf: directory.appendingPathComponent("cards.tsv")) == snapshot)
    }

    // MARK: - Item 11

    @Test func anEmptyProgressPathIsRefused() throws {
        let result = try CommandRunner.run(["stats", "--progress", ""])
        #expect(result.status == 2)
        #expect(result.stderr == "factdrill: --progress: is empty; name the folder to keep progress in\n")
    }
}
