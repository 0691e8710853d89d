import ArgumentParser
import Foundation
import QuizBank

extension FactDrill.Grade {
    /// JSON unless asked; a person who runs `--stats` at a terminal gets the tables.
    var resolvedFormat: GradeReportFormat {
        if let format { return GradeReportFormat(rawValue: format)! }
        return stats && output == nil && isatty(STDOUT_FILENO) == 1 ? .text : .json
    }

    /// Through `OutputFile` like `-o`: the page never replaces the bank or a student's sheet.
    func writeHTMLReport(_ analysis: ItemAnalysis, of report: GradeReport, to path: String, inputs: [String]) throws {
        let page = ItemAnalysisPage(analysis: analysis, title: report.bankTitle).html
        do {
            try OutputFile.write(page, to: path, inputs: inputs, existing: .replace)
        } catch let failure as CommandFailure where failure.exitCode == ExitStatus.ioFailure {
            throw CommandFailure(message: "\(path): cannot write the report", exitCode: ExitStatus.ioFailure)
        }
    }
}
