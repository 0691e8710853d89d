import Foundation
import Study

/// `schedule optimize` at the size of years of study: 100,000 scored reviews (after a
/// card's first, on a later day) from a simulated learner with known parameters, fitted
/// on one core. The log is written as `optimize-100k.json` (the replay format) so
/// Scripts/fsrs-parity.py can fit the very same log with fsrs-rs-python, side by side:
///
///     .venv-fsrs/bin/python Scripts/fsrs-parity.py --no-simulate --log $TMPDIR/factdrill-bench/optimize-100k.json
enum OptimizerBenchmarks {
    static let scoredReviews = 100_000
    static let learner: [Double] = [
        0.1, 0.5, 1.2, 4.0, 7.0, 1.0, 3.5, 0.01, 1.4, 0.25, 0.6, 2.0, 0.08, 0.2, 2.0, 0.7, 1.5, 0.7, 0.05, 0.05, 0.35,
    ]

    /// Reviews around the scheduler's due dates (early, late, sometimes years late),
    /// recall drawn from the learner's true retrievability, same-day learning steps.
    static func simulate() -> [ReplayEvent] {
        var random = SplitMix64(seed: 23)
        let scheduler = Scheduler(parameters: learner, enableFuzzing: false)
        let start = Date(timeIntervalSince1970: 1_600_000_000)
        var events: [ReplayEvent] = []
        var scored = 0
        var card = 0
        while scored < scoredReviews {
            var now = start.addingTimeInterval(Double.random(in: 0..<(1_000 * 86_400), using: &random))
            var state = CardState.new(at: now)
            var last: Date?
            for _ in 0..<Int.random(in: 4...20, using: &random) where scored < scoredReviews {
                let recall = last == nil ? 0.7 : scheduler.retrievability(of: state, at: now)
                let recalled = Double.random(in: 0..<1, using: &random) < recall
                let pick = Double.random(in: 0..<1, using: &random)
                let rating: Rating = !recalled ? .again : pick < 0.15 ? .hard : pick < 0.85 ? .good : .easy
                if let last, now.timeIntervalSince(last) >= 86_400 { scored += 1 }
                events.append(ReplayEvent(card: "c\(card)", rating: rating, time: now))
                state = scheduler.review(state, rating: rating, at: now)
                last = now
                var gap = state.due.timeIntervalSince(now) * Double.random(in: 0.5...2.0, using: &random)
                if Double.random(in: 0..<1, using: &random) < 0.04 { gap += Double.random(in: 365...1_500, using: &random) * 86_400 }
                now = now.addingTimeInterval(max(gap, 60))
            }
            card += 1
        }
        return events.sorted { $0.time < $1.time }
    }

    static func run(workDirectory: URL) throws {
        let events = simulate()
        let history = ReviewHistory(events: events)
        print("optimize: \(history.countedReviews) scored reviews (\(history.reviews) in all, \(history.cards) cards)")
        let log = workDirectory.appendingPathComponent("optimize-100k.json")
        var text = "["
        for (index, event) in events.enumerated() {
            if index > 0 { text += ",\n" }
            text += #"{"card":"\#(event.card)","rating":\#(event.rating.rawValue),"time":"\#(Timestamp.string(from: event.time))"}"#
        }
        try (text + "]\n").write(to: log, atomically: true, encoding: .utf8)
        print("  log written to \(log.path)")

        var fitted: [Double] = []
        let fit = try Measure.runs(3) { fitted = try ParameterOptimizer().fit(history) }
        print("  fit, one core           median \(Measure.ms(fit.median)), worst \(Measure.ms(fit.worst))")
        let evaluate = Measure.runs(5) { _ = ModelEvaluation(parameters: fitted, history: history) }
        print("  evaluate                median \(Measure.ms(evaluate.median))")
        let before = ModelEvaluation(parameters: Scheduler.defaultParameters, history: history)
        let after = ModelEvaluation(parameters: fitted, history: history)
        let truth = ModelEvaluation(parameters: learner, history: history)
        print(String(format: "  log loss: defaults %.4f, fitted %.4f, the learner's own %.4f", before.logLoss, after.logLoss, truth.logLoss))
        print(String(format: "  RMSE (bins): defaults %.4f, fitted %.4f, the learner's own %.4f", before.rmseBins, after.rmseBins, truth.rmseBins))
    }
}
