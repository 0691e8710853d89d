import ArgumentParser
import FactExtraction
import PageFetching
import QuizBank
import Study

/// The command contract's exit codes and the one line that explains a failure.
struct ExitStatus {
    static let badInput: Int32 = 2
    static let ioFailure: Int32 = 3

    var code: Int32
    /// nil when ArgumentParser should print (help, version) or nothing needs saying.
    var message: String?

    init(for error: any Error) {
        switch error {
        case let error as QuizBankError:
            self.init(code: Self.badInput, message: error.description)
        case let error as FactExtractionError:
            self.init(code: Self.badInput, message: error.description)
        case let error as PageFetchError:
            self.init(code: error.isInputProblem ? Self.badInput : Self.ioFailure, message: error.description)
        case let error as StudyError:
            switch error {
            case .noDataDirectory, .corruptProgress, .newerProgressFormat, .badInput, .notEnoughHistory:
                self.init(code: Self.badInput, message: error.description)
            case .unusableDataDirectory:
                self.init(code: Self.ioFailure, message: error.description)
            }
        case let error as PageFailure:
            self.init(code: Self.badInput, message: error.message)
        case let error as CommandFailure:
            self.init(code: error.exitCode, message: error.message)
        default:
            let code = FactDrill.exitCode(for: error)
            if code == .success || error is ExitCode {
                self.init(code: code.rawValue, message: nil)
            } else {
                // Usage errors: ArgumentParser's text is already one clear line, plus usage.
                let text = FactDrill.fullMessage(for: error)
                self.init(code: Self.badInput, message: Self.firstLine(text))
            }
        }
    }

    init(code: Int32, message: String?) {
        self.code = code
        self.message = message
    }

    private static func firstLine(_ text: String) -> String {
        var line = String(text.split(separator: "\n", maxSplits: 1).first ?? Substring(text))
        if line.hasPrefix("Error: ") { line.removeFirst("Error: ".count) }
        return line + " (see 'factdrill help')"
    }
}

/// A failure found by the executable itself (a bad --now, no banks found).
struct CommandFailure: Error {
    var message: String
    var exitCode: Int32 = ExitStatus.badInput
}

extension CommandFailure: CustomStringConvertible {
    var description: String { message }
}
