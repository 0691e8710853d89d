import Foundation
import Testing
@testable import Study

@Suite struct ProgressStatsTests {
    var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }
    let day = 86_400.0
    let start = Date(timeIntervalSince1970: 1_767_258_000)  // 2026-01-01T09:00:00Z

    func review(_ item: String, _ rating: Rating, daysAfterStart days: Double) -> ReviewRecord {
        ReviewRecord(id: UUID().uuidString, item: item, rating: rating, time: start.addingTimeInterval(days * day))
    }

    @Test func countsRetentionStreakStatesAndForecast() {
        var records = [
            review("a", .good, daysAfterStart: 0), review("a", .good, daysAfterStart: 0.01),  // a graduates to Review
            review("a", .good, daysAfterStart: 3), review("a", .again, daysAfterStart: 14),   // 1 of 2 recalled in Review
            review("b", .easy, daysAfterStart: 13), review("b", .good, daysAfterStart: 14),
        ]
        let undone = review("b", .again, daysAfterStart: 14.01)
        records.append(undone)
        records.append(ReviewRecord(id: "u", item: "b", rating: nil, time: undone.time, undoes: undone.id))
        let stats = ProgressStats.compute(
            records: records, scheduler: Scheduler(), itemIDs: ["a", "b", "c"], now: start.addingTimeInterval(14.5 * day),
            calendar: calendar)
        #expect(stats.reviewsTotal == 6)
        #expect(stats.reviewsToday == 2)
        #expect(stats.streakDays == 2)  // days 13 and 14
        #expect(stats.cardsByState == ["new": 1, "learning": 0, "review": 1, "relearning": 1])
        // b was Review after its Easy; its Good the next day was recalled: 2 of 3 Review reviews.
        #expect(stats.retention.map { abs($0 - 2.0 / 3.0) < 1e-9 } == true)
        #expect(stats.dueForecast.reduce(0, +) == 2)
        #expect(stats.leeches.isEmpty)
    }

    @Test func leechesAreItemsFailedEightTimes() {
        let records = (0..<8).map { review("hard", .again, daysAfterStart: Double($0)) }
        let stats = ProgressStats.compute(records: records, scheduler: Scheduler(), itemIDs: nil, now: start, calendar: calendar)
        #expect(stats.leeches == ["hard"])
        #expect(stats.cardsByState["new"] == nil)
    }

    @Test func jsonAlwaysHasEveryKey() throws {
        let stats = ProgressStats.compute(records: [], scheduler: Scheduler(), itemIDs: nil, now: start, calendar: calendar)
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(stats)) as? [String: Any]
        #expect(Set(object?.keys ?? [:].keys) == ["reviews_total", "reviews_today", "retention", "streak_days", "cards_by_state", "leeches", "due_forecast"])
    }
}
