import ArgumentParser
import Study

/// FSRS settings a learner may change for their own schedule.
struct SchedulerOptions: ParsableArguments {
    @Option(help: "Desired retention: the recall probability reviews aim for (0.7 to 0.99).")
    var retention: Double = 0.9

    @Option(name: .customLong("max-interval"), help: "The longest interval between reviews, in days.")
    var maximumInterval: Int = 36_500

    @Flag(name: .customLong("no-fuzz"), help: "Schedule exact FSRS intervals, without the small random spread.")
    var noFuzz = false

    func validate() throws {
        guard (0.7...0.99).contains(retention) else { throw ValidationError("--retention must be between 0.7 and 0.99") }
        guard (1...Self.longestInterval).contains(maximumInterval) else {
            throw ValidationError("--max-interval must be between 1 and \(Self.longestInterval) days (100 years)")
        }
    }

    /// FSRS's own default ceiling; longer intervals would only run past year 9999.
    static let longestInterval = 36_500

    /// The learner's scheduler: their own saved FSRS parameters when there are some.
    func scheduler(personal: PersonalParameters?) -> Scheduler {
        Scheduler(
            parameters: personal?.parameters ?? Scheduler.defaultParameters, desiredRetention: retention,
            maximumInterval: maximumInterval, enableFuzzing: !noFuzz)
    }
}
