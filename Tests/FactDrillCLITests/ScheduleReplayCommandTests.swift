import Foundation
import Testing

@Suite struct ScheduleReplayCommandTests {
    @Test func printsOneJSONLinePerEventMatchingTheReference() throws {
        // py-fsrs 6.3.2 (../shared/fsrs/oracle.py) on the same two events.
        let log = #"[{"card":"q1","rating":3,"time":"2022-11-29T12:30:00Z"},{"card":"q1","rating":3,"time":"2022-11-29T12:40:00Z"}]"#
        let result = try CommandRunner.run(["schedule", "replay", "-"], stdin: log)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["state"] as? String == "Review")
        #expect(second["due"] as? String == "2022-12-01T12:40:00Z")
        #expect(second["interval_days"] as? Int == 2)
        #expect(abs((second["difficulty"] as? Double ?? 0) - 2.111214235785395) < 1e-12)
        #expect(second["stability"] as? Double == 2.3065)
    }

    @Test func badEventsNameTheFileAndEvent() throws {
        let result = try CommandRunner.run(["schedule", "replay", "-"], stdin: #"[{"card":"a","rating":5,"time":"2022-11-29T12:30:00Z"}]"#)
        #expect(result.status == 2)
        #expect(result.stderr == "factdrill: -: event 1: rating must be 1 (Again) to 4 (Easy), got 5\n")
    }

    @Test func statsJSONAfterAPipedSession() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("stats-\(UUID())")
        defer { try? FileManager.default.removeItem(at: home) }
        let quiz = try CommandRunner.run(["quiz", "--limit", "2", "--now", "2026-01-01T09:00:00Z"], stdin: "false\nb\n", dataHome: home)
        #expect(quiz.status == 0)
        let stats = try CommandRunner.run(["stats", "--json", "--now", "2026-01-01T10:00:00Z"], dataHome: home)
        #expect(stats.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(object["reviews_total"] as? Int == 2)
        #expect(object["reviews_today"] as? Int == 2)
        #expect(object["streak_days"] as? Int == 1)
        #expect((object["due_forecast"] as? [Int])?.count == 14)
        let check = try CommandRunner.run(["progress", "check"], dataHome: home)
        #expect(check.status == 0)
        #expect(check.stdout.contains("OK, 2 reviews of 2 cards"))
    }
}
