import Foundation

/// `progress check` and `progress repair`: say what is wrong with a progress folder in
/// words a learner can act on, and fix what can be fixed without losing a review.
public enum ProgressMaintenance {
    public struct Report: Sendable, Equatable {
        public var directory: String
        public var reviews = 0
        public var cards = 0
        /// One line per problem, each naming the file (and line) it is about.
        public var problems: [String] = []
        /// What repair did, one line each.
        public var actions: [String] = []

        public var isHealthy: Bool { problems.isEmpty }
    }

    public static func check(directory: URL, scheduler: Scheduler) throws -> Report {
        let log = ReviewLog(directory: directory)
        let scan = try log.scan()
        var report = Report(directory: directory.path)
        let undone = Set(scan.records.compactMap(\.undoes))
        report.reviews = scan.records.filter { $0.isScheduledReview && !undone.contains($0.id) }.count
        if let version = scan.newerVersion {
            throw StudyError.newerProgressFormat(path: log.url.path, version: version)
        }
        for (line, text) in scan.damaged {
            report.problems.append("\(log.url.path):\(line): damaged line, not a review record: \(preview(text))")
        }
        if !scan.tornTail.isEmpty {
            report.problems.append("\(log.url.path): ends in an interrupted write (\(scan.tornTail.count) bytes, never acknowledged); repair sets it aside")
        }
        let rebuilt = ProgressReplay.cards(from: scan.records, scheduler: scheduler)
        report.cards = rebuilt.count
        if scan.damaged.isEmpty, let problem = snapshotProblem(directory: directory, expected: rebuilt, logSize: logSize(log)) {
            report.problems.append(problem)
        }
        return report
    }

    /// Sets damaged lines and a torn tail aside (into `reviews.damaged` / `reviews.torn`,
    /// never deleted), keeps a backup of the old log, rewrites the log atomically with
    /// the good records and rebuilds the snapshot.
    public static func repair(directory: URL, scheduler: Scheduler) throws -> Report {
        try FileIO.ensureDirectory(directory)
        let lock = try ProgressLock(directory: directory)
        return try lock.withLock {
            let before = try check(directory: directory, scheduler: scheduler)
            let log = ReviewLog(directory: directory)
            let scan = try log.scan()
            var actions: [String] = []
            if !scan.damaged.isEmpty || !scan.tornTail.isEmpty, let original = try FileIO.contents(of: log.url) {
                let stamp = Timestamp.string(from: Date()).replacingOccurrences(of: ":", with: "")
                let backup = directory.appendingPathComponent("reviews.jsonl.bak-\(stamp)")
                try FileIO.writeAtomically(original, to: backup)
                actions.append("kept the old log as \(backup.lastPathComponent)")
                if !scan.damaged.isEmpty {
                    let aside = directory.appendingPathComponent("reviews.damaged")
                    let text = scan.damaged.map { "line \($0.line): \($0.text)" }.joined(separator: "\n") + "\n"
                    try FileIO.writeAtomically((try FileIO.contents(of: aside) ?? Data()) + Data(text.utf8), to: aside)
                    actions.append("moved \(scan.damaged.count) damaged line(s) to \(aside.lastPathComponent)")
                }
                if !scan.tornTail.isEmpty {
                    let aside = directory.appendingPathComponent(ReviewLog.tornFileName)
                    try FileIO.writeAtomically((try FileIO.contents(of: aside) ?? Data()) + scan.tornTail + Data([10]), to: aside)
                    actions.append("moved an interrupted write (\(scan.tornTail.count) bytes) to \(aside.lastPathComponent)")
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                var rewritten = Data()
                for record in scan.records {
                    rewritten.append(try encoder.encode(record))
                    rewritten.append(10)
                }
                try FileIO.writeAtomically(rewritten, to: log.url)
                actions.append("rewrote \(ReviewLog.fileName) with its \(scan.records.count) good record(s)")
            }
            if !before.isHealthy || !actions.isEmpty {
                let chunk = try log.read()
                let snapshot = ProgressSnapshot(
                    version: ProgressSnapshot.currentVersion, logBytes: chunk.end, logLines: chunk.lines,
                    cards: ProgressReplay.cards(from: chunk.records, scheduler: scheduler))
                let url = directory.appendingPathComponent(ProgressSnapshot.fileName)
                try FileIO.writeAtomically(snapshot.encoded(), to: url)
                actions.append("rebuilt \(ProgressSnapshot.fileName) from the log (\(snapshot.cards.count) cards)")
            }
            var after = try check(directory: directory, scheduler: scheduler)
            after.actions = actions
            return after
        }
    }

    private static func snapshotProblem(directory: URL, expected: [String: CardState], logSize: Int) -> String? {
        let url = directory.appendingPathComponent(ProgressSnapshot.fileName)
        guard let data = try? FileIO.contents(of: url) else { return nil }
        guard let snapshot = try? ProgressSnapshot.decode(data) else {
            return "\(url.path): damaged (a cache: repair rebuilds it from the log)"
        }
        guard snapshot.logBytes <= logSize else {
            return "\(url.path): covers more of the log than there is (repair rebuilds it)"
        }
        // Cards reviewed after the snapshot are replayed at start-up; compare the rest.
        let covered = snapshot.cards.filter { expected[$0.key] != nil }
        let disagreeing = covered.filter { key, state in
            guard let other = expected[key] else { return true }
            return other.lastReview.map { $0 > (state.lastReview ?? .distantPast) } == false && other != state
        }
        if snapshot.cards.count > expected.count || !disagreeing.isEmpty {
            return "\(url.path): disagrees with the log for \(max(disagreeing.count, 1)) card(s) (repair rebuilds it)"
        }
        return nil
    }

    private static func logSize(_ log: ReviewLog) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: log.url.path)[.size] as? Int) ?? 0
    }

    private static func preview(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(57)) + "…" : text
    }
}
