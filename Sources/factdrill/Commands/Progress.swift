import ArgumentParser
import Foundation
import Study

extension FactDrill {
    struct Progress: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "progress",
            abstract: "Check or repair the progress folder.",
            subcommands: [Check.self, Repair.self])

        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "check",
                abstract: "Explain what, if anything, is wrong with the progress files (exit 2 if something is).")

            @OptionGroup var global: GlobalOptions

            /// Card states are replayed with the parameters they were scheduled with.
            static func scheduler(_ directory: URL) throws -> Scheduler {
                Scheduler(parameters: try PersonalParameters.load(from: directory)?.parameters ?? Scheduler.defaultParameters)
            }

            func run() throws {
                let directory = try global.dataDirectory()
                let report = try ProgressMaintenance.check(directory: directory, scheduler: try Self.scheduler(directory))
                ProgressReportText.print(report)
                if !report.isHealthy {
                    print("Run 'factdrill progress repair' to fix what can be fixed; nothing is deleted.")
                    throw ExitCode(ExitStatus.badInput)
                }
            }
        }

        struct Repair: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "repair",
                abstract: "Set damaged lines aside, keep a backup, and rebuild the snapshot from the review log.")

            @OptionGroup var global: GlobalOptions

            func run() throws {
                let directory = try global.dataDirectory()
                let report = try ProgressMaintenance.repair(directory: directory, scheduler: try Check.scheduler(directory))
                for action in report.actions { print("repaired: \(action)") }
                ProgressReportText.print(report)
                if !report.isHealthy { throw ExitCode(ExitStatus.badInput) }
            }
        }
    }
}

enum ProgressReportText {
    static func print(_ report: ProgressMaintenance.Report) {
        for problem in report.problems { Swift.print("problem: \(problem)") }
        if report.isHealthy {
            Swift.print("\(report.directory): OK, \(report.reviews) reviews of \(report.cards) cards")
        }
    }
}
