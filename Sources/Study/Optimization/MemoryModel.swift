import Foundation

/// The FSRS-6 memory model as a function of its 21 parameters: the same formulas as
/// `Scheduler` (py-fsrs 6.3.2), written once over `MemoryNumber` so the optimizer can run
/// it on `Taped` numbers for exact gradients and on plain `Double`s for evaluation.
enum MemoryModel {
    static let minimumStability = 0.001

    /// Recall probability after `days` at stability `stability`: FSRS-6's power curve,
    /// shaped by w20 and passing 90% at `days == stability`.
    @inline(__always)
    static func recall<T: MemoryNumber>(days: Double, stability: T, decay: T, factor: T) -> T {
        let growth: T = factor * T(days) / stability
        return (growth + T(1)).power(-decay)
    }

    /// `0.9^(1/decay) - 1` for the curve above, with `decay` = w20.
    @inline(__always)
    static func factor<T: MemoryNumber>(decay: T) -> T {
        let exponent: T = T(Foundation.log(0.9)) / -decay
        return exponent.exponential - T(1)
    }

    @inline(__always)
    static func initialDifficulty<T: MemoryNumber>(_ w: UnsafeBufferPointer<T>, rating: Double) -> T {
        let growth: T = (w[5] * T(rating - 1)).exponential
        return w[4] - growth + T(1)
    }

    /// Stability and difficulty after one review, as the scheduler updates them.
    @inline(__always)
    static func step<T: MemoryNumber>(
        _ w: UnsafeBufferPointer<T>, stability s: T, difficulty d: T, rating: UInt8, days: Double,
        recall r: T, easyDifficulty: T
    ) -> (stability: T, difficulty: T) {
        let grade = Double(rating)
        let one = T(1)
        var next: T
        if days < 1 {
            let bias: T = w[17] * (T(grade - 3) + w[18])
            var increase: T = bias.exponential * s.power(-w[19])
            if rating != 1 { increase = T.larger(increase, one) }
            next = s * increase
        } else if rating == 1 {
            let hardness: T = d.power(-w[12])
            let growth: T = (s + one).power(w[13]) - one
            let surprise: T = ((one - r) * w[14]).exponential
            let longTerm: T = w[11] * hardness * growth * surprise
            let shortTerm: T = s / (w[17] * w[18]).exponential
            next = T.smaller(longTerm, shortTerm)
        } else {
            let ease: T = w[8].exponential * (T(11) - d)
            let saturation: T = s.power(-w[9])
            let surprise: T = ((one - r) * w[10]).exponential - one
            var growth: T = ease * saturation * surprise
            if rating == 2 { growth = growth * w[15] }
            if rating == 4 { growth = growth * w[16] }
            next = s * (growth + one)
        }
        next = T.larger(next, T(minimumStability))
        let change: T = -(w[6] * T(grade - 3))
        let damped: T = d + (T(10) - d) * change / T(9)
        let reverted: T = w[7] * easyDifficulty + (one - w[7]) * damped
        return (next, reverted.clamped(1, 10))
    }

    /// Runs each card in `cards` through the model, calling `score` with the predicted
    /// recall and the review's index for every review that counts.
    @inline(__always)
    static func replay<T: MemoryNumber>(
        _ history: ReviewHistory, cards: some Sequence<Int>, parameters w: UnsafeBufferPointer<T>,
        score: (T, Int) -> Void
    ) {
        let decay = w[20]
        let factor = factor(decay: decay)
        let easyDifficulty = initialDifficulty(w, rating: 4)
        history.ratings.withUnsafeBufferPointer { ratings in
            history.elapsedDays.withUnsafeBufferPointer { elapsed in
                history.countedRank.withUnsafeBufferPointer { ranks in
                    for card in cards {
                        let start = history.cardStarts[card], end = history.cardStarts[card + 1]
                        let first = ratings[start]
                        var stability = T.larger(w[Int(first) - 1], T(minimumStability))
                        var difficulty = initialDifficulty(w, rating: Double(first)).clamped(1, 10)
                        var index = start + 1
                        while index < end {
                            let days = elapsed[index]
                            let r = recall(days: days, stability: stability, decay: decay, factor: factor)
                            if ranks[index] >= 0 { score(r, index) }
                            (stability, difficulty) = step(
                                w, stability: stability, difficulty: difficulty, rating: ratings[index],
                                days: days, recall: r, easyDifficulty: easyDifficulty)
                            index += 1
                        }
                    }
                }
            }
        }
    }

    /// Binary cross-entropy of one prediction, kept finite at certainty.
    @inline(__always)
    static func crossEntropy<T: MemoryNumber>(_ recall: T, recalled: Bool) -> T {
        let p = recall.clamped(1e-9, 1 - 1e-9)
        return recalled ? -p.logarithm : -(T(1) - p).logarithm
    }
}
