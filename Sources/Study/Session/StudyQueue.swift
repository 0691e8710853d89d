import Foundation
import QuizBank

/// Chooses what a session asks: due reviews first (most overdue first), then new items
/// up to the daily allowance, in bank order so a bank's author decides what comes first.
public struct StudyQueue {
    public struct Limits: Sendable {
        /// New items introduced per day (counted across sessions from the review log).
        public var newPerDay: Int
        /// Due reviews shown per day, so a backlog after a holiday stays manageable.
        public var reviewsPerDay: Int
        /// The most items one session asks, if set.
        public var sessionLimit: Int?

        public init(newPerDay: Int = 10, reviewsPerDay: Int = 200, sessionLimit: Int? = nil) {
            self.newPerDay = newPerDay
            self.reviewsPerDay = reviewsPerDay
            self.sessionLimit = sessionLimit
        }
    }

    /// Items due now, then new ones.
    /// - Parameters:
    ///   - newToday: new items already introduced today; `reviewedToday` likewise for reviews.
    public static func items(
        from items: [Item], cards: [String: CardState], now: Date, limits: Limits,
        newToday: Int = 0, reviewedToday: Int = 0
    ) -> [Item] {
        // Positions and dates only: sorting 20,000 whole items (each a dozen strings)
        // cost more than the rest of starting a session.
        // Dates as plain numbers: `Date`'s comparison is not inlined across modules and
        // sorting 20,000 due items by it was most of building the queue.
        var dueIndices: [(due: Double, index: Int)] = []
        var freshIndices: [Int] = []
        let freshWanted = max(0, limits.newPerDay - newToday)
        let nowSeconds = now.timeIntervalSinceReferenceDate
        // By index: a `for item in items` loop copies every item (a dozen retains each).
        for index in items.indices {
            if let card = cards[items[index].id.rawValue] {
                let due = card.due.timeIntervalSinceReferenceDate
                if due <= nowSeconds { dueIndices.append((due, index)) }
            } else if freshIndices.count < freshWanted {
                freshIndices.append(index)
            }
        }
        // Soonest first; among equal dates, bank order.
        dueIndices.sort { $0 < $1 }
        let due = dueIndices.prefix(max(0, limits.reviewsPerDay - reviewedToday)).map { items[$0.index] }
        let queue = due + freshIndices.map { items[$0] }
        return limits.sessionLimit.map { Array(queue.prefix($0)) } ?? queue
    }

    /// Cram: everything in the banks, soonest due first, new items last, ignoring limits
    /// per day; the schedule is not touched.
    public static func cramItems(from items: [Item], cards: [String: CardState], limit: Int?) -> [Item] {
        let ordered = items.enumerated().sorted { lhs, rhs in
            let left = cards[lhs.element.id.rawValue]?.due ?? .distantFuture
            let right = cards[rhs.element.id.rawValue]?.due ?? .distantFuture
            return left == right ? lhs.offset < rhs.offset : left < right
        }.map(\.element)
        return limit.map { Array(ordered.prefix($0)) } ?? ordered
    }

    /// When the next item falls due after `now`, and how many fall due within a day.
    public static func upcoming(items: [Item], cards: [String: CardState], after now: Date) -> (next: Date?, withinADay: Int) {
        var next: Date?
        var withinADay = 0
        let dayLater = now.addingTimeInterval(86_400)
        for index in items.indices {  // by index: no copy of each item
            guard let due = cards[items[index].id.rawValue]?.due, due > now else { continue }
            if next.map({ due < $0 }) ?? true { next = due }
            if due <= dayLater { withinADay += 1 }
        }
        return (next, withinADay)
    }
}
