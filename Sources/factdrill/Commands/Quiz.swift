import ArgumentParser
import Foundation
import QuizBank
import Study

extension FactDrill {
    struct Quiz: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Drill questions in an interactive session (the bundled banks by default).",
            discussion: """
                At a terminal, answers are read with GNU readline: arrow keys and Emacs \
                keys edit, Up recalls earlier answers. Type :help during the quiz for its \
                commands; Ctrl-D or :quit ends the session. With input from a pipe, one \
                answer is read per line and no prompts are printed.
                """
        )

        @Argument(help: ArgumentHelp(
            "Bank files (.json, .yaml) or folders of them. Default: the bundled QuestionBanks/.",
            valueName: "bank"))
        var banks: [String] = []

        @OptionGroup var global: GlobalOptions

        func run() throws {
            _ = try global.currentDate()
            let paths = try resolvedBankPaths()
            var items: [Item] = []
            for path in paths {
                items += try BankReader.read(path: path).items
            }
            let names = items.filter { $0.kind == .whoSaid }.map(\.answer.description)
            let session = QuizSession(items: items, matcher: AnswerMatcher(otherNames: names))
            let terminal = Terminal.current()
            let renderer = SessionRenderer(terminal: terminal) { text in
                FileHandle.standardOutput.write(Data(text.utf8))
            }
            if terminal.inputIsInteractive {
                var reader = ReadlineLineReader()
                session.run(reader: &reader, emit: renderer.render)
            } else {
                var reader = StandardInputLineReader()
                session.run(reader: &reader, emit: renderer.render)
            }
        }

        private func resolvedBankPaths() throws -> [String] {
            if banks.isEmpty {
                guard let directory = BundledBanks.directory() else {
                    throw CommandFailure(message: "no banks named and no bundled QuestionBanks/ folder found; pass a bank file")
                }
                return try BundledBanks.bankFiles(in: directory)
            }
            var paths: [String] = []
            for bank in banks {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: bank, isDirectory: &isDirectory), isDirectory.boolValue {
                    paths += try BundledBanks.bankFiles(in: URL(fileURLWithPath: bank, isDirectory: true))
                } else {
                    paths.append(bank)
                }
            }
            return paths
        }
    }
}
