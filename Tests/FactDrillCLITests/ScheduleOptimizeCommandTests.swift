import Foundation
import Testing

/// `schedule optimize` and `evaluate` end to end: fitting, refusing, saving, using and
/// resetting personal parameters, with the review log left byte for byte as it was.
@Suite struct ScheduleOptimizeCommandTests {
    /// A deterministic history of 200 cards x 6 reviews on later days (1,000 counted
    /// reviews) from a learner who forgets faster than the defaults assume.
    static func reviews() -> [(card: String, rating: Int, time: String)] {
        var state: UInt64 = 42
        func random() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        var gaps = SeededDays()
        var events: [(card: String, rating: Int, time: String, seconds: Double)] = []
        let start = 1_735_722_000.0  // 2025-01-01T09:00:00Z
        for card in 0..<200 {
            var t = start + Double(card % 50) * 86_400
            var stability = 1.0
            for review in 0..<6 {
                let rating: Int
                if review == 0 {
                    rating = 3
                } else {
                    let days = (Double(Int.random(in: 1...9, using: &gaps)) * stability).rounded(.up)
                    t += days * 86_400
                    let recalled = random() < pow(1 + days / (9 * stability), -1)
                    rating = recalled ? 3 : 1
                    stability = recalled ? stability * 2.2 : max(stability * 0.4, 0.5)
                }
                events.append(("c\(card)", rating, Self.iso(t), t))
            }
        }
        return events.sorted { $0.seconds < $1.seconds }.map { ($0.card, $0.rating, $0.time) }
    }

    /// Fixed "random" days so the history is the same on every run.
    struct SeededDays: RandomNumberGenerator {
        var state: UInt64 = 7
        mutating func next() -> UInt64 {
            state = state &* 2_862_933_555_777_941_757 &+ 3_037_000_493
            return state
        }
    }

