/// The report's charts as inline SVG: a `viewBox` and no fixed size, so they scale to a
/// phone's width and print sharp. Colours come from the page's CSS classes.
enum SVGCharts {
    /// Students per tenth of the marks (the last bin holds 100 %), with the mean marked.
    static func distribution(_ analysis: ItemAnalysis) -> String {
        let width = 480.0, height = 264.0, left = 34.0, right = 18.0, top = 36.0, bottom = 44.0
        var counts = Array(repeating: 0, count: 10)
        for percent in analysis.percents { counts[min(9, max(0, Int((percent / 10).rounded(.down))))] += 1 }
        let highest = Double(max(1, counts.max() ?? 1))
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func y(_ count: Double) -> Double { top + plotHeight * (1 - count / highest) }
        var svg = open(id: "distribution", width: width, height: height,
                       label: "Score distribution: number of students per tenth of the marks")
        for tick in Set([0, Int(highest / 2), Int(highest)]).sorted() {
            svg += line(left, y(Double(tick)), width - right, y(Double(tick)), class: "grid")
            svg += text(left - 6, y(Double(tick)) + 4, String(tick), class: "label", anchor: "end")
        }
        let barWidth = plotWidth / 10
        for (bin, count) in counts.enumerated() {
            let x = left + Double(bin) * barWidth
            if count > 0 {
                svg += "<rect class=\"bar\" data-count=\"\(count)\" x=\"\(n(x + 2))\" y=\"\(n(y(Double(count))))\" width=\"\(n(barWidth - 4))\" "
                    + "height=\"\(n(top + plotHeight - y(Double(count))))\"><title>\(bin * 10)–\(bin * 10 + 10) %: \(count) student\(count == 1 ? "" : "s")</title></rect>"
                svg += text(x + barWidth / 2, y(Double(count)) - 4, String(count), class: "small", anchor: "middle")
            }
        }
        for tick in stride(from: 0, through: 100, by: 10) {
            svg += text(left + Double(tick) / 100 * plotWidth, height - bottom + 18, String(tick), class: "label", anchor: "middle")
        }
        svg += text(left + plotWidth / 2, height - 4, "score (% of the marks)", class: "small", anchor: "middle")
        svg += line(left, top + plotHeight, width - right, top + plotHeight, class: "axis")
        if let mean = analysis.test.mean {
            let x = left + mean / 100 * plotWidth
            svg += line(x, top - 34, x, top + plotHeight, class: "guide")
            svg += text(x + 4, top - 22, "mean \(ItemAnalysis.percent(mean))", class: "small", anchor: "start")
        }
        return svg + "</svg>"
    }

