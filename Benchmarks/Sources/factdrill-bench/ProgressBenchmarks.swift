import Foundation
import QuizBank
import Study

/// Progress store and scheduler costs at the sizes of years of study:
/// 20,000 cards, 200,000 reviews; one review's durable append; a million-event replay.
enum ProgressBenchmarks {
    static let cardCount = 20_000
    static let reviewCount = 200_000

    /// Builds a progress folder with a long history through the real store, then a snapshot.
    static func makeHistory(in directory: URL) throws -> ProgressStore {
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var generator = SplitMix64(seed: 42)
        let scheduler = Scheduler(enableFuzzing: false)
        var cards: [String: CardState] = [:]
        var lines = Data()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var time = Date(timeIntervalSince1970: 1_600_000_000)
        for index in 0..<reviewCount {
            let item = "item-\(Int(generator.next() % UInt64(cardCount)))"
            let rating = Rating(rawValue: Int(generator.next() % 4) + 1)!
            time = time.addingTimeInterval(Double(generator.next() % 600))
            let state = scheduler.review(cards[item] ?? .new(at: time), rating: rating, at: time)
            let record = ReviewRecord(id: String(index, radix: 16), item: item, rating: rating, time: time,
                                      due: state.due, verdict: "exact", milliseconds: 2000, first: cards[item] == nil ? true : nil)
            cards[item] = state
            lines.append(try encoder.encode(record))
            lines.append(10)
        }
        try lines.write(to: directory.appendingPathComponent("reviews.jsonl"))
        let store = try ProgressStore(directory: directory, scheduler: scheduler)
        try store.saveSnapshot()
        return store
    }

    static func run(workDirectory: URL) throws {
        let directory = workDirectory.appendingPathComponent("progress")
        print("progress: building \(reviewCount) reviews over \(cardCount) cards…")
        _ = try makeHistory(in: directory)
        let logSize = (try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("reviews.jsonl").path)[.size] as? Int) ?? 0
        print("  review log \(logSize / 1_000_000) MB")

        let load = try Measure.runs(7) { _ = try ProgressStore(directory: directory, scheduler: Scheduler()) }
        print("  load with snapshot      median \(Measure.ms(load.median)), worst \(Measure.ms(load.worst))")

        try FileManager.default.removeItem(at: directory.appendingPathComponent("cards.tsv"))
        let rebuild = try Measure.runs(3) { _ = try ProgressStore(directory: directory, scheduler: Scheduler()) }
        print("  load, rebuilding from the whole log  median \(Measure.ms(rebuild.median)), worst \(Measure.ms(rebuild.worst))")

        let store = try ProgressStore(directory: directory, scheduler: Scheduler())
        try store.saveSnapshot()
        let today = try Measure.runs(7) { _ = try store.activity(since: Date(timeIntervalSince1970: 1_700_000_000)) }
        print("  today's counts from the log tail  median \(Measure.ms(today.median))")

        var random = SystemRandomNumberGenerator()
        var appendTimes: [Double] = []
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        for index in 0..<500 {
            appendTimes.append(try Measure.seconds {
                try store.record(item: "item-\(index)", rating: .good, at: now.addingTimeInterval(Double(index)), using: &random)
            })
        }
        print("  review append + fsync   p50 \(Measure.ms(Measure.percentile(appendTimes, 0.5))), p99 \(Measure.ms(Measure.percentile(appendTimes, 0.99))), worst \(Measure.ms(appendTimes.max()!))")

