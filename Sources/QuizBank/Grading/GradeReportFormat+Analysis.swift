extension GradeReportFormat {
    /// `grade --stats` adds the item analysis to every format: JSON carries it as
    /// `"stats"` (written with the report), the others get it after their own output in
    /// their own idiom, so a reader of the format without `--stats` reads the same bytes first.
    func appendingAnalysis(_ analysis: ItemAnalysis, to rendered: String, of report: GradeReport) -> String {
        switch self {
        case .json: rendered
        case .text: rendered + "\n" + analysis.text
        case .csv: rendered + "\n" + analysis.csv
        case .tap: rendered + analysis.tapComments
        case .junit: Self.insertingSuite(analysis, into: rendered, of: report)
        }
    }

    /// One testsuite, "item analysis", with a testcase per item; a flagged item fails
    /// with its flags, so a CI dashboard lists the questions to look at. The root
    /// counts are raised to include it.
    static func insertingSuite(_ analysis: ItemAnalysis, into rendered: String, of report: GradeReport) -> String {
        let flagged = analysis.flaggedItems.count
        var lines = ["  <testsuite name=\"item analysis\" tests=\"\(analysis.items.count)\" failures=\"\(flagged)\" errors=\"0\">"]
        let test = analysis.test
        let properties: [(String, String)] = [
            ("attempts", String(test.attempts)), ("mean", ItemAnalysis.figure(test.mean)), ("median", ItemAnalysis.figure(test.median)),
            ("sd", ItemAnalysis.figure(test.sd)), ("skewness", ItemAnalysis.figure(test.skewness, digits: 2)),
            ("kurtosis", ItemAnalysis.figure(test.kurtosis, digits: 2)), ("alpha", ItemAnalysis.figure(test.alpha, digits: 2)),
            ("error_ratio", ItemAnalysis.figure(test.errorRatio)), ("standard_error", ItemAnalysis.figure(test.standardError)),
        ]
        lines.append("    <properties>" + properties.map { "<property name=\"\($0.0)\" value=\"\($0.1)\"/>" }.joined() + "</properties>")
        for item in analysis.items {
            let open = "    <testcase classname=\"item analysis\" name=\"\(xml(item.id))\""
            guard !item.flags.isEmpty else {
                lines.append(open + "/>")
                continue
            }
            let message = item.flags.map(\.advice).joined(separator: "; ")
            lines.append(open + ">")
            lines.append("      <failure type=\"\(item.flags[0].rawValue)\" message=\"\(xml(message))\">\(xml(item.summary))</failure>")
            lines.append("    </testcase>")
        }
        lines.append("  </testsuite>")
        var text = rendered
        guard let close = text.range(of: "</testsuites>", options: .backwards) else { return rendered }
        text.insert(contentsOf: lines.joined(separator: "\n") + "\n", at: close.lowerBound)
        let tests = report.sheets.map(\.items.count).reduce(0, +)
        let failures = report.sheets.map { $0.items.filter { $0.points == 0 }.count }.reduce(0, +)
        if let counts = text.range(of: "tests=\"\(tests)\" failures=\"\(failures)\"") {
            text.replaceSubrange(counts, with: "tests=\"\(tests + analysis.items.count)\" failures=\"\(failures + flagged)\"")
        }
        return text
    }
}

extension ItemAnalysis {
    /// TAP consumers skip comment lines, so the analysis rides along as `#` lines.
    var tapComments: String {
        var lines = ["# item analysis: " + testSummary]
        for item in itemsFlaggedFirst {
            lines.append("# " + item.id + ": " + item.summary + (item.flags.isEmpty ? "" : " · " + item.flags.map(\.advice).joined(separator: "; ")))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The test figures in one line.
    public var testSummary: String {
        let test = test
        var parts = ["\(test.attempts) attempts", "mean \(Self.percent(test.mean))", "median \(Self.percent(test.median))",
                     "sd \(Self.percent(test.sd))", "skewness \(Self.figure(test.skewness, digits: 2))",
                     "kurtosis \(Self.figure(test.kurtosis, digits: 2))", "alpha \(Self.figure(test.alpha, digits: 2))",
                     "error ratio \(Self.percent(test.errorRatio))", "standard error \(Self.percent(test.standardError))"]
        if test.isAlphaLow { parts.append("LOW ALPHA: the items do not measure one thing consistently") }
        return parts.joined(separator: ", ")
    }

    /// Flagged items first (worst flag first), otherwise in the bank's order.
    public var itemsFlaggedFirst: [ItemStatistics] {
        items.enumerated().sorted { a, b in
            switch (a.element.flags.min(), b.element.flags.min()) {
            case (let x?, let y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: a.offset < b.offset
            }
        }.map(\.element)
    }

    /// A percentage for people: "45.0 %", or "–" where undefined.
    public static func percent(_ value: Double?, digits: Int = 1) -> String {
        guard let value, value.isFinite else { return "–" }
        return figure(value, digits: digits) + " %"
    }

    /// Figures for people: fixed decimals, "–" where undefined.
    public static func figure(_ value: Double?, digits: Int = 1) -> String {
        guard let value, value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if digits == 0 { return String(Int(rounded)) }
        var text = String(rounded == 0 ? 0 : rounded)  // no "-0.0"
        if digits > 0 {
            let decimals = text.split(separator: ".").dropFirst().first?.count ?? 0
            if !text.contains(".") { text += "." }
            text += String(repeating: "0", count: max(0, digits - decimals))
        }
        return text
    }
}

extension ItemAnalysis.ItemStatistics {
    /// "facility 45.0 %, sd 50.1 %, discrimination -32.0 %, efficiency -40.2 %".
    public var summary: String {
        "facility \(ItemAnalysis.percent(facility)), sd \(ItemAnalysis.percent(sd)), discrimination \(ItemAnalysis.percent(discrimination)), "
            + "efficiency \(ItemAnalysis.percent(discriminativeEfficiency))"
    }
}
