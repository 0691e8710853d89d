import Foundation
import Testing

/// A full disk and a read-only disk, made for real: a 256 KB tmpfs the test mounts (as
/// root, as CI runs; skipped where mounting is not allowed).
@Suite(.serialized) struct FullAndReadOnlyDiskTests {
    /// Mounts a small tmpfs, runs `body` with it, unmounts.
    static func withTinyDisk(_ body: (URL) throws -> Void) throws {
        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("tiny-disk-\(UUID())")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: mountPoint) }
        guard run("/bin/mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", mountPoint.path]) == 0 else {
            print("skipped: cannot mount a tmpfs here (not root?)")
            return
        }
        defer { _ = run("/bin/umount", ["-l", mountPoint.path]) }
        try body(mountPoint)
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func fill(_ disk: URL) {
        // One byte at a time past the last page: the filler grows until the disk refuses.
        let filler = disk.appendingPathComponent("filler")
        _ = FileManager.default.createFile(atPath: filler.path, contents: nil)
        guard let handle = try? FileHandle(forWritingTo: filler) else { return }
        let block = Data(count: 4096)
        while (try? handle.write(contentsOf: block)) != nil {}
        try? handle.close()
    }

    @Test func aFullDiskKeepsEarlierProgressAndExitsThreeNamingTheUnsavedAnswers() throws {
        try Self.withTinyDisk { disk in
            let progress = disk.appendingPathComponent("progress")
            // More items than answers given: the bundled banks are small.
            let bank = try LargeBankFixture.write(count: 80).path
            let first = try CommandRunner.run(["quiz", "--progress", progress.path, "--script", "--limit", "2", bank], stdin: "x\ny\n")
            #expect(first.status == 0)
            let before = try Data(contentsOf: progress.appendingPathComponent("reviews.jsonl"))
            Self.fill(disk)
            // More answers than the log's last page can take.
            let answers = String(repeating: "a\n", count: 60)
            let full = try CommandRunner.run(["quiz", "--progress", progress.path, "--script", "--cram", bank], stdin: answers)
            #expect(full.status == 3)
            #expect(full.stderr.hasSuffix("factdrill: \(progress.path): \(full.stderr.components(separatedBy: "factdrill: \(progress.path): ").last!)"))
            #expect(full.stderr.contains("answers could not be saved (disk full or read-only?); the earlier progress is intact\n"))
            #expect(full.stdout.split(separator: "\n").count == 60, "every answer was still scored")
            let after = try Data(contentsOf: progress.appendingPathComponent("reviews.jsonl"))
            #expect(after.prefix(before.count) == before, "earlier reviews untouched")
            #expect(after.last == 10, "no torn line")
            // Space again: the next session saves.
            try FileManager.default.removeItem(at: disk.appendingPathComponent("filler"))
            let again = try CommandRunner.run(["quiz", "--progress", progress.path, "--script", "--limit", "1", bank], stdin: "z\n")
            #expect(again.status == 0)
            let check = try CommandRunner.run(["progress", "check", "--progress", progress.path])
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        }
    }

    @Test func aReadOnlyDiskRefusesToStartAndChangesNothing() throws {
        try Self.withTinyDisk { disk in
            let progress = disk.appendingPathComponent("progress")
            _ = try CommandRunner.run(["quiz", "--progress", progress.path, "--script", "--limit", "2"], stdin: "x\ny\n")
            let files = ["reviews.jsonl", "cards.tsv"].map { progress.appendingPathComponent($0) }
            let before = try files.map { try Data(contentsOf: $0) }
            #expect(Self.run("/bin/mount", ["-o", "remount,ro", disk.path]) == 0)
            let result = try CommandRunner.run(["quiz", "--progress", progress.path, "--script"], stdin: "x\n")
            #expect(result.status == 3)
            #expect(result.stderr == "factdrill: \(progress.path)/progress.lock: cannot open the lock file: Read-only file system\n")
            #expect(try files.map { try Data(contentsOf: $0) } == before)
            // Reading still works: stats on a read-only folder.
            let stats = try CommandRunner.run(["stats", "--progress", progress.path])
            #expect(stats.status == 0)
        }
    }
}
