import Foundation

/// A review log arranged for fitting: each card's reviews in order, with the whole days
/// since the card's previous review, laid out flat so a pass over 100,000 reviews stays
/// in a few cache-friendly arrays.
///
/// A review "counts" (is predicted and scored) when it is not the card's first and comes
/// on a later day than the previous one: a same-day review says nothing about forgetting
/// (the model's recall is 1 at zero days), only about short-term memory, which it still
/// updates. That is the set the FSRS optimizer and benchmark score.
public struct ReviewHistory: Sendable {
    /// 1 (Again) … 4 (Easy), one per review, cards one after another.
    var ratings: [UInt8] = []
    /// Whole days since the same card's previous review; 0 for its first.
    var elapsedDays: [Double] = []
    /// Where each card's reviews start in `ratings`, plus the end.
    var cardStarts: [Int] = [0]
    /// Per review: its place among counted reviews in time order (for recency weights),
    /// or -1 when it does not count.
    var countedRank: [Int32] = []

    /// Reviews that count: the ones the model is scored on.
    public private(set) var countedReviews = 0
    /// Every review, counted or not.
    public var reviews: Int { ratings.count }
    public var cards: Int { cardStarts.count - 1 }

    /// Groups `events` by card. Events are taken in time order (ties keep log order).
    public init(events: [ReplayEvent]) {
        let ordered = events.indices.sorted { lhs, rhs in
            events[lhs].time != events[rhs].time ? events[lhs].time < events[rhs].time : lhs < rhs
        }
        var cardIndex: [String: Int] = [:]
        var perCard: [[(rating: UInt8, days: Double, rank: Int32)]] = []
        var lastTime: [Date] = []
        var rank: Int32 = 0
        for position in ordered {
            let event = events[position]
            let rating = UInt8(event.rating.rawValue)
            if let index = cardIndex[event.card] {
                let days = Double(max(0, Scheduler.wholeDays(from: lastTime[index], to: event.time)))
                var thisRank: Int32 = -1
                if days > 0 {
                    thisRank = rank
                    rank += 1
                }
                perCard[index].append((rating, days, thisRank))
                lastTime[index] = event.time
            } else {
                cardIndex[event.card] = perCard.count
                perCard.append([(rating, 0, -1)])
                lastTime.append(event.time)
            }
        }
        ratings.reserveCapacity(events.count)
        elapsedDays.reserveCapacity(events.count)
        countedRank.reserveCapacity(events.count)
        cardStarts.reserveCapacity(perCard.count + 1)
        for card in perCard {
            for review in card {
                ratings.append(review.rating)
                elapsedDays.append(review.days)
                countedRank.append(review.rank)
            }
            cardStarts.append(ratings.count)
        }
        countedReviews = Int(rank)
    }

    /// FSRS's recency weighting: the newest review weighs 1, the oldest 0.25, growing
    /// as the cube of its place in time, so a learner's current memory counts most.
    func recencyWeights() -> [Double] {
        let span = Double(max(countedReviews - 1, 1))
        return countedRank.map { rank in
            rank < 0 ? 0 : 0.25 + 0.75 * Foundation.pow(Double(rank) / span, 3)
        }
    }

    /// Share of counted reviews recalled (rated Hard or better).
    var averageRecall: Double {
        var recalled = 0
        for index in ratings.indices where countedRank[index] >= 0 && ratings[index] > 1 { recalled += 1 }
        return countedReviews == 0 ? 0 : Double(recalled) / Double(countedReviews)
    }
}

extension ReplayEvent {
    /// The reviews in a progress log that shaped the schedule: undone reviews and cram
    /// passes are left out, as they are when the log is replayed.
    public static func events(from records: [ReviewRecord]) -> [ReplayEvent] {
        let undone = Set(records.compactMap(\.undoes))
        return records.compactMap { record in
            guard record.isScheduledReview, !undone.contains(record.id), let rating = record.rating else { return nil }
            return ReplayEvent(card: record.item, rating: rating, time: record.time)
        }
    }
}
