/// Rebuilds card states from the review log, the source of truth.
///
/// Undone reviews are left out; cram passes never touch the schedule. The due date
/// recorded with each review is kept, so fuzzed intervals come back exactly.
public enum ProgressReplay {
    public static func cards(from records: [ReviewRecord], scheduler: Scheduler) -> [String: CardState] {
        var cards: [String: CardState] = [:]
        apply(records, to: &cards, scheduler: scheduler)
        return cards
    }

    /// Applies records in log order. Callers must rebuild from scratch when `records`
    /// undoes a review that was applied earlier (see `undoesEarlierReview`).
    static func apply(_ records: [ReviewRecord], to cards: inout [String: CardState], scheduler: Scheduler) {
        let undone = Set(records.compactMap(\.undoes))
        var plain = scheduler
        plain.enableFuzzing = false
        for record in records where record.isScheduledReview && !undone.contains(record.id) {
            guard let rating = record.rating else { continue }
            var state = plain.review(cards[record.item] ?? .new(at: record.time), rating: rating, at: record.time)
            if let due = record.due { state.due = due }
            cards[record.item] = state
        }
    }

    /// True when `records` reverts a review not among them, already applied before.
    static func undoesEarlierReview(_ records: [ReviewRecord]) -> Bool {
        let ids = Set(records.map(\.id))
        return records.contains { $0.undoes.map { !ids.contains($0) } ?? false }
    }
}
