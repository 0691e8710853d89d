import Foundation
@testable import Study

/// A learner whose memory follows FSRS with known parameters: reviews come around the
/// scheduler's due dates (early, late, sometimes years late), recall is drawn from the
/// true model's retrievability, and learning steps make same-day reviews.
struct SimulatedLearner {
    static let fastForgetter: [Double] = [
        0.1, 0.5, 1.2, 4.0, 7.0, 1.0, 3.5, 0.01, 1.4, 0.25, 0.6, 2.0, 0.08, 0.2, 2.0, 0.7, 1.5, 0.7, 0.05, 0.05, 0.35,
    ]

    var parameters: [Double]
    var seed: UInt64 = 1

    func events(cards: Int, reviewsPerCard: ClosedRange<Int> = 4...16) -> [ReplayEvent] {
        var random = SplitMix64(seed: seed)
        let scheduler = Scheduler(parameters: parameters, enableFuzzing: false)
        let start = Date(timeIntervalSince1970: 1_640_000_000)
        var events: [ReplayEvent] = []
        for card in 0..<cards {
            var now = start.addingTimeInterval(Double.random(in: 0..<(400 * 86_400), using: &random))
            var state = CardState.new(at: now)
            for _ in 0..<Int.random(in: reviewsPerCard, using: &random) {
                let recall = state.lastReview == nil ? 0.7 : scheduler.retrievability(of: state, at: now)
                let recalled = Double.random(in: 0..<1, using: &random) < (state.lastReview == nil ? 0.7 : recall)
                let pick = Double.random(in: 0..<1, using: &random)
                let rating: Rating = !recalled ? .again : pick < 0.15 ? .hard : pick < 0.85 ? .good : .easy
                events.append(ReplayEvent(card: "c\(card)", rating: rating, time: now))
                state = scheduler.review(state, rating: rating, at: now)
                let interval = state.due.timeIntervalSince(now)
                var gap = interval * Double.random(in: 0.5...2.0, using: &random)
                if Double.random(in: 0..<1, using: &random) < 0.04 { gap += Double.random(in: 365...1500, using: &random) * 86_400 }
                now = now.addingTimeInterval(max(gap, 60))
            }
        }
        return events
    }
}
