import ArgumentParser
import Foundation
import QuizBank

extension FactDrill {
    struct BankCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bank",
            abstract: "Check and convert question banks.",
            subcommands: [Lint.self, Convert.self])

        struct Lint: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "lint",
                abstract: "Check banks; every problem as FILE:LINE:COL: message (exit 2 if any).")

            @Argument(help: ArgumentHelp("Bank files (.json, .yaml, .gift), or folders of them.", valueName: "bank"))
            var banks: [String]

            func run() throws {
                var count = 0
                for bank in try BankLoading.paths(for: banks) {
                    // A file that is not there has no line to point at: one line, as elsewhere.
                    if !FileManager.default.fileExists(atPath: bank) {
                        Diagnostics.warn("\(bank): no such file")
                        count += 1
                        continue
                    }
                    let problems = BankLinter.lint(path: bank)
                    for problem in problems { print(problem) }
                    count += problems.count
                    guard problems.isEmpty else { continue }
                    // Never "OK" for a bank the other commands would refuse.
                    do {
                        let items = try BankReader.read(path: bank).items.count
                        FileHandle.standardError.write(Data("\(bank): OK, \(items) items\n".utf8))
                    } catch {
                        print(error)
                        count += 1
                    }
                }
                if count > 0 { throw ExitCode(ExitStatus.badInput) }
            }
        }

        struct Convert: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "convert",
                abstract: "Convert a bank between JSON, YAML and GIFT, chosen by the file extensions.")

            @Argument(help: ArgumentHelp("The bank to read.", valueName: "in"))
            var input: String

            @Argument(help: ArgumentHelp("The bank to write; an existing one only with --force.", valueName: "out"))
            var output: String

            @Flag(help: "Replace an existing bank at OUT, keeping the old one as OUT.bak.")
            var force = false

            func run() throws {
                if BankFormat(path: input) != .gift, let first = BankLinter.lint(path: input).first {
                    throw CommandFailure(message: first.description)
                }
                let (bank, skipped) = try BankReader.readWithSkipped(path: input)
                for question in skipped { Diagnostics.warn("\(input):\(question.line): skipped \(question.reason)") }
                try OutputFile.writeBank(bank, to: output, inputs: [input], force: force)
                FileHandle.standardError.write(Data("\(output): \(bank.items.count) items written\n".utf8))
            }
        }
    }
}
