import ArgumentParser
import Foundation

@main
struct FactDrill: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factdrill",
        abstract: "Turn news articles into fact-check drills and study them with spaced repetition.",
        discussion: """
            Progress lives in $XDG_DATA_HOME/factdrill (default ~/.local/share/factdrill); \
            --progress DIR puts it elsewhere. Exit codes: 0 success, 1 a graded run below \
            its pass mark, 2 bad usage or bad input, 3 an I/O or lock failure.
            """,
        version: "0.1.0",
        subcommands: [Extract.self, Read.self, Generate.self, BankCommand.self, Quiz.self, Grade.self, Stats.self, Schedule.self, Progress.self]
    )

    /// Parses and runs, mapping every failure to one line on stderr and the exit codes
    /// of the command contract (ArgumentParser alone would use 64 for usage errors).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
            StandardOutput.finish()
        } catch {
            StandardOutput.finish()
            let status = ExitStatus(for: error)
            if let message = status.message {
                Diagnostics.writeToStandardError("factdrill: " + message + "\n")
                Foundation.exit(status.code)
            }
            // Help and version go to stdout like any output, so a failed write says so.
            if status.code == 0, !(error is ExitCode) {
                let text = FactDrill.fullMessage(for: error)
                if !text.isEmpty { StandardOutput.write(text + "\n") }
                Foundation.exit(0)
            }
            // Explicit exit codes: ArgumentParser exits with them.
            exit(withError: error)
        }
    }
}