        let records = try store.allRecords()
        let stats = Measure.seconds {
            _ = ProgressStats.compute(records: records, scheduler: Scheduler(), itemIDs: nil, now: now, calendar: .current)
        }
        print("  stats over the whole log \(Measure.ms(stats)) (after reading it)")
        try quizStart(progress: directory)
        print("  peak RSS so far \(String(format: "%.0f", Measure.peakRSSMegabytes())) MB")
    }

    /// Exec to exit of `factdrill quiz` with no input: start-up (banks, progress, queue),
    /// the first prompt, and the snapshot written at the end.
    static func quizStart(progress: URL) throws {
        guard let factdrill = ChildProcess.factdrill else {
            print("  quiz start: skipped (build factdrill in release first: swift build -c release)")
            return
        }
        // A 20,000-item bank whose ids are the history's cards: every card state matches an item.
        let bankPath = progress.deletingLastPathComponent().appendingPathComponent("bank-20000.json").path
        let items = (0..<cardCount).map { index in
            Item(id: Item.ID("item-\(index)"), kind: .figure,
                 prompt: "Fill in the figure: “At least ____ troops crossed the border near the town of Example \(index) on Thursday, officials said.” — Example News",
                 answer: .text("\(index + 1000)"), accept: ["\(index + 1000)"],
                 explanation: "The figure is \(index + 1000), according to officials.",
                 evidence: Evidence(source: "Example News", sentence: "At least \(index + 1000) troops crossed the border near the town of Example \(index) on Thursday, officials said."),
                 tags: ["figure", "Example News"])
        }
        try BankWriter.write(Bank(title: "20,000 items", items: items), to: bankPath)
        for (label, arguments) in [("bundled banks", [String]()), ("20,000-item bank", [bankPath])] {
            var runs = (0..<9).map { _ in
                ChildProcess.run(factdrill, ["quiz", "--progress", progress.path, "--now", "2030-01-01T09:00:00Z"] + arguments)
            }
            runs.sort { $0.seconds < $1.seconds }
            print("  quiz exec → first prompt → exit (\(label))  median \(Measure.ms(runs[4].seconds)), worst \(Measure.ms(runs[8].seconds)), peak RSS \(String(format: "%.0f", runs[4].peakRSSMegabytes)) MB")
        }
    }

    static func replay() throws {
        var generator = SplitMix64(seed: 7)
        var events: [ReplayEvent] = []
        events.reserveCapacity(1_000_000)
        var time = Date(timeIntervalSince1970: 1_600_000_000)
        for _ in 0..<1_000_000 {
            time = time.addingTimeInterval(Double(generator.next() % 3600))
            events.append(ReplayEvent(card: "c\(generator.next() % 50_000)", rating: Rating(rawValue: Int(generator.next() % 4) + 1)!, time: time))
        }
        var lines = 0
        // Formatted as the command does: appended to a byte buffer, emptied every 64 KB.
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 17)
        let seconds = Measure.seconds {
            ScheduleReplay.replay(events, scheduler: Scheduler(enableFuzzing: false)) { step in
                ScheduleReplay.appendJSONLine(step, to: &buffer)
                lines += 1
                if buffer.count >= 1 << 16 { buffer.removeAll(keepingCapacity: true) }
            }
        }
        print("schedule replay: 1,000,000 events scheduled and formatted in \(Measure.ms(seconds)) (\(lines) lines; parsing the input is measured by the CLI run)")
        try replayCommand(events)
    }

    /// `factdrill schedule replay FILE > /dev/null` over the same million events as JSON lines.
    static func replayCommand(_ events: [ReplayEvent]) throws {
        guard let factdrill = ChildProcess.factdrill else { return }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("factdrill-bench/replay-1M.jsonl")
        if !FileManager.default.fileExists(atPath: path.path) {
            var text: [UInt8] = []
            for event in events {
                text.append(contentsOf: "{\"card\": \"\(event.card)\", \"rating\": \(event.rating.rawValue), \"time\": \"\(Timestamp.string(from: event.time))\"}\n".utf8)
            }
            try Data(text).write(to: path)
        }
        var runs = (0..<5).map { _ in ChildProcess.run(factdrill, ["schedule", "replay", path.path]) }
        runs.sort { $0.seconds < $1.seconds }
        print("factdrill schedule replay (CLI, 1,000,000 JSON lines, 5 runs): median \(Measure.ms(runs[2].seconds)), best \(Measure.ms(runs[0].seconds)), worst \(Measure.ms(runs[4].seconds)), peak RSS \(String(format: "%.0f", runs[2].peakRSSMegabytes)) MB")
    }
}
