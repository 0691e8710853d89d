import Foundation

/// What `factdrill stats` reports, computed from the review log (the truth), so the
/// numbers agree with the schedule whatever the snapshot says.
public struct ProgressStats: Codable, Sendable, Equatable {
    public var reviewsTotal: Int
    public var reviewsToday: Int
    /// True retention: the share of reviews of cards already in Review that were
    /// recalled (rated Hard or better). nil before the first such review.
    public var retention: Double?
    /// Consecutive days with at least one review, ending today (or yesterday, when today
    /// has none yet: the streak is not lost until the day is over).
    public var streakDays: Int
    /// learning / review / relearning, plus "new" for bank items never reviewed.
    public var cardsByState: [String: Int]
    /// Items failed (rated Again) this many times or more.
    public static let leechThreshold = 8
    public var leeches: [String]
    /// Items due on each of the next 14 days; day 0 includes everything overdue.
    public var dueForecast: [Int]

    private enum CodingKeys: String, CodingKey {
        case reviewsTotal = "reviews_total", reviewsToday = "reviews_today", retention
        case streakDays = "streak_days", cardsByState = "cards_by_state", leeches
        case dueForecast = "due_forecast"
    }

    /// Scripts rely on every key being present, so an unknown retention is `null`, not absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reviewsTotal, forKey: .reviewsTotal)
        try container.encode(reviewsToday, forKey: .reviewsToday)
        if let retention { try container.encode(retention, forKey: .retention) } else { try container.encodeNil(forKey: .retention) }
        try container.encode(streakDays, forKey: .streakDays)
        try container.encode(cardsByState, forKey: .cardsByState)
        try container.encode(leeches, forKey: .leeches)
        try container.encode(dueForecast, forKey: .dueForecast)
    }

    /// - Parameters:
    ///   - itemIDs: the banks' items, to count never-reviewed ones as new; nil to skip.
    ///   - calendar: the learner's calendar and time zone, which decide where days begin.
    public static func compute(
        records: [ReviewRecord], scheduler: Scheduler, itemIDs: [String]?, now: Date, calendar: Calendar
    ) -> ProgressStats {
        let undone = Set(records.compactMap(\.undoes))
        let reviews = records.filter { $0.isScheduledReview && !undone.contains($0.id) }
        let startOfToday = calendar.startOfDay(for: now)

        var plain = scheduler
        plain.enableFuzzing = false
        var cards: [String: CardState] = [:]
        var lapses: [String: Int] = [:]
        var recalled = 0, retentionReviews = 0
        for review in reviews {
            guard let rating = review.rating else { continue }
            let previous = cards[review.item]
            if previous?.phase == .review {
                retentionReviews += 1
                if rating != .again { recalled += 1 }
            }
            if rating == .again { lapses[review.item, default: 0] += 1 }
            var state = plain.review(previous ?? .new(at: review.time), rating: rating, at: review.time)
            if let due = review.due { state.due = due }
            cards[review.item] = state
        }

        var byState: [String: Int] = ["learning": 0, "review": 0, "relearning": 0]
        for state in cards.values { byState[state.phase.rawValue.lowercased(), default: 0] += 1 }
        if let itemIDs { byState["new"] = Set(itemIDs).subtracting(cards.keys).count }

        // Day numbers in the learner's time zone: Calendar calls per review cost ~5 µs each,
        // too much for a history of hundreds of thousands of reviews.
        let timeZone = calendar.timeZone
        func dayNumber(_ date: Date) -> Int {
            Int(((date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))) / 86_400).rounded(.down))
        }
        let today = dayNumber(now)

        var forecast = [Int](repeating: 0, count: 14)
        for state in cards.values {
            let day = dayNumber(state.due) - today
            if day < 14 { forecast[max(0, day)] += 1 }
        }

        let studyDays = Set(reviews.map { dayNumber($0.time) })
        var streak = 0
        var day = studyDays.contains(today) ? today : today - 1
        while studyDays.contains(day) {
            streak += 1
            day -= 1
        }

        return ProgressStats(
            reviewsTotal: reviews.count,
            reviewsToday: reviews.filter { $0.time >= startOfToday && $0.time <= now }.count,
            retention: retentionReviews == 0 ? nil : Double(recalled) / Double(retentionReviews),
            streakDays: streak,
            cardsByState: byState,
            leeches: lapses.filter { $0.value >= leechThreshold }.map(\.key).sorted(),
            dueForecast: forecast)
    }
}
