import Foundation
import Testing
@testable import Study

@Suite struct ProgressStoreTests {
    @Test func temporariesOfKilledWritersAreCleanedUpAndLiveOnesKept() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("temporaries-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // A pid that cannot be running (above the kernel's maximum) and this process's own.
        let abandoned = directory.appendingPathComponent(".cards.tsv.99999999.tmp")
        let live = directory.appendingPathComponent(".cards.tsv.\(getpid()).tmp")
        let unrelated = directory.appendingPathComponent("notes.tmp")
        // Someone else's temporaries of the same shape are not ours to delete.
        let others = [".thesis.docx.99999999.tmp", ".cards.tsv.x99999999.tmp", ".cards.tsv.+99999999.tmp", ".reviews.jsonl.bak.99999999.tmp", ".notes.99999999.tmp"]
            .map { directory.appendingPathComponent($0) }
        for url in [abandoned, live, unrelated] + others { try Data("x".utf8).write(to: url) }
        _ = try ProgressStore(directory: directory, scheduler: Scheduler())
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
        #expect(FileManager.default.fileExists(atPath: unrelated.path))
        for url in others { #expect(FileManager.default.fileExists(atPath: url.path), "\(url.lastPathComponent)") }
    }

    let scheduler = Scheduler(enableFuzzing: true)
    let start = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z

    func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)")
    }

    @Test func reviewsSurviveReopeningWithAndWithoutASnapshot() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var random = SystemRandomNumberGenerator()
        let store = try ProgressStore(directory: directory, scheduler: scheduler)
        for (offset, item) in ["a", "b", "a", "c"].enumerated() {
            try store.record(item: item, rating: .good, at: start.addingTimeInterval(Double(offset) * 86_400 * 3), using: &random)
        }
        let expected = store.cards
        #expect(expected.count == 3)

        // No snapshot yet: the log alone rebuilds the same states, fuzzed due dates included.
        #expect(try ProgressStore(directory: directory, scheduler: scheduler).cards == expected)
        try store.saveSnapshot()
        #expect(try ProgressStore(directory: directory, scheduler: scheduler).cards == expected)

        // Reviews after the snapshot are replayed on top of it.
        try store.record(item: "b", rating: .again, at: start.addingTimeInterval(86_400 * 20), using: &random)
        #expect(try ProgressStore(directory: directory, scheduler: scheduler).cards == store.cards)
    }

    @Test func twoSessionsOnOneFolderKeepEachOthersReviews() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var random = SystemRandomNumberGenerator()
        let first = try ProgressStore(directory: directory, scheduler: scheduler)
        let second = try ProgressStore(directory: directory, scheduler: scheduler)
        for index in 0..<50 {
            let time = start.addingTimeInterval(Double(index) * 60)
            try first.record(item: "x\(index % 7)", rating: .good, at: time, using: &random)
            try second.record(item: "x\(index % 5)", rating: .hard, at: time.addingTimeInterval(30), using: &random)
        }
        try first.saveSnapshot()
        try second.saveSnapshot()
        let reopened = try ProgressStore(directory: directory, scheduler: scheduler)
        #expect(try reopened.allRecords().count == 100)
        #expect(reopened.cards == second.cards)
        #expect(ProgressReplay.cards(from: try reopened.allRecords(), scheduler: scheduler).mapValues(\.stability)
            == reopened.cards.mapValues(\.stability))
    }

    @Test func undoRestoresTheEarlierStateAndSurvivesReplay() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var random = SystemRandomNumberGenerator()
        let store = try ProgressStore(directory: directory, scheduler: scheduler)
        try store.record(item: "a", rating: .good, at: start, using: &random)
        let before = store.cards["a"]
        let (record, previous) = try store.record(item: "a", rating: .again, at: start.addingTimeInterval(86_400 * 5), using: &random)
        try store.undo(record, restoring: previous, at: start.addingTimeInterval(86_400 * 5 + 10))
        #expect(store.cards["a"] == before)
        #expect(try ProgressStore(directory: directory, scheduler: scheduler).cards["a"] == before)
    }

    @Test func aTornLastLineIsPassedOverThenSetAside() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var random = SystemRandomNumberGenerator()
        let store = try ProgressStore(directory: directory, scheduler: scheduler)
        try store.record(item: "a", rating: .good, at: start, using: &random)
        let logURL = directory.appendingPathComponent("reviews.jsonl")
        let handle = try FileHandle(forWritingTo: logURL)
        handle.seekToEndOfFile()
        handle.write(Data("{\"v\":1,\"id\":\"half".utf8))
        try handle.close()

        let reopened = try ProgressStore(directory: directory, scheduler: scheduler)
        #expect(reopened.cards.keys.sorted() == ["a"])
        try reopened.record(item: "b", rating: .easy, at: start.addingTimeInterval(100), using: &random)
        let lines = try String(contentsOf: logURL, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try String(contentsOf: directory.appendingPathComponent("reviews.torn"), encoding: .utf8).contains("half"))
        #expect(try ProgressStore(directory: directory, scheduler: scheduler).cards.keys.sorted() == ["a", "b"])
    }

    @Test func aDamagedLineIsReportedWithItsNumberAndLeftAlone() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var random = SystemRandomNumberGenerator()
        let store = try ProgressStore(directory: directory, scheduler: scheduler)
        try store.record(item: "a", rating: .good, at: start, using: &random)
        try store.record(item: "b", rating: .good, at: start, using: &random)
        let logURL = directory.appendingPathComponent("reviews.jsonl")
        let text = try String(contentsOf: logURL, encoding: .utf8)
        let damaged = text.replacingOccurrences(of: "\"item\":\"b\"", with: "\"item\":")
        try damaged.write(to: logURL, atomically: false, encoding: .utf8)
        #expect(throws: StudyError.corruptProgress(path: logURL.path, line: 2, reason: "not a review record")) {
            try ProgressStore(directory: directory, scheduler: scheduler)
        }
        #expect(try String(contentsOf: logURL, encoding: .utf8) == damaged)
    }

    @Test func aNewerFormatIsRefusedNotRewritten() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let logURL = directory.appendingPathComponent("reviews.jsonl")
        try Data("{\"v\":2,\"id\":\"1\",\"item\":\"a\",\"time\":\"2026-01-01T00:00:00Z\",\"new\":true}\n".utf8).write(to: logURL)
        #expect(throws: StudyError.newerProgressFormat(path: logURL.path, version: 2)) {
            try ProgressStore(directory: directory, scheduler: scheduler)
        }
    }

    @Test func aDamagedSnapshotIsRebuiltAndKept() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var random = SystemRandomNumberGenerator()
        let store = try ProgressStore(directory: directory, scheduler: scheduler)
        try store.record(item: "a", rating: .good, at: start, using: &random)
        try Data("{\"format\":\"factdrill-cards\",\"version\":1,\"log_bytes\":0,\"log_lines\":0,\"cards\":3}\na\tReview".utf8)
            .write(to: directory.appendingPathComponent("cards.tsv"))
        let reopened = try ProgressStore(directory: directory, scheduler: scheduler)
        #expect(reopened.cards == store.cards)
        #expect(reopened.notices.count == 1)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("cards.tsv.damaged").path))
    }

    @Test func aFileWhereTheFolderShouldBeIsAnError() throws {
        let file = temporaryDirectory()
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: StudyError.unusableDataDirectory(path: file.path, reason: "is a file, not a folder")) {
            try ProgressStore(directory: file, scheduler: scheduler)
        }
    }
}
