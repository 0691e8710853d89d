/// `grade --report report.html`: the item analysis as one self-contained page an
/// instructor can open on a phone, mail, or print: inline CSS and SVG only, no script,
/// no font or image from anywhere else.
public struct ItemAnalysisPage: Sendable {
    public var analysis: ItemAnalysis
    public var title: String

    public init(analysis: ItemAnalysis, title: String) {
        self.analysis = analysis
        self.title = title
    }

    public var html: String {
        let test = analysis.test
        let flagged = analysis.itemsFlaggedFirst.filter { !$0.flags.isEmpty }
        var body: [String] = []
        body.append("<header><h1>Item analysis</h1><p class=\"sub\">\(Self.escaped(title.isEmpty ? "Untitled bank" : title)) · "
            + "\(test.attempts) attempt\(test.attempts == 1 ? "" : "s") · \(analysis.items.count) item\(analysis.items.count == 1 ? "" : "s") · "
            + "\(flagged.count) flagged</p></header>")
        body.append(figuresSection)
        body.append("<section><h2>Score distribution</h2>" + SVGCharts.distribution(analysis) + "</section>")
        body.append("<section><h2>Facility and discrimination</h2>" + SVGCharts.scatter(analysis) + unplottedNote + "</section>")
        if !flagged.isEmpty {
            body.append("<section><h2>Flagged items</h2>" + flagged.map(flaggedArticle).joined() + "</section>")
        }
        body.append(itemTable)
        body.append(Self.glossary)
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Item analysis: \(Self.escaped(title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    // MARK: - Sections

    private var figuresSection: String {
        let test = analysis.test
        let figures: [(String, String, Bool)] = [
            ("Mean", ItemAnalysis.percent(test.mean), false), ("Median", ItemAnalysis.percent(test.median), false),
            ("Standard deviation", ItemAnalysis.percent(test.sd), false),
            ("Skewness", ItemAnalysis.figure(test.skewness, digits: 2), false), ("Kurtosis", ItemAnalysis.figure(test.kurtosis, digits: 2), false),
            ("Cronbach’s alpha", ItemAnalysis.figure(test.alpha, digits: 2), test.isAlphaLow),
            ("Error ratio", ItemAnalysis.percent(test.errorRatio), false),
            ("Standard error", ItemAnalysis.percent(test.standardError), false),
        ]
        var html = "<section class=\"figures\"><h2>The test</h2><dl>"
        for (name, value, low) in figures {
            html += "<div\(low ? " class=\"low\"" : "")><dt>\(Self.escaped(name))</dt><dd>\(value)</dd></div>"
        }
        html += "</dl>"
        if test.isAlphaLow {
            html += "<p class=\"warning\">Alpha is below 0.64: as a whole the test does not measure one thing consistently. Start with the flagged items.</p>"
        }
        return html + "</section>"
    }

    private var unplottedNote: String {
        let unplotted = analysis.items.filter { $0.facility == nil || $0.discrimination == nil }
        guard !unplotted.isEmpty else { return "" }
        return "<p class=\"note\">Not plotted (discrimination undefined: every student scored the same): "
            + unplotted.map { "<code>\(Self.escaped($0.id))</code>" }.joined(separator: ", ") + ".</p>"
    }

    private func flaggedArticle(_ item: ItemAnalysis.ItemStatistics) -> String {
        var html = "<article class=\"flagged\"><h3><code>\(Self.escaped(item.id))</code></h3>"
        html += "<p class=\"prompt\">\(Self.escaped(item.prompt))</p>"
        html += "<ul class=\"flags\">" + item.flags.map { "<li>\(Self.escaped($0.advice))</li>" }.joined() + "</ul>"
        html += "<p class=\"numbers\">Facility \(ItemAnalysis.percent(item.facility)) · discrimination \(ItemAnalysis.percent(item.discrimination)) · "
            + "efficiency \(ItemAnalysis.percent(item.discriminativeEfficiency)) · answered by \(item.answered)</p>"
        if !item.options.isEmpty { html += SVGCharts.options(item) }
        return html + "</article>"
    }

    private var itemTable: String {
        var html = "<section><h2>All items, flagged first</h2><div class=\"scroll\"><table><thead><tr><th>Item</th><th>Facility</th><th>SD</th>"
            + "<th>Discrim&shy;ination</th><th>Efficiency</th><th>Flags</th></tr></thead><tbody>"
        for item in analysis.itemsFlaggedFirst {
            html += "<tr\(item.flags.isEmpty ? "" : " class=\"flag\"")><td><code>\(Self.escaped(item.id))</code></td>"
                + "<td data-label=\"Facility\">\(ItemAnalysis.figure(item.facility))</td><td data-label=\"SD\">\(ItemAnalysis.figure(item.sd))</td>"
                + "<td data-label=\"Discrimination\">\(ItemAnalysis.figure(item.discrimination))</td>"
                + "<td data-label=\"Efficiency\">\(ItemAnalysis.figure(item.discriminativeEfficiency))</td>"
                + "<td>\(Self.escaped(item.flags.map(\.advice).joined(separator: "; ")))</td></tr>"
        }
        return html + "</tbody></table></div></section>"
    }

    private static let glossary = """
        <section class="glossary"><h2>How to read it</h2><dl>
        <dt>Facility</dt><dd>Mean score on the item as a percent of its marks. Below 20 % or above 95 % tells the class little.</dd>
        <dt>Discrimination</dt><dd>Correlation (×100) between the item and the rest of the test. Negative: the students who did best elsewhere got it wrong — check the key. Below 15: the item barely separates stronger from weaker students.</dd>
        <dt>Efficiency</dt><dd>The discrimination as a percent of the most an item of this facility could reach in this class.</dd>
        <dt>Cronbach’s alpha</dt><dd>How consistently the items measure one thing; above 0.75 is satisfactory, below 0.64 the test needs work. Error ratio and standard error say how much of the spread of scores is noise.</dd>
        </dl></section>
        """

    private static let style = """
        :root{color-scheme:light;--ink:#1d2430;--muted:#5b6573;--line:#d5dae1;--key:#2e7d32;--option:#6b88a8;--flag:#c62828;--dot:#1f5fa8;--bar:#4f7cac}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
        main{max-width:960px;margin:0 auto;padding:16px}
        h1{margin:.2em 0 0;font-size:1.7em}h2{font-size:1.25em;margin:1.6em 0 .5em;border-bottom:1px solid var(--line);padding-bottom:.2em}
        h3{margin:0 0 .3em;font-size:1.05em}
        .sub,.note,.numbers{color:var(--muted)}
        .figures dl{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:8px;margin:0}
        .figures dl div{border:1px solid var(--line);border-radius:6px;padding:8px 10px}
        .figures dt{font-size:.8em;color:var(--muted)}.figures dd{margin:0;font-size:1.35em;font-variant-numeric:tabular-nums}
        .figures .low{border-color:var(--flag)}.figures .low dd{color:var(--flag)}
        .warning{color:var(--flag);font-weight:600}
        svg{display:block;width:100%;height:auto;max-width:680px}svg.options{max-width:520px}
        svg text{font-family:inherit;fill:var(--ink)}
        .axis{stroke:#8a94a3;stroke-width:1}.grid{stroke:#e6e9ee;stroke-width:1}.guide{stroke:#b0b8c4;stroke-dasharray:4 4}
        .bar{fill:var(--bar)}.dot{fill:var(--dot);fill-opacity:.75}.dot.flag{fill:var(--flag);fill-opacity:1}
        .opt{fill:var(--option)}.opt.key{fill:var(--key)}
        .label{font-size:15px}#scatter .label{paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}.small{font-size:14px;fill:var(--muted)}
        article.flagged{border:1px solid var(--line);border-left:4px solid var(--flag);border-radius:6px;padding:10px 12px;margin:10px 0;break-inside:avoid}
        .flags{margin:.2em 0;padding-left:1.2em;color:var(--flag)}.prompt{margin:.2em 0}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums;font-size:.92em}
        th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
        td:nth-child(n+2):nth-child(-n+5),th:nth-child(n+2):nth-child(-n+5){text-align:right}
        tr.flag td:first-child{border-left:3px solid var(--flag)}
        .glossary dt{font-weight:600}.glossary dd{margin:0 0 .6em}
        code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.92em;overflow-wrap:anywhere}
        @media (max-width:560px){body{font-size:15px}main{padding:10px}
        thead{display:none}table,tbody{display:block}tr{display:grid;grid-template-columns:repeat(4,1fr);border-bottom:1px solid var(--line);padding:6px 0}
        td{border:0;padding:1px 4px;text-align:left!important}td:first-child,td:last-child{grid-column:1/-1}
        td[data-label]::before{content:attr(data-label);display:block;font-size:.75em;color:var(--muted)}tr.flag td:first-child{border-left:0}tr.flag{border-left:3px solid var(--flag);padding-left:4px}}
        @media print{body{font-size:11pt}main{max-width:none;padding:0}h2{break-after:avoid}section{break-inside:avoid-page}.scroll{overflow:visible}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
        """

    /// Text and attribute values for HTML and SVG.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
