extension GradeReportFormat {
    /// The class as a person reads it at a terminal: one aligned row per student.
    static func text(_ report: GradeReport) -> String {
        var rows = [["student", "score", "percent"] + (report.passMark == nil ? [] : ["passed"]) + ["missing"]]
        for sheet in report.sheets {
            var row = [sheet.student, "\(ItemAnalysis.figure(sheet.score, digits: 0))/\(ItemAnalysis.figure(sheet.total, digits: 0))",
                       ItemAnalysis.percent(sheet.percent)]
            if let passed = report.passed(sheet) { row.append(passed ? "yes" : "NO") }
            row.append(String(sheet.missing))
            rows.append(row)
        }
        var lines = [report.bankTitle.isEmpty ? "Grades" : "Grades: \(report.bankTitle)"]
        lines += TextTable.lines(rows, rightAligned: Set(1..<rows[0].count))
        for failure in report.failures { lines.append("could not grade \(failure.origin): \(failure.message)") }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ItemAnalysis {
    /// The analysis for a terminal: the test's figures, then every item in an aligned
    /// table with the flagged ones first, then what each flag asks the teacher to do.
    public var text: String {
        let test = test
        var lines = ["Item analysis · \(test.attempts) attempt\(test.attempts == 1 ? "" : "s"), \(items.count) item\(items.count == 1 ? "" : "s")"]
        let figures: [[String]] = [
            ["mean", Self.percent(test.mean)], ["median", Self.percent(test.median)], ["sd", Self.percent(test.sd)],
            ["skewness", Self.figure(test.skewness, digits: 2)], ["kurtosis", Self.figure(test.kurtosis, digits: 2)],
            ["alpha", Self.figure(test.alpha, digits: 2) + (test.isAlphaLow ? "  LOW: the items do not measure one thing consistently" : "")],
            ["error ratio", Self.percent(test.errorRatio)], ["standard error", Self.percent(test.standardError)],
        ]
        lines += TextTable.lines(figures, rightAligned: [], header: false).map { "  " + $0 }
        lines.append("")
        var rows = [["item", "facility", "sd", "discrim.", "efficiency", "flags"]]
        let ordered = itemsFlaggedFirst
        for item in ordered {
            rows.append([item.id, Self.figure(item.facility), Self.figure(item.sd), Self.figure(item.discrimination),
                         Self.figure(item.discriminativeEfficiency), item.flags.map(\.rawValue).joined(separator: " ")])
        }
        lines += TextTable.lines(rows, rightAligned: [1, 2, 3, 4])
        let flagged = ordered.filter { !$0.flags.isEmpty }
        if flagged.contains(where: { !$0.options.isEmpty }) {
            lines += ["", "Options: share of the class (mean score of those who chose it); * marks the key."]
        } else if !flagged.isEmpty {
            lines.append("")
        }
        for item in flagged {
            lines.append("\(item.id): " + item.flags.map(\.advice).joined(separator: "; "))
            if !item.options.isEmpty {
                let options = item.options.map { option in
                    "\(option.label)\(option.isKey ? "*" : "") \(Self.percent(option.share, digits: 0)) (mean \(Self.figure(option.meanScore, digits: 0)))"
                }
                lines.append("  " + options.joined(separator: "   "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Columns padded to their widest cell, two spaces apart.
enum TextTable {
    static func lines(_ rows: [[String]], rightAligned: Set<Int>, header: Bool = true) -> [String] {
        guard let columns = rows.map(\.count).max() else { return [] }
        var widths = Array(repeating: 0, count: columns)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        var lines = rows.map { row in
            row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return rightAligned.contains(index) ? pad + cell : (index == row.count - 1 ? cell : cell + pad)
            }.joined(separator: "  ")
        }
        if header, lines.count > 1 {
            lines.insert(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "), at: 1)
        }
        return lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }
}
