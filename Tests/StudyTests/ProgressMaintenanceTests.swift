import Foundation
import Testing
@testable import Study

@Suite struct ProgressMaintenanceTests {
    /// Found by the full-disk test: times with sub-millisecond parts (any real clock)
    /// made the snapshot written from memory disagree with the millisecond log.
    @Test func aSnapshotWrittenAfterRealClockReviewsAgreesWithTheLog() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("precision-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let scheduler = Scheduler()
        var random = SystemRandomNumberGenerator()
        let store = try ProgressStore(directory: directory, scheduler: scheduler)
        let start = Date(timeIntervalSince1970: 1_767_258_000.123_456_789)
        for index in 0..<6 {
            try store.record(item: "i\(index % 3)", rating: index % 2 == 0 ? .again : .good, at: start.addingTimeInterval(Double(index) * 61.000_7), using: &random)
        }
        try store.saveSnapshot()
        let check = try ProgressMaintenance.check(directory: directory, scheduler: scheduler)
        #expect(check.isHealthy, "\(check.problems)")
        #expect(try ProgressStore(directory: directory, scheduler: scheduler).cards == store.cards)
    }

    @Test func repairSetsDamageAsideKeepsABackupAndLosesNoGoodReview() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("repair-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let scheduler = Scheduler()
        var random = SystemRandomNumberGenerator()
        let store = try ProgressStore(directory: directory, scheduler: scheduler)
        let start = Date(timeIntervalSince1970: 1_767_258_000)
        for index in 0..<5 {
            try store.record(item: "i\(index)", rating: .good, at: start.addingTimeInterval(Double(index)), using: &random)
        }
        let logURL = directory.appendingPathComponent("reviews.jsonl")
        var lines = try String(contentsOf: logURL, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.insert("{broken", at: 2)
        try (lines.joined(separator: "\n") + "\n{\"v\":1,\"id\":\"to").write(to: logURL, atomically: false, encoding: .utf8)

        let check = try ProgressMaintenance.check(directory: directory, scheduler: scheduler)
        #expect(!check.isHealthy)
        #expect(check.problems.contains { $0.hasPrefix("\(logURL.path):3: damaged line") })
        #expect(check.problems.contains { $0.contains("interrupted write") })

        let repaired = try ProgressMaintenance.repair(directory: directory, scheduler: scheduler)
        #expect(repaired.isHealthy, "\(repaired.problems)")
        #expect(repaired.reviews == 5)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names.contains("reviews.damaged"))
        #expect(names.contains("reviews.torn"))
        #expect(names.contains { $0.hasPrefix("reviews.jsonl.bak-") })
        #expect(try ProgressStore(directory: directory, scheduler: scheduler).cards.count == 5)
    }
}
