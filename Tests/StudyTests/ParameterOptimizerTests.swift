import Foundation
import Testing
@testable import Study

@Suite struct ParameterOptimizerTests {
    static let history = ReviewHistory(events: SimulatedLearner(parameters: SimulatedLearner.fastForgetter).events(cards: 500))

    @Test func fittedParametersPredictAKnownLearnerBetterThanTheDefaults() throws {
        let history = Self.history
        #expect(history.countedReviews > 2_000)
        let fitted = try ParameterOptimizer().fit(history)
        let before = ModelEvaluation(parameters: Scheduler.defaultParameters, history: history)
        let after = ModelEvaluation(parameters: fitted, history: history)
        let truth = ModelEvaluation(parameters: SimulatedLearner.fastForgetter, history: history)
        #expect(after.logLoss < before.logLoss * 0.97)
        #expect(after.rmseBins < before.rmseBins)
        // The learner's own parameters are the best anyone can do, up to noise.
        #expect(after.logLoss < truth.logLoss * 1.01)
        for (value, bound) in zip(fitted, ParameterOptimizer.bounds) { #expect(bound.contains(value)) }
        #expect(fitted[0] <= fitted[1] && fitted[1] <= fitted[2] && fitted[2] <= fitted[3])
        // The decay w20 moves towards the learner's 0.35 from the default 0.1542.
        #expect(fitted[20] > 0.25)
    }

    @Test func sameHistorySameParameters() throws {
        #expect(try ParameterOptimizer().fit(Self.history) == (try ParameterOptimizer().fit(Self.history)))
    }

    @Test func gradientMatchesFiniteDifferences() {
        let history = ReviewHistory(events: SimulatedLearner(parameters: SimulatedLearner.fastForgetter, seed: 9).events(cards: 30))
        let optimizer = ParameterOptimizer()
        let weights = history.recencyWeights()
        let w = SimulatedLearner.fastForgetter
        let cards = ArraySlice(0..<history.cards)
        let gradient = optimizer.gradient(w, cards: cards, history: history, weights: weights)
        func loss(_ w: [Double]) -> Double {
            var total = 0.0
            w.withUnsafeBufferPointer { parameters in
                MemoryModel.replay(history, cards: cards, parameters: parameters) { (recall: Double, index: Int) in
                    total += weights[index] * MemoryModel.crossEntropy(recall, recalled: history.ratings[index] > 1)
                }
            }
            return total
        }
        for index in 0..<21 {
            let step = 1e-6 * max(1, abs(w[index]))
            var up = w, down = w
            up[index] += step
            down[index] -= step
            let numeric = (loss(up) - loss(down)) / (2 * step)
            #expect(abs(gradient[index] - numeric) <= 1e-4 * max(1, abs(numeric)), "w\(index): \(gradient[index]) vs \(numeric)")
        }
    }

    @Test func modelPredictsWhatTheSchedulerComputes() {
        // The optimizer's model and the scheduler must be the same FSRS: otherwise the
        // fitted parameters would be optimal for a model nobody schedules with.
        let parameters = SimulatedLearner.fastForgetter
        let events = SimulatedLearner(parameters: parameters, seed: 3).events(cards: 40)
        let history = ReviewHistory(events: events)
        var predicted: [Double] = []
        parameters.withUnsafeBufferPointer { w in
            MemoryModel.replay(history, cards: 0..<history.cards, parameters: w) { (recall: Double, _: Int) in predicted.append(recall) }
        }
        let scheduler = Scheduler(parameters: parameters, enableFuzzing: false)
        var expected: [Double] = []
        // ReviewHistory keeps cards in the order they were first reviewed.
        let cards = Dictionary(grouping: events, by: \.card).values.map { $0.sorted { $0.time < $1.time } }
        for card in cards.sorted(by: { $0[0].time < $1[0].time }) {
            var state: CardState?
            for event in card {
                if let previous = state, Scheduler.wholeDays(from: previous.lastReview!, to: event.time) > 0 {
                    expected.append(scheduler.retrievability(of: previous, at: event.time))
                }
                state = scheduler.review(state ?? .new(at: event.time), rating: event.rating, at: event.time)
            }
        }
        #expect(predicted.count == expected.count)
        for (index, pair) in zip(predicted, expected).enumerated() where abs(pair.0 - pair.1) >= 1e-9 {
            Issue.record("review \(index): model \(pair.0), scheduler \(pair.1)")
            break
        }
    }

    @Test func refusesTooLittleHistorySayingHowMuchIsNeeded() {
        let day = 86_400.0
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        // 133 cards x 4 reviews on different days = 399 counted reviews, one short.
        var events: [ReplayEvent] = []
        for card in 0..<133 {
            for review in 0..<4 { events.append(ReplayEvent(card: "c\(card)", rating: .good, time: start + Double(review * 3) * day)) }
        }
        let history = ReviewHistory(events: events)
        #expect(history.countedReviews == 399)
        #expect(throws: StudyError.notEnoughHistory(reviews: 399, needed: 400)) { try ParameterOptimizer().fit(history) }
        #expect(StudyError.notEnoughHistory(reviews: 399, needed: 400).description.contains("399 reviews after a card's first (on a later day), 400 needed"))
    }

    @Test func countsOnlyReviewsAfterTheFirstOnALaterDay() {
        let t = Date(timeIntervalSince1970: 1_700_000_000)
        let history = ReviewHistory(events: [
            ReplayEvent(card: "a", rating: .again, time: t),
            ReplayEvent(card: "a", rating: .good, time: t + 600),  // same day: not scored
            ReplayEvent(card: "b", rating: .good, time: t + 60),
            ReplayEvent(card: "a", rating: .good, time: t + 86_400 * 2.5),  // 2 days later: scored
            ReplayEvent(card: "b", rating: .again, time: t + 86_399),  // 23:59 later: same day
        ])
        #expect(history.reviews == 5)
        #expect(history.cards == 2)
        #expect(history.countedReviews == 1)
        #expect(history.elapsedDays == [0, 0, 2, 0, 0])
    }

    @Test func evaluatesATinyLogByHand() {
        let t = Date(timeIntervalSince1970: 1_700_000_000)
        let history = ReviewHistory(events: [
            ReplayEvent(card: "a", rating: .good, time: t),
            ReplayEvent(card: "a", rating: .good, time: t + 3 * 86_400),
        ])
        let w = Scheduler.defaultParameters
        let factor = pow(0.9, -1 / w[20]) - 1
        let recall = pow(1 + factor * 3 / w[2], -w[20])
        let evaluation = ModelEvaluation(parameters: w, history: history)
        #expect(abs(evaluation.logLoss - -log(recall)) < 1e-12)
        #expect(abs(evaluation.rmseBins - (1 - recall)) < 1e-12)
        #expect(evaluation.reviews == 1)
    }

    @Test func initialStabilitiesAreOrderedAndFilledLikeFSRS() {
        // fsrs-rs pre_training.rs test_smooth_and_fill.
        let defaults = Scheduler.defaultParameters
        let filled = InitialStability.smoothed([1: 0.4, 3: 2.3, 4: 10.9], counts: [1: 1, 2: 1, 3: 1, 4: 1], defaults: defaults)!
        #expect(zip(filled, [0.4, 0.8052433, 2.3, 10.9]).allSatisfy { abs($0 - $1) < 1e-6 })
        let swapped = InitialStability.smoothed([1: 5, 2: 1, 3: 6, 4: 7], counts: [1: 10, 2: 1, 3: 1, 4: 1], defaults: defaults)!
        #expect(swapped == [5, 5, 6, 7])
    }
}
