import Foundation
import QuizBank
import Study

/// Grading cost: 1,000 answer sheets against a 100-item bank, in process.
enum GradeBenchmarks {
    static func run(workDirectory: URL) throws {
        var items: [Item] = []
        for index in 0..<100 {
            switch index % 4 {
            case 0: items.append(Item(id: Item.ID("n\(index)"), kind: .figure, prompt: "How many?", answer: .number(Double(index * 1000)), tolerance: 0))
            case 1: items.append(Item(id: Item.ID("w\(index)"), kind: .whoSaid, prompt: "Who?", answer: .text("Person Number\(index)"),
                                      choices: ["Person Number\(index)", "Other One", "Someone Else"]))
            case 2: items.append(Item(id: Item.ID("t\(index)"), kind: .claim, prompt: "True?", answer: .truth(index % 8 == 2)))
            default: items.append(Item(id: Item.ID("d\(index)"), kind: .date, prompt: "When?", answer: .text("2014-08-\(10 + index % 18)")))
            }
        }
        let bank = Bank(title: "bench", items: items)
        var generator = SplitMix64(seed: 9)
        let sheets = (0..<1000).map { student -> AnswerSheet in
            var answers: [String: String] = [:]
            for item in items where generator.next() % 5 != 0 {
                answers[item.id.rawValue] = generator.next() % 2 == 0 ? item.answer.description : "wrong \(student)"
            }
            return AnswerSheet(student: "s\(student)", answers: answers, origin: "s\(student).json")
        }
        let grader = Grader(bank: bank)
        var report = GradeReport(bankTitle: bank.title, sheets: [], failures: [], passMark: 50)
        let times = Measure.runs(3) {
            report.sheets = sheets.map(grader.grade)
            _ = GradeReportFormat.junit.render(report)
        }
        print("grade: 1,000 sheets × 100 items graded and rendered as JUnit: median \(Measure.ms(times.median)), worst \(Measure.ms(times.worst))")
        var analysed = report
        let analysis = Measure.runs(3) { analysed.analysis = ItemAnalysis(report: report, bank: bank) }
        let page = Measure.runs(3) { _ = ItemAnalysisPage(analysis: analysed.analysis!, title: bank.title).html }
        let text = Measure.runs(3) { _ = analysed.analysis!.text }
        print("grade --stats: item analysis of 1,000 sheets × 100 items: median \(Measure.ms(analysis.median)), worst \(Measure.ms(analysis.worst)); "
            + "HTML page \(Measure.ms(page.median)); text tables \(Measure.ms(text.median))")
        try command(bank: bank, sheets: sheets, workDirectory: workDirectory)
    }

    /// `factdrill grade` end to end: read the bank and a folder of 1,000 sheet files,
    /// grade, write each report format to /dev/null.
    static func command(bank: Bank, sheets: [AnswerSheet], workDirectory: URL) throws {
        guard let factdrill = ChildProcess.factdrill else { return }
        let folder = workDirectory.appendingPathComponent("grade")
        let sheetFolder = folder.appendingPathComponent("sheets")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: sheetFolder, withIntermediateDirectories: true)
        let bankPath = folder.appendingPathComponent("bank.json").path
        try BankWriter.write(bank, to: bankPath)
        for sheet in sheets {
            let data = try JSONSerialization.data(withJSONObject: ["student": sheet.student, "answers": sheet.answers])
            try data.write(to: sheetFolder.appendingPathComponent(sheet.origin))
        }
        var figures: [String] = []
        for format in ["csv", "tap", "junit", "json"] {
            var runs: [Double] = []
            for _ in 0..<3 {
                runs.append(ChildProcess.run(factdrill, ["grade", "--bank", bankPath, sheetFolder.path, "--format", format]).seconds)
            }
            runs.sort()
            figures.append("\(format) \(Measure.ms(runs[1])) (worst \(Measure.ms(runs[2])))")
        }
        print("factdrill grade (CLI, folder of 1,000 sheets, median of 3): " + figures.joined(separator: ", "))
        // Item analysis on top: the bar is 1,000 sheets × 100 items under 1 s.
        figures = []
        let report = folder.appendingPathComponent("report.html").path
        for (name, extra) in [("json", ["--format", "json"]), ("text", ["--format", "text"]), ("csv", ["--format", "csv"]),
                              ("json + --report", ["--format", "json", "--report", report])] {
            var runs: [Double] = []
            for _ in 0..<3 {
                runs.append(ChildProcess.run(factdrill, ["grade", "--bank", bankPath, sheetFolder.path, "--stats"] + extra).seconds)
            }
            runs.sort()
            figures.append("\(name) \(Measure.ms(runs[1])) (worst \(Measure.ms(runs[2])))")
        }
        print("factdrill grade --stats (CLI, folder of 1,000 sheets, median of 3): " + figures.joined(separator: ", "))
    }
}
