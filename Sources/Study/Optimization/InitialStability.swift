import Foundation

/// Pre-training of the four initial stabilities (w0…w3), as FSRS's optimizer does it
/// before gradient descent: for each first rating, the stability whose forgetting curve
/// best fits how often cards with that first rating were recalled at their first
/// review on a later day, grouped by the days that had passed.
///
/// Fitting these first, on data only they explain, keeps the descent from wandering
/// off with them; and a rating seen rarely borrows from its neighbours (`smoothed`).
enum InitialStability {
    static let range = 0.001...100.0

    /// For each first rating seen: the fitted stability and how many cards it rests on.
    static func fitted(_ history: ReviewHistory, defaults: [Double]) -> (stability: [Int: Double], counts: [Int: Int]) {
        // first rating -> days -> (recalled, seen)
        var groups: [Int: [Double: (recalled: Double, seen: Double)]] = [:]
        for card in 0..<history.cards {
            let start = history.cardStarts[card], end = history.cardStarts[card + 1]
            guard let firstLongTerm = (start + 1..<end).first(where: { history.elapsedDays[$0] > 0 }) else { continue }
            let rating = Int(history.ratings[start])
            let days = history.elapsedDays[firstLongTerm]
            var group = groups[rating, default: [:]][days, default: (0, 0)]
            group.recalled += history.ratings[firstLongTerm] > 1 ? 1 : 0
            group.seen += 1
            groups[rating, default: [:]][days] = group
        }
        let averageRecall = history.averageRecall
        let decay = Scheduler.defaultParameters[20]
        var stability: [Int: Double] = [:]
        var counts: [Int: Int] = [:]
        for (rating, byDays) in groups {
            let points = byDays.sorted { $0.key < $1.key }
            let total = points.reduce(0) { $0 + $1.value.seen }
            counts[rating] = Int(total)
            // Laplace smoothing towards the learner's average recall, as FSRS does it:
            // (recall × n + average) / (n + 1), n the cards with this first rating.
            let data = points.map { point in
                (days: point.key,
                 recall: (point.value.recalled / point.value.seen * total + averageRecall) / (total + 1),
                 weight: point.value.seen.squareRoot())
            }
            let fallback = defaults[rating - 1]
            func loss(_ s: Double) -> Double {
                let factor = Foundation.pow(0.9, -1 / decay) - 1
                var sum = 0.0
                for point in data {
                    let predicted = Foundation.pow(1 + factor * point.days / s, -decay)
                    sum -= (point.recall * Foundation.log(predicted) + (1 - point.recall) * Foundation.log(1 - predicted)) * point.weight
                }
                return sum + abs(s - fallback) / 16
            }
            var low = range.lowerBound, high = range.upperBound
            for _ in 0..<200 where high - low > 1e-9 {
                let third = (high - low) / 3
                if loss(low + third) < loss(high - third) { high -= third } else { low += third }
            }
            stability[rating] = (low + high) / 2
        }
        return (stability, counts)
    }

    /// Orders the stabilities by rating (a better first answer never means faster
    /// forgetting: the better-attested of a clashing pair wins) and fills ratings never
    /// seen from the ones that were, as FSRS does. nil when no rating was seen.
    static func smoothed(_ fitted: [Int: Double], counts: [Int: Int], defaults: [Double]) -> [Double]? {
        var stability = fitted
        for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
            if let smallValue = stability[small], let bigValue = stability[big], smallValue > bigValue {
                if counts[small, default: 0] > counts[big, default: 0] {
                    stability[big] = smallValue
                } else {
                    stability[small] = bigValue
                }
            }
        }
        let w1 = 3.0 / 5.0, w2 = 3.0 / 5.0
        var s: [Double?] = [nil, stability[1], stability[2], stability[3], stability[4]]
        func p(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
        switch stability.count {
        case 0:
            return nil
        case 1:
            let (rating, value) = stability.first!
            let scale = value / defaults[rating - 1]
            return defaults[0..<4].map { $0 * scale }.sorted().map(clamp)
        case 2:
            switch (s[1], s[2], s[3], s[4]) {
            case (nil, nil, let r3?, let r4?):
                let r2 = p(r3, 1 / (1 - w2)) * p(r4, 1 - 1 / (1 - w2))
                s[2] = r2
                s[1] = p(r2, 1 / w1) * p(r3, 1 - 1 / w1)
            case (nil, let r2?, nil, let r4?):
                let r3 = p(r2, 1 - w2) * p(r4, w2)
                s[3] = r3
                s[1] = p(r2, 1 / w1) * p(r3, 1 - 1 / w1)
            case (nil, let r2?, let r3?, nil):
                s[4] = p(r2, 1 - 1 / w2) * p(r3, 1 / w2)
                s[1] = p(r2, 1 / w1) * p(r3, 1 - 1 / w1)
            case (let r1?, nil, nil, let r4?):
                let k = w1 / (w1 + w2 - w1 * w2), m = w2 / (w1 + w2 - w1 * w2)
                s[2] = p(r1, k) * p(r4, 1 - k)
                s[3] = p(r1, 1 - m) * p(r4, m)
            case (let r1?, nil, let r3?, nil):
                let r2 = p(r1, w1) * p(r3, 1 - w1)
                s[2] = r2
                s[4] = p(r2, 1 - 1 / w2) * p(r3, 1 / w2)
            case (let r1?, let r2?, nil, nil):
                let r3 = p(r1, 1 - 1 / (1 - w1)) * p(r2, 1 / (1 - w1))
                s[3] = r3
                s[4] = p(r2, 1 - 1 / w2) * p(r3, 1 / w2)
            default:
                break
            }
        case 3:
            switch (s[1], s[2], s[3], s[4]) {
            case (nil, let r2?, let r3?, _): s[1] = p(r2, 1 / w1) * p(r3, 1 - 1 / w1)
            case (let r1?, nil, let r3?, _): s[2] = p(r1, w1) * p(r3, 1 - w1)
            case (_, let r2?, nil, let r4?): s[3] = p(r2, 1 - w2) * p(r4, w2)
            case (_, let r2?, let r3?, nil): s[4] = p(r2, 1 - 1 / w2) * p(r3, 1 / w2)
            default: break
            }
        default:
            break
        }
        let filled = s[1...4].compactMap { $0 }
        return filled.count == 4 ? filled.map(clamp) : nil
    }

    private static func clamp(_ value: Double) -> Double {
        min(max(value, range.lowerBound), range.upperBound)
    }
}
