import ArgumentParser
import Foundation
import Study

extension FactDrill {
    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schedule",
            abstract: "Inspect the FSRS scheduler and fit it to your own history.",
            subcommands: [Replay.self, Optimize.self, Evaluate.self])

        struct Replay: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "replay",
                abstract: "Print the FSRS state after each review in a log, as JSON lines.",
                discussion: """
                    LOG is a JSON list (or JSON lines) of {"card", "rating" (1 Again … 4 Easy), \
                    "time" (ISO 8601)} in time order; '-' reads stdin. Default FSRS-6 \
                    parameters, no fuzz, so the output can be compared with any FSRS \
                    implementation (py-fsrs 6.3.2 gives the same numbers).
                    """)

            @Argument(help: ArgumentHelp("The review log, or '-' for stdin.", valueName: "log"))
            var log: String

            @Option(help: "Desired retention, 0.7 to 0.99.")
            var retention: Double = 0.9

            func validate() throws {
                guard (0.7...0.99).contains(retention) else { throw ValidationError("--retention must be between 0.7 and 0.99") }
            }

            func run() throws {
                let data = try InputFile.data(at: log)
                let events = try ReplayEvent.events(from: data, path: log)
                var buffer: [UInt8] = []
                buffer.reserveCapacity(1 << 17)
                ScheduleReplay.replay(events, scheduler: Scheduler(desiredRetention: retention, enableFuzzing: false)) { step in
                    ScheduleReplay.appendJSONLine(step, to: &buffer)
                    if buffer.count >= 1 << 16 {
                        StandardOutput.write(buffer)
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
                StandardOutput.write(buffer)
            }
        }
    }
}
