#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        return try report(directory: directory, scheduler: scheduler, log: log, scan: try log.scan())
    }

    /// The check of a log already scanned: `repair` scans once and checks and mends from it.
    private static func report(directory: URL, scheduler: Scheduler, log: ReviewLog, scan: ReviewLog.Scan) throws -> Report {
        var report = Report(directory: directory.path)
        let undone = Set(scan.records.compactMap(\.undoes))
        report.reviews = scan.records.filter { $0.isScheduledReview && !undone.contains($0.id) }.count
        if let version = scan.newerVersion {
            throw StudyError.newerProgressFormat(path: log.url.path, version: version)
        }
        for (line, text) in scan.damaged {
            report.problems.append("\(log.url.path):\(line): damaged line, not a review record: \(preview(text))")
        }
        if scan.damagedCount > scan.damaged.count {
            report.problems.append("\(log.url.path): \(scan.damagedCount - scan.damaged.count) more damaged line(s)")
        }
        if scan.tornBytes > 0 {
            report.problems.append("\(log.url.path): ends in an interrupted write (\(scan.tornBytes) bytes, never acknowledged); repair sets it aside")
        }
        let rebuilt = ProgressReplay.cards(from: scan.records, scheduler: scheduler)
        report.cards = rebuilt.count
        if scan.damagedCount == 0, let problem = try snapshotProblem(directory: directory, expected: rebuilt, log: log, scan: scan) {
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
            let log = ReviewLog(directory: directory)
            let scan = try log.scan()
            let before = try report(directory: directory, scheduler: scheduler, log: log, scan: scan)
            var actions: [String] = []
            if scan.damagedCount > 0 || scan.tornBytes > 0 {
                let stamp = Timestamp.string(from: Date()).replacingOccurrences(of: ":", with: "")
                let backup = directory.appendingPathComponent("reviews.jsonl.bak-\(stamp)")
                try keepBackup(of: log.url, as: backup)
                actions.append("kept the old log as \(backup.lastPathComponent)")
                if scan.damagedCount > 0 {
                    let aside = directory.appendingPathComponent("reviews.damaged")
                    var text = scan.damaged.map { "line \($0.line): \($0.text)" }.joined(separator: "\n") + "\n"
                    if scan.damagedCount > scan.damaged.count {
                        text += "(\(scan.damagedCount - scan.damaged.count) more damaged lines; all are in \(backup.lastPathComponent))\n"
                    }
                    try FileIO.writeAtomically((try FileIO.contents(of: aside) ?? Data()) + Data(text.utf8), to: aside)
                    actions.append("moved \(scan.damagedCount) damaged line(s) to \(aside.lastPathComponent)")
                }
                if scan.tornBytes > 0, let fd = try FileIO.openRegular(log.url.path, O_RDONLY) {
                    defer { close(fd) }
                    let aside = directory.appendingPathComponent(ReviewLog.tornFileName)
                    try ReviewLog.setAside(fd, from: scan.end, count: scan.tornBytes, to: aside)
                    actions.append("moved an interrupted write (\(scan.tornBytes) bytes) to \(aside.lastPathComponent)")
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

    /// What is wrong with `cards.tsv`, if anything. It is a cache, so every problem is
    /// one repair fixes by rebuilding it, except a newer format, which is refused.
    private static func snapshotProblem(directory: URL, expected: [String: CardState], log: ReviewLog, scan: ReviewLog.Scan) throws -> String? {
        let url = directory.appendingPathComponent(ProgressSnapshot.fileName)
        if FileIO.size(of: url.path) > ProgressSnapshot.largest {
            return "\(url.path): too large to be a snapshot (repair rebuilds it)"
        }
        let data: Data
        do {
            guard let contents = try FileIO.contents(of: url) else { return nil }
            data = contents
        } catch StudyError.unusableDataDirectory(_, let reason) where reason == FileIO.notRegular {
            return "\(url.path): \(reason) (repair replaces it)"
        }
        let snapshot: ProgressSnapshot
        do {
            snapshot = try ProgressSnapshot.decode(data)
        } catch .newer(let version) {
            throw StudyError.newerProgressFormat(path: url.path, version: version)
        } catch {
            return "\(url.path): damaged (a cache: repair rebuilds it from the log)"
        }
        guard snapshot.logBytes <= scan.end else {
            return "\(url.path): covers more of the log than there is (repair rebuilds it)"
        }
        let covered = try log.prefix(upTo: snapshot.logBytes)
        guard covered.endsALine, covered.lines == snapshot.logLines else {
            return "\(url.path): says it covers \(snapshot.logLines) lines (\(snapshot.logBytes) bytes) of the log, which does not match the log (repair rebuilds it)"
        }
        // Cards reviewed after the snapshot are replayed at start-up; compare the rest.
        let covered_ = snapshot.cards.filter { expected[$0.key] != nil }
        let disagreeing = covered_.filter { key, state in
            guard let other = expected[key] else { return true }
            return other.lastReview.map { $0 > (state.lastReview ?? .distantPast) } == false && other != state
        }
        if snapshot.cards.count > expected.count || !disagreeing.isEmpty {
            return "\(url.path): disagrees with the log for \(max(disagreeing.count, 1)) card(s) (repair rebuilds it)"
        }
        return nil
    }

    /// A hard link when the file system allows (instant, whatever the log's size, and
    /// the old log is kept byte for byte); else a streamed copy.
    private static func keepBackup(of original: URL, as backup: URL) throws {
        if link(original.path, backup.path) == 0 { return }
        guard let source = try FileIO.openRegular(original.path, O_RDONLY) else { return }
        defer { close(source) }
        guard let target = try FileIO.openRegular(backup.path, O_WRONLY | O_CREAT | O_EXCL) else { return }
        defer { close(target) }
        try FileIO.copy(source, from: 0, count: FileIO.size(of: original.path), appendingTo: target, path: backup.path)
        try FileIO.sync(target, path: backup.path)
        FileIO.syncDirectory(backup.deletingLastPathComponent())
    }

    private static func preview(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(57)) + "…" : text
    }
}