    static func iso(_ seconds: Double) -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }

    static let events = reviews()

    static var replayLog: String {
        "[" + events.map { #"{"card":"\#($0.card)","rating":\#($0.rating),"time":"\#($0.time)"}"# }.joined(separator: ",\n") + "]"
    }

    static var progressLog: String {
        events.enumerated().map { index, event in
            #"{"v":1,"id":"\#(String(format: "%016x", index))","item":"\#(event.card)","rating":\#(event.rating),"time":"\#(event.time)"}"#
        }.joined(separator: "\n") + "\n"
    }

    func temporaryHome() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("optimize-\(UUID())")
    }

    @Test func refusesTooLittleHistorySayingHowManyReviewsAreNeeded() throws {
        let home = temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try CommandRunner.run(["schedule", "optimize"], dataHome: home)
        #expect(result.status == 2)
        #expect(result.stderr == "factdrill: not enough history to fit parameters: 0 reviews after a card's first (on a later day), 400 needed; keep studying with the defaults\n")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("factdrill/parameters.json").path))
    }

    @Test func fitsALogGivenAsAFileAndPrintsJSON() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("optimize-log-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.replayLog.write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["schedule", "optimize", "--log", file.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["parameters"] as? [Double])?.count == 21)
        #expect(object["reviews"] as? Int == 1_000)
        let loss = try #require(object["log_loss"] as? [String: Double])
        let rmse = try #require(object["rmse_bins"] as? [String: Double])
        #expect(loss["fitted"]! < loss["default"]!)
        #expect(rmse["fitted"]! < rmse["default"]!)
        // Deterministic: the same log gives the same output.
        let again = try CommandRunner.run(["schedule", "optimize", "--log", file.path, "--json"])
        #expect(again.stdout == result.stdout)
    }

    @Test func savedParametersAreUsedByQuizStatsAndEvaluateUntilReset() throws {
        let home = temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let progress = home.appendingPathComponent("factdrill")
        try FileManager.default.createDirectory(at: progress, withIntermediateDirectories: true)
        let logURL = progress.appendingPathComponent("reviews.jsonl")
        try Self.progressLog.write(to: logURL, atomically: true, encoding: .utf8)
        let logBefore = try Data(contentsOf: logURL)
        let now = ["--now", "2026-06-01T09:00:00Z"]

        let before = try CommandRunner.run(["schedule", "evaluate", "--json"], dataHome: home)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.contains(#""parameters": "default""#))

        let optimize = try CommandRunner.run(["schedule", "optimize", "--save"] + now, dataHome: home)
        #expect(optimize.status == 0, "\(optimize.stderr)")
        #expect(optimize.stdout.contains("Fitted FSRS-6 parameters to 1000 reviews (1200 in all, 200 cards)."))
        #expect(optimize.stdout.contains("Saved to \(progress.appendingPathComponent("parameters.json").path)"))
        #expect(FileManager.default.fileExists(atPath: progress.appendingPathComponent("parameters.json").path))

        let after = try CommandRunner.run(["schedule", "evaluate", "--json"], dataHome: home)
        #expect(after.stdout.contains(#""parameters": "personal""#))
        let lossBefore = try #require(try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])["log_loss"] as? Double
        let lossAfter = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])["log_loss"] as? Double
        #expect(try #require(lossAfter) < (try #require(lossBefore)))

        let notice = "your own FSRS parameters (fitted on 1000 reviews, 2026-06-01)"
        let stats = try CommandRunner.run(["stats"] + now, dataHome: home)
        #expect(stats.stdout.contains("Schedule  " + notice))
        let statsJSON = try CommandRunner.run(["stats", "--json"] + now, dataHome: home)
        #expect(statsJSON.stdout.contains(#""parameters" : "personal""#))
        let quiz = try CommandRunner.run(["quiz", "--script", "--limit", "1"] + now, stdin: "x\n", dataHome: home)
        #expect(quiz.status == 0, "\(quiz.stderr)")
        #expect(quiz.stderr == "Scheduling with \(notice).\n")
        // The card states were recomputed with the new parameters: the folder is consistent.
        let check = try CommandRunner.run(["progress", "check"], dataHome: home)
        #expect(check.status == 0, "\(check.stdout)")

        let reset = try CommandRunner.run(["schedule", "optimize", "--reset"], dataHome: home)
        #expect(reset.stdout == "Removed your own FSRS parameters: quiz and stats schedule with the defaults again.\n")
        #expect(!FileManager.default.fileExists(atPath: progress.appendingPathComponent("parameters.json").path))
        #expect(try CommandRunner.run(["schedule", "evaluate", "--json"], dataHome: home).stdout.contains(#""parameters": "default""#))
        #expect(!(try CommandRunner.run(["stats"] + now, dataHome: home)).stdout.contains("your own FSRS parameters"))
        #expect(try CommandRunner.run(["stats", "--json"] + now, dataHome: home).stdout.contains(#""parameters" : "default""#))
        #expect(try CommandRunner.run(["progress", "check"], dataHome: home).status == 0)
        let again = try CommandRunner.run(["schedule", "optimize", "--reset"], dataHome: home)
        #expect(again.stdout == "No saved parameters: the FSRS defaults are in use already.\n")

        // The learner's history itself: only the quiz's one answer was appended.
        let logAfter = try Data(contentsOf: logURL)
        #expect(logAfter.prefix(logBefore.count) == logBefore)
        #expect(String(decoding: logAfter.dropFirst(logBefore.count), as: UTF8.self).split(separator: "\n").count == 1)
    }

    @Test func resetTakesNoOtherOption() throws {
        let result = try CommandRunner.run(["schedule", "optimize", "--reset", "--save"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("factdrill: --reset takes no other option"))
    }

    @Test func aDamagedParametersFileIsOneLineAndExit2() throws {
        let home = temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let progress = home.appendingPathComponent("factdrill")
        try FileManager.default.createDirectory(at: progress, withIntermediateDirectories: true)
        try Data("{oops".utf8).write(to: progress.appendingPathComponent("parameters.json"))
        let result = try CommandRunner.run(["stats"], dataHome: home)
        #expect(result.status == 2)
        #expect(result.stderr == "factdrill: \(progress.path)/parameters.json:1: not a parameters file; 'factdrill schedule optimize --reset' removes it; nothing was changed (see 'factdrill progress check')\n")
        #expect(try CommandRunner.run(["schedule", "optimize", "--reset"], dataHome: home).status == 0)
    }
}
