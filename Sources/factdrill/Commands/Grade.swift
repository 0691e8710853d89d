import ArgumentParser
import Foundation
import QuizBank

extension FactDrill {
    struct Grade: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "grade",
            abstract: "Score answer sheets against a bank; JSON, TAP, JUnit or CSV.",
            discussion: """
                A sheet is {"student": "alice", "answers": {"<item id>": "1000", …}}. SHEET may \
                be a file, a folder of .json sheets, or '-' for stdin. A sheet that cannot be \
                read is reported and the others are still graded. Exit 0, 1 when --pass-mark \
                is set and a student is below it, 2 when no sheet could be graded.
                """)

        @Option(help: ArgumentHelp("The bank the sheets answer (.json or .yaml).", valueName: "bank"))
        var bank: String

        @Argument(help: ArgumentHelp("Answer sheets, folders of them, or '-' for stdin.", valueName: "sheet"))
        var sheets: [String]

        @Option(help: "Output format: json, tap, junit, csv or text (default: json; text for --stats at a terminal).")
        var format: String?

        @Option(name: .customLong("pass-mark"), help: ArgumentHelp("Pass mark, e.g. 60% (exit 1 if a student is below).", valueName: "percent"))
        var passMark: String?

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the report to FILE instead of stdout.", valueName: "file"))
        var output: String?

        @Flag(help: "Add item analysis (facility, discrimination, alpha, flagged items) to the report.")
        var stats = false

        @Option(name: .customLong("report"), help: ArgumentHelp("Also write the item analysis with charts as one HTML file.", valueName: "file"))
        var htmlReport: String?

        func validate() throws {
            if let format, GradeReportFormat(rawValue: format) == nil {
                throw ValidationError("--format must be one of json, tap, junit, csv, text")
            }
            if let passMark, Self.percent(passMark) == nil {
                throw ValidationError("--pass-mark takes a percentage from 0 to 100, e.g. 60%")
            }
        }

        static func percent(_ text: String) -> Double? {
            let number = Double(text.trimmingCharacters(in: CharacterSet(charactersIn: "% ")))
            return number.flatMap { (0...100).contains($0) ? $0 : nil }
        }

        func run() throws {
            let (bankValue, _, unknownFields) = try BankReader.readNotingUnknownFields(path: bank)
            try UnknownFieldWarning.refuseToGrade(with: unknownFields)
            let grader = Grader(bank: bankValue)
            var report = GradeReport(bankTitle: bankValue.title, sheets: [], failures: [], passMark: passMark.flatMap(Self.percent))
            let paths = try sheetPaths()
            for path in paths {
                do {
                    let sheet = path == "-"
                        ? try AnswerSheet.decode(String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self), origin: "-")
                        : try AnswerSheet.read(path: path)
                    let result = grader.grade(sheet)
                    if !result.unknownIDs.isEmpty {
                        Diagnostics.warn("\(path): no such item in the bank: \(result.unknownIDs.map { "'\($0)'" }.joined(separator: ", "))")
                    }
                    report.sheets.append(result)
                } catch let error as QuizBankError {
                    Diagnostics.warn(error.description)
                    report.failures.append((path, error.description))
                }
            }
            let analysis = stats || htmlReport != nil ? ItemAnalysis(report: report, bank: bankValue) : nil
            if stats { report.analysis = analysis }
            let text = resolvedFormat.render(report)
            if let output {
                try OutputFile.write(text, to: output, inputs: [bank] + paths, existing: .replace)
            } else {
                StandardOutput.write(text)
            }
            if let htmlReport, let analysis { try writeHTMLReport(analysis, of: report, to: htmlReport, inputs: [bank] + paths) }
            if report.sheets.isEmpty { throw ExitCode(ExitStatus.badInput) }
            if report.sheets.contains(where: { report.passed($0) == false }) { throw ExitCode(1) }
        }

        private func sheetPaths() throws -> [String] {
            var paths: [String] = []
            for sheet in sheets {
                var isDirectory: ObjCBool = false
                if sheet != "-", FileManager.default.fileExists(atPath: sheet, isDirectory: &isDirectory), isDirectory.boolValue {
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: sheet)) ?? []
                    let found = names.filter { $0.hasSuffix(".json") }.sorted().map { (sheet as NSString).appendingPathComponent($0) }
                    if found.isEmpty { Diagnostics.warn("\(sheet): a folder with no .json answer sheets in it") }
                    paths += found
                } else {
                    paths.append(sheet)
                }
            }
            return paths
        }
    }
}