    /// One dot per item: facility across, discrimination up. Flagged items are red and
    /// named; the dashed lines mark the thresholds that flag them.
    static func scatter(_ analysis: ItemAnalysis) -> String {
        let width = 480.0, height = 400.0, left = 46.0, right = 18.0, top = 12.0, bottom = 48.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ facility: Double) -> Double { left + facility / 100 * plotWidth }
        func y(_ discrimination: Double) -> Double { top + plotHeight * (1 - (discrimination + 100) / 200) }
        var svg = open(id: "scatter", width: width, height: height,
                       label: "Facility against discrimination, one point per item; flagged items are labelled")
        for tick in stride(from: -100, through: 100, by: 50) {
            svg += line(left, y(Double(tick)), width - right, y(Double(tick)), class: tick == 0 ? "axis" : "grid")
            svg += text(left - 6, y(Double(tick)) + 4, String(tick), class: "label", anchor: "end")
        }
        for tick in stride(from: 0, through: 100, by: 20) {
            svg += line(x(Double(tick)), top, x(Double(tick)), top + plotHeight, class: "grid")
            svg += text(x(Double(tick)), height - bottom + 18, String(tick), class: "label", anchor: "middle")
        }
        svg += line(left, y(ItemAnalysis.weakDiscrimination), width - right, y(ItemAnalysis.weakDiscrimination), class: "guide")
        svg += line(x(ItemAnalysis.tooHard), top, x(ItemAnalysis.tooHard), top + plotHeight, class: "guide")
        svg += line(x(ItemAnalysis.tooEasy), top, x(ItemAnalysis.tooEasy), top + plotHeight, class: "guide")
        svg += text(left + plotWidth / 2, height - 6, "facility (%)", class: "small", anchor: "middle")
        svg += "<text class=\"small\" transform=\"translate(13 \(n(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\">discrimination</text>"
        let plotted = analysis.items.filter { $0.facility != nil && $0.discrimination != nil }
        // Unflagged dots first, so a flagged one is never hidden under them.
        for item in plotted.sorted(by: { $0.flags.isEmpty && !$1.flags.isEmpty }) {
            let px = x(item.facility!), py = y(item.discrimination!)
            let flagged = !item.flags.isEmpty
            svg += "<circle class=\"dot\(flagged ? " flag" : "")\" data-id=\"\(ItemAnalysisPage.escaped(item.id))\" cx=\"\(n(px))\" cy=\"\(n(py))\" r=\"\(flagged ? 6 : 5)\">"
                + "<title>\(ItemAnalysisPage.escaped(item.id)): \(item.summary)</title></circle>"
        }
        for item in plotted where !item.flags.isEmpty {
            let px = x(item.facility!), py = y(item.discrimination!)
            let onRight = px < left + plotWidth * 0.6
            svg += text(px + (onRight ? 9 : -9), py + 4, shortened(item.id, to: 22), class: "label", anchor: onRight ? "start" : "end")
        }
        return svg + "</svg>"
    }

    /// How the class answered one item: a bar per option (the key in green) with its
    /// share, and the mean test score of those who chose it.
    static func options(_ item: ItemAnalysis.ItemStatistics) -> String {
        let width = 480.0, rowHeight = 46.0, barLeft = 2.0, barMax = 250.0
        let height = Double(item.options.count) * rowHeight + 8
        var svg = open(id: nil, width: width, height: height, label: "Answers to \(item.id) by option", class: "options")
        for (index, option) in item.options.enumerated() {
            let top = Double(index) * rowHeight + 4
            let key = option.isKey ? " (key)" : ""
            let caption = option.choice.map { option.label == $0 ? $0 + key : option.label + key + ": " + shortened($0, to: 44) }
                ?? "No answer, or none of the options"
            svg += text(barLeft, top + 14, caption, class: "label", anchor: "start")
            let share = option.share ?? 0
            let barWidth = max(share / 100 * barMax, 1)
            svg += "<rect class=\"opt\(option.isKey ? " key" : "")\" x=\"\(n(barLeft))\" y=\"\(n(top + 21))\" width=\"\(n(barWidth))\" height=\"16\"></rect>"
            let mean = option.meanScore.map { " · mean score \(ItemAnalysis.percent($0, digits: 0))" } ?? ""
            svg += text(barLeft + barWidth + 6, top + 34, "\(ItemAnalysis.percent(share, digits: 0)) (\(option.count))" + mean, class: "small", anchor: "start")
        }
        return svg + "</svg>"
    }

    // MARK: - Pieces

    private static func open(id: String?, width: Double, height: Double, label: String, class name: String = "chart") -> String {
        "<svg class=\"\(name)\"\(id.map { " id=\"\($0)\"" } ?? "") viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" "
            + "aria-label=\"\(ItemAnalysisPage.escaped(label))\" xmlns=\"http://www.w3.org/2000/svg\">"
    }

    private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, class name: String) -> String {
        "<line class=\"\(name)\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\"/>"
    }

    private static func text(_ x: Double, _ y: Double, _ content: String, class name: String, anchor: String) -> String {
        "<text class=\"\(name)\" x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\">\(ItemAnalysisPage.escaped(content))</text>"
    }

    private static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// Coordinates to a tenth of a unit: short, and never "nan".
    private static func n(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
