extension ItemAnalysis {
    /// Three CSV tables after the per-student one, each with its header and a blank
    /// line before it (as Moodle's own statistics download): the students × items matrix
    /// of points, one row per item, and the test's figures. Undefined figures are empty.
    var csv: String {
        let field = GradeReportFormat.csvField
        var lines = [(["student"] + items.map(\.id)).map(field).joined(separator: ",")]
        for (student, row) in zip(students, scores) {
            lines.append(([field(student)] + row.map { Self.csvNumber($0) }).joined(separator: ","))
        }
        lines.append("")
        lines.append("item,facility,sd,discrimination,discriminative_efficiency,answered,flags")
        for item in items {
            lines.append([field(item.id), Self.csvNumber(item.facility), Self.csvNumber(item.sd), Self.csvNumber(item.discrimination),
                          Self.csvNumber(item.discriminativeEfficiency), String(item.answered),
                          item.flags.map(\.rawValue).joined(separator: " ")].joined(separator: ","))
        }
        lines.append("")
        let test = test
        lines.append("attempts,mean,median,sd,skewness,kurtosis,alpha,error_ratio,standard_error")
        lines.append(([String(test.attempts)] + [test.mean, test.median, test.sd, test.skewness, test.kurtosis, test.alpha,
                                                 test.errorRatio, test.standardError].map { Self.csvNumber($0) }).joined(separator: ","))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Full precision, so a script reads the same figures as the JSON; "1" not "1.0".
    static func csvNumber(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
