import ArgumentParser
import Foundation
import Study

extension FactDrill {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats",
            abstract: "Show progress: reviews, retention, streak, cards by state, due forecast.")

        @Argument(help: ArgumentHelp(
            "Banks whose never-reviewed items count as new. Default: the bundled QuestionBanks/.",
            valueName: "bank"))
        var banks: [String] = []

        @Flag(help: "Print JSON for scripts instead of text.")
        var json = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let now = try global.currentDate()
            let directory = try global.dataDirectory()
            let records = try ProgressStore.records(in: directory)
            let personal = try PersonalParameters.load(from: directory)
            // Named banks must be read; the bundled ones only when they are there.
            let itemIDs = banks.isEmpty ? try? BankLoading.items(from: []).map(\.id.rawValue) : try BankLoading.items(from: banks).map(\.id.rawValue)
            let stats = ProgressStats.compute(
                records: records, scheduler: Scheduler(parameters: personal?.parameters ?? Scheduler.defaultParameters),
                itemIDs: itemIDs, now: now, calendar: .current)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
                let output = StatsJSON(stats: stats, parameters: personal == nil ? "default" : "personal")
                print(String(decoding: try encoder.encode(output), as: UTF8.self))
            } else {
                let style = Style(enabled: Terminal.current().usesColour)
                print(StatsText.render(stats, now: now, style: style))
                if let personal { print(style.bold("Schedule") + "  " + ParametersNotice.text(personal)) }
            }
        }
    }
}

/// `stats --json`: the figures plus which FSRS parameters scheduled them ("default", or
/// "personal" after `schedule optimize --save`), in the one object scripts already read.
struct StatsJSON: Encodable {
    var stats: ProgressStats
    var parameters: String

    private enum CodingKeys: String, CodingKey { case parameters }

    func encode(to encoder: any Encoder) throws {
        try stats.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(parameters, forKey: .parameters)
    }
}

/// The human form of `stats`: a few lines and a small histogram of the next 14 days.
enum StatsText {
    static func render(_ stats: ProgressStats, now: Date, style: Style) -> String {
        var lines: [String] = []
        // Retention counts reviews of mature cards only: say so when there are none yet.
        let retention = stats.retention.map { "\(Int(($0 * 100).rounded()))% of reviews recalled" } ?? "none yet (no reviews of mature cards)"
        lines.append(style.bold("Reviews") + "   \(stats.reviewsToday) today, \(stats.reviewsTotal) in all")
        lines.append(style.bold("Retention") + " \(retention)")
        lines.append(style.bold("Streak") + "    \(stats.streakDays) day\(stats.streakDays == 1 ? "" : "s")")
        let order = ["new", "learning", "review", "relearning"]
        let states = order.compactMap { key in stats.cardsByState[key].map { "\($0) \(key)" } }
        lines.append(style.bold("Cards") + "     " + states.joined(separator: ", "))
        if !stats.leeches.isEmpty {
            lines.append(style.bold("Leeches") + "   \(stats.leeches.joined(separator: ", ")) (failed \(ProgressStats.leechThreshold)+ times)")
        }
        lines.append("")
        lines.append(style.bold("Due in the next 14 days"))
        let peak = max(1, stats.dueForecast.max() ?? 1)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.dateFormat = "EEE d MMM"
        for (offset, count) in stats.dueForecast.enumerated() {
            let day = Calendar.current.date(byAdding: .day, value: offset, to: now)!
            let label = offset == 0 ? "today     " : formatter.string(from: day).padding(toLength: 10, withPad: " ", startingAt: 0)
            let bar = String(repeating: "█", count: count == 0 ? 0 : max(1, count * 30 / peak))
            lines.append("  \(label) \(String(count).leftPadded(to: 4)) \(style.cyan(bar))")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
