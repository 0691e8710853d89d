import Testing
@testable import Study

@Suite struct SchedulerLimitsTests {
    /// `--max-interval 9223372036854775807` after a run of Easy answers: the interval
    /// in days no longer fits an Int, and converting it trapped.
    @Test func aHugeStabilityGivesTheCeilingNotATrap() {
        #expect(Scheduler(maximumInterval: .max).nextIntervalDays(1e300) == .max)
        #expect(Scheduler(maximumInterval: 36_500).nextIntervalDays(1e300) == 36_500)
        #expect(Scheduler().nextIntervalDays(0.0001) == 1)
    }
}
