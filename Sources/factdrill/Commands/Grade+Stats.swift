import ArgumentParser
import Foundation
import QuizBank

extension FactDrill.Grade {
    /// JSON unless asked; a person who runs `--stats` at a terminal gets the tables.
    var resolvedFormat: GradeReportFormat {
        if let format { return GradeReportFormat(rawValue: format)! }
        return stats && output == nil && isatty(STDOUT_FILENO) == 1 ? .text : .json
    }

    func writeHTMLReport(_ analysis: ItemAnalysis, of report: GradeReport, to path: String) throws {
        let page = ItemAnalysisPage(analysis: analysis, title: report.bankTitle).html
        do {
            try Data(page.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure(message: "\(path): cannot write the report", exitCode: ExitStatus.ioFailure)
        }
    }
}
