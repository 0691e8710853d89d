import Foundation

/// Fits the 21 FSRS-6 parameters to one learner's review history, the way FSRS's own
/// optimizer (fsrs-rs, Anki's engine) does: pre-train the initial stabilities, then Adam
/// on the recency-weighted log loss with a pull towards the starting values, the learning
/// rate annealed on a cosine, the parameters clamped to FSRS's bounds after every step,
/// and the best epoch kept.
///
/// Pure and deterministic: the same history gives the same parameters (cards are
/// shuffled with a fixed-seed generator; nothing reads the clock). Gradients are exact,
/// from one forward pass recorded on a `Tape` and one sweep back.
public struct ParameterOptimizer: Sendable {
    /// Fewer counted reviews than this (reviews after a card's first, on a later day)
    /// and the fit would mostly echo noise: the optimizer refuses.
    public static let minimumReviews = 400

    public var epochs = 5
    /// Counted reviews per gradient step (whole cards are kept together).
    public var batchSize = 512
    public var learningRate = 0.04
    /// Strength of the pull towards the starting parameters, scaled by how much each
    /// parameter varies across learners (FSRS's L2 regularisation).
    public var regularisation = 1.0
    public var seed: UInt64 = 2023

    public init() {}

    /// How much each parameter varies across the FSRS benchmark's learners (fsrs-rs).
    static let spread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27,
    ]

    /// FSRS-6's bounds for each parameter (fsrs-rs `parameter_clipper`, one relearning step).
    public static let bounds: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100,
        1...10, 0.001...4, 0.001...4, 0.001...0.75, 0...4.5, 0...0.8, 0.001...3.5,
        0.001...5, 0.001...0.25, 0.001...0.9, 0...4, 0...1, 1...6, 0...2, 0...2, 0...0.8, 0.1...0.8,
    ]

    /// The fitted parameters.
    /// - Throws: `StudyError.notEnoughHistory` below `minimumReviews` counted reviews.
    public func fit(_ history: ReviewHistory) throws -> [Double] {
        guard history.countedReviews >= Self.minimumReviews else {
            throw StudyError.notEnoughHistory(reviews: history.countedReviews, needed: Self.minimumReviews)
        }
        let defaults = Scheduler.defaultParameters
        let (pretrained, counts) = InitialStability.fitted(history, defaults: defaults)
        guard let initialStability = InitialStability.smoothed(pretrained, counts: counts, defaults: defaults) else {
            throw StudyError.notEnoughHistory(reviews: history.countedReviews, needed: Self.minimumReviews)
        }
        let start = initialStability + defaults[4...]
        let weights = history.recencyWeights()
        let batches = batches(history)
        let total = Double(history.countedReviews)

        var w = start
        var firstMoment = [Double](repeating: 0, count: 21)
        var secondMoment = [Double](repeating: 0, count: 21)
        var step = 0
        let steps = Double(batches.count * epochs)
        var best = (loss: objective(w, start: start, history: history, weights: weights), parameters: w)
        var shuffler = SplitMix64(seed: seed)
        for _ in 0..<epochs {
            var order = Array(batches.indices)
            order.shuffle(using: &shuffler)
            for batch in order {
                step += 1
                let rate = learningRate * (1 + Foundation.cos(Double.pi * Double(step) / steps)) / 2
                var gradient = self.gradient(w, cards: batches[batch].cards, history: history, weights: weights)
                let share = regularisation * Double(batches[batch].counted) / total
                for index in 0..<21 {
                    gradient[index] += 2 * share * (w[index] - start[index]) / (Self.spread[index] * Self.spread[index])
                }
                // Adam (β1 0.9, β2 0.999, ε 1e-8), then back inside FSRS's bounds.
                let correction1 = 1 - Foundation.pow(0.9, Double(step))
                let correction2 = 1 - Foundation.pow(0.999, Double(step))
                for index in 0..<21 where gradient[index].isFinite {
                    firstMoment[index] = 0.9 * firstMoment[index] + 0.1 * gradient[index]
                    secondMoment[index] = 0.999 * secondMoment[index] + 0.001 * gradient[index] * gradient[index]
                    let update = (firstMoment[index] / correction1) / ((secondMoment[index] / correction2).squareRoot() + 1e-8)
                    w[index] = min(max(w[index] - rate * update, Self.bounds[index].lowerBound), Self.bounds[index].upperBound)
                }
            }
            let loss = objective(w, start: start, history: history, weights: weights)
            if loss < best.loss { best = (loss, w) }
        }
        var fitted = best.parameters
        // The descent may have crossed the initial stabilities over: put them back in order.
        let ordered = InitialStability.smoothed(
            Dictionary(uniqueKeysWithValues: (1...4).map { ($0, fitted[$0 - 1]) }), counts: counts, defaults: defaults)!
        fitted.replaceSubrange(0..<4, with: ordered)
        return fitted
    }

    // MARK: - Loss and gradient

    /// Recency-weighted log loss plus the pull towards `start`, per counted review: what
    /// the best epoch is chosen by.
    func objective(_ w: [Double], start: [Double], history: ReviewHistory, weights: [Double]) -> Double {
        var loss = 0.0
        w.withUnsafeBufferPointer { parameters in
            MemoryModel.replay(history, cards: 0..<history.cards, parameters: parameters) { (recall: Double, index: Int) in
                loss += weights[index] * MemoryModel.crossEntropy(recall, recalled: history.ratings[index] > 1)
            }
        }
        var penalty = 0.0
        for index in 0..<21 {
            penalty += Foundation.pow(w[index] - start[index], 2) / (Self.spread[index] * Self.spread[index])
        }
        return (loss + regularisation * penalty) / Double(max(history.countedReviews, 1))
    }

    /// The exact gradient of the weighted log loss summed over `cards` (reverse mode).
    func gradient(_ w: [Double], cards: ArraySlice<Int>, history: ReviewHistory, weights: [Double]) -> [Double] {
        let tape = Tape()
        let parameters = w.map { tape.variable($0) }
        var loss = Taped(0)
        parameters.withUnsafeBufferPointer { parameters in
            MemoryModel.replay(history, cards: cards, parameters: parameters) { (recall: Taped, index: Int) in
                let entropy = MemoryModel.crossEntropy(recall, recalled: history.ratings[index] > 1)
                loss = loss + Taped(weights[index]) * entropy
            }
        }
        return tape.gradient(of: loss, variables: 21)
    }

    // MARK: - Batches

    struct Batch {
        var cards: ArraySlice<Int>
        var counted: Int
    }

    /// Cards shuffled once (fixed seed) and cut into runs of about `batchSize` counted reviews.
    func batches(_ history: ReviewHistory) -> [Batch] {
        var cards = Array(0..<history.cards)
        var generator = SplitMix64(seed: seed)
        cards.shuffle(using: &generator)
        var batches: [Batch] = []
        var begin = 0, counted = 0
        for (position, card) in cards.enumerated() {
            for index in history.cardStarts[card]..<history.cardStarts[card + 1] where history.countedRank[index] >= 0 {
                counted += 1
            }
            if counted >= batchSize {
                batches.append(Batch(cards: cards[begin...position], counted: counted))
                begin = position + 1
                counted = 0
            }
        }
        if counted > 0 { batches.append(Batch(cards: cards[begin...], counted: counted)) }
        return batches
    }
}

/// A small, fast, seedable generator (Vigna's SplitMix64): the optimizer's shuffles are
/// the same on every run and every machine.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
