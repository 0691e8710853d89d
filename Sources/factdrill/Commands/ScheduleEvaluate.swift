import ArgumentParser
import Foundation
import Study

extension FactDrill.Schedule {
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "How well the FSRS parameters in use predict your own history.",
            discussion: """
                Prints the log loss and RMSE (binned) of the parameters quiz schedules with \
                (your own after 'schedule optimize --save', else the defaults) over the review \
                log: lower is better. Compare before and after optimizing.
                """)

        @OptionGroup var source: ReviewHistorySource

        @Flag(help: "Print JSON for scripts instead of text.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let directory = try global.dataDirectory()
            let personal = try PersonalParameters.load(from: directory)
            let history = try source.history(progress: directory)
            guard history.countedReviews > 0 else {
                throw CommandFailure(message: "nothing to evaluate yet: no review after a card's first on a later day")
            }
            let evaluation = ModelEvaluation(parameters: personal?.parameters ?? Scheduler.defaultParameters, history: history)
            if json {
                StandardOutput.write("""
                    {"parameters": "\(personal == nil ? "default" : "personal")", "reviews": \(evaluation.reviews), \
                    "log_loss": \(evaluation.logLoss), "rmse_bins": \(evaluation.rmseBins)}

                    """)
            } else {
                StandardOutput.write("""
                    Parameters  \(personal.map(ParametersNotice.text) ?? "the FSRS defaults")
                    Reviews     \(evaluation.reviews) after a card's first, on a later day
                    Log loss    \(String(format: "%.4f", evaluation.logLoss))
                    RMSE (bins) \(String(format: "%.4f", evaluation.rmseBins))

                    """)
            }
        }
    }
}
