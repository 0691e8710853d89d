import ArgumentParser
import Foundation
import Study

extension FactDrill.Schedule {
    struct Optimize: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "optimize",
            abstract: "Fit FSRS parameters to your own review history.",
            discussion: """
                Fits the 21 FSRS-6 parameters to the review log (the progress folder's, or \
                --log), as Anki's optimizer does, and prints them with the log loss and RMSE \
                (binned) of the default and the fitted parameters: lower is better. Needs \
                \(ParameterOptimizer.minimumReviews) reviews after a card's first, on a later day. \
                --save makes quiz and stats schedule with them; --reset goes back to the \
                defaults. The review log itself is never changed.
                """)

        @OptionGroup var source: ReviewHistorySource

        @Flag(help: "Print JSON for scripts instead of text.")
        var json = false

        @Flag(help: "Save the fitted parameters in the progress folder: quiz and stats schedule with them.")
        var save = false

        @Flag(help: "Remove saved parameters: schedule with the FSRS defaults again.")
        var reset = false

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if reset && (save || source.log != nil || json) {
                throw ValidationError("--reset takes no other option: it only removes the saved parameters")
            }
        }

        func run() throws {
            let directory = try global.dataDirectory()
            if reset {
                let removed = try PersonalParameters.remove(from: directory)
                if removed {
                    try ProgressStore(directory: directory, scheduler: Scheduler(enableFuzzing: false)).recomputeStates()
                    StandardOutput.write("Removed your own FSRS parameters: quiz and stats schedule with the defaults again.\n")
                } else {
                    StandardOutput.write("No saved parameters: the FSRS defaults are in use already.\n")
                }
                return
            }
            let now = try global.currentDate()
            let history = try source.history(progress: directory)
            let fitted = try ParameterOptimizer().fit(history)
            let before = ModelEvaluation(parameters: Scheduler.defaultParameters, history: history)
            let after = ModelEvaluation(parameters: fitted, history: history)
            if save {
                let personal = PersonalParameters(parameters: fitted, reviews: history.countedReviews, fitted: now, logLoss: after.logLoss)
                try personal.save(to: directory)
                try ProgressStore(directory: directory, scheduler: Scheduler(parameters: fitted, enableFuzzing: false)).recomputeStates()
            }
            if json {
                StandardOutput.write(Self.json(fitted, history: history, before: before, after: after, saved: save))
            } else {
                StandardOutput.write(Self.text(fitted, history: history, before: before, after: after, saved: save, directory: directory))
            }
        }

        static func json(_ parameters: [Double], history: ReviewHistory, before: ModelEvaluation, after: ModelEvaluation, saved: Bool) -> String {
            func number(_ value: Double) -> String { "\(value)" }
            return """
                {"parameters": [\(parameters.map(number).joined(separator: ", "))], "reviews": \(history.countedReviews), \
                "log_loss": {"default": \(number(before.logLoss)), "fitted": \(number(after.logLoss))}, \
                "rmse_bins": {"default": \(number(before.rmseBins)), "fitted": \(number(after.rmseBins))}, \
                "saved": \(saved)}

                """
        }

        static func text(
            _ parameters: [Double], history: ReviewHistory, before: ModelEvaluation, after: ModelEvaluation, saved: Bool,
            directory: URL
        ) -> String {
            func figure(_ value: Double) -> String { String(format: "%.4f", value) }
            var lines = [
                "Fitted FSRS-6 parameters to \(history.countedReviews) reviews (\(history.reviews) in all, \(history.cards) cards).",
                "             log loss   RMSE (bins)",
                "  defaults   \(figure(before.logLoss))     \(figure(before.rmseBins))",
                "  fitted     \(figure(after.logLoss))     \(figure(after.rmseBins))",
                "Parameters: " + parameters.map(figure).joined(separator: ", "),
            ]
            if saved {
                lines.append("Saved to \(directory.appendingPathComponent(PersonalParameters.fileName).path): quiz and stats schedule with them ('--reset' goes back to the defaults).")
            } else {
                lines.append("Not saved: add --save to schedule with them.")
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
