import ArgumentParser
import Foundation
import Study

/// Where `schedule optimize` and `evaluate` read a learner's history: a log in the
/// `schedule replay` format, or the review log in the progress folder.
struct ReviewHistorySource: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Read reviews from this log (the 'schedule replay' format; '-' for stdin) instead of the progress folder.",
        valueName: "file"))
    var log: String?

    func history(progress directory: URL) throws -> ReviewHistory {
        if let log {
            return ReviewHistory(events: try ReplayEvent.events(from: try InputFile.data(at: log), path: log))
        }
        return ReviewHistory(events: ReplayEvent.events(from: try ProgressStore.records(in: directory)))
    }
}

/// The one line `quiz`, `stats` and `schedule evaluate` give when saved parameters are in use.
enum ParametersNotice {
    static func text(_ personal: PersonalParameters) -> String {
        "your own FSRS parameters (fitted on \(personal.reviews) reviews, \(Timestamp.string(from: personal.fitted).prefix(10)))"
    }
}
