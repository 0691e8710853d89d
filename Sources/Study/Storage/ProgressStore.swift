import Foundation

/// A learner's progress on disk: the review log (truth) plus a snapshot (cache).
///
/// Guarantees: a review is on disk (written and fsync'd) before `record` returns, so
/// anything the learner was shown is kept through a crash; the snapshot is replaced
/// atomically; two sessions on the same folder merge (each append is made under an
/// exclusive lock after reading what the other appended), so neither loses reviews.
public final class ProgressStore {
    public let directory: URL
    public let scheduler: Scheduler
    /// Card states by item id, including reviews other sessions appended.
    public private(set) var cards: [String: CardState] = [:]
    /// Things the learner should know that did not stop loading (a damaged snapshot).
    public private(set) var notices: [String] = []

    private let log: ReviewLog
    private let lock: ProgressLock
    private var logEnd = 0
    private var logLines = 0
    private var tornBytes = 0
    /// The snapshot on disk already holds every card state: saving again is wasted work
    /// (20,000 cards take a few milliseconds to write, on every quiz exit).
    private var snapshotIsCurrent = false
    private var snapshotURL: URL { directory.appendingPathComponent(ProgressSnapshot.fileName) }

    /// Opens (creating if needed) the progress folder and loads every card's state.
    /// - Throws: `StudyError` for an unusable folder, a damaged log line, or a newer format.
    public init(directory: URL, scheduler: Scheduler) throws {
        self.directory = directory
        self.scheduler = scheduler
        try FileIO.ensureDirectory(directory)
        log = ReviewLog(directory: directory)
        lock = try ProgressLock(directory: directory)
        try lock.withLock {
            FileIO.removeAbandonedTemporaries(in: directory)
            let loaded = try loadSnapshot()
            let before = logEnd
            try catchUp()
            snapshotIsCurrent = loaded && logEnd == before
        }
    }

    // MARK: - Reviews

    /// Schedules and durably records one review. Returns the record (for `undo`) and the
    /// card's state before it.
    @discardableResult
    public func record<Random: RandomNumberGenerator>(
        item: String, rating: Rating, at now: Date, verdict: String? = nil, milliseconds: Int? = nil,
        cram: Bool = false, using random: inout Random
    ) throws -> (record: ReviewRecord, previous: CardState?) {
        // The log keeps milliseconds: schedule with the time as it will be read back,
        // so the cards in memory (and the snapshot written from them) are exactly what
        // replaying the log gives.
        let now = Timestamp.asLogged(now)
        return try lock.withLock {
            try catchUp()
            let previous = cards[item]
            var record = ReviewRecord(
                id: Self.newID(using: &random), item: item, rating: rating, time: now,
                verdict: verdict, milliseconds: milliseconds, cram: cram ? true : nil,
                first: previous == nil && !cram ? true : nil)
            var next: CardState?
            if !cram {
                var state = scheduler.review(previous ?? .new(at: now), rating: rating, at: now, using: &random)
                // A clock near year 9999 must not schedule past what the log can hold.
                state.due = Timestamp.asLogged(min(state.due, Timestamp.latest))
                record.due = state.due
                next = state
            }
            logEnd = try log.append(record, knownEnd: logEnd, tornBytes: tornBytes)
            logLines += 1
            tornBytes = 0
            snapshotIsCurrent = false
            if let next { cards[item] = next }
            return (record, previous)
        }
    }

    /// Reverts a review recorded by this session: appends an undo entry and restores the
    /// card's earlier state.
    public func undo(_ review: ReviewRecord, restoring previous: CardState?, at now: Date) throws {
        try lock.withLock {
            try catchUp()
            let entry = ReviewRecord(id: review.id + "-undo", item: review.item, rating: nil, time: now, undoes: review.id)
            logEnd = try log.append(entry, knownEnd: logEnd, tornBytes: tornBytes)
            logLines += 1
            tornBytes = 0
            snapshotIsCurrent = false
            guard review.cram != true else { return }
            if let previous { cards[review.item] = previous } else { cards.removeValue(forKey: review.item) }
        }
    }

    /// Writes the snapshot so the next start-up need not replay the whole log.
    public func saveSnapshot() throws {
        try lock.withLock {
            let before = logEnd
            try catchUp()
            if snapshotIsCurrent && logEnd == before { return }
            let snapshot = ProgressSnapshot(
                version: ProgressSnapshot.currentVersion, logBytes: logEnd, logLines: logLines, cards: cards)
            try FileIO.writeAtomically(snapshot.encoded(), to: snapshotURL)
            snapshotIsCurrent = true
        }
    }

    /// Recomputes every card's memory state from the whole log with this store's
    /// scheduler and saves the snapshot: after the FSRS parameters change, so cards
    /// already in the snapshot and cards rebuilt from the log agree. Due dates stay as
    /// they were recorded; only stability and difficulty change.
    public func recomputeStates() throws {
        try lock.withLock {
            let everything = try log.read()
            cards = ProgressReplay.cards(from: everything.records, scheduler: scheduler)
            logEnd = everything.end
            logLines = everything.lines
            tornBytes = everything.tornBytes
            let snapshot = ProgressSnapshot(
                version: ProgressSnapshot.currentVersion, logBytes: logEnd, logLines: logLines, cards: cards)
            try FileIO.writeAtomically(snapshot.encoded(), to: snapshotURL)
            snapshotIsCurrent = true
        }
    }

    /// New items introduced and reviews made since `start` (the learner's midnight),
    /// read from the end of the log so start-up cost does not grow with history.
    public func activity(since start: Date) throws -> (new: Int, reviews: Int) {
        let records = try log.records(since: start, end: logEnd)
        let undone = Set(records.compactMap(\.undoes))
        let counted = records.filter { $0.isScheduledReview && !undone.contains($0.id) }
        return (counted.filter { $0.first == true }.count, counted.count)
    }

    /// Every record in the log, for stats and checks.
    public func allRecords() throws -> [ReviewRecord] {
        try log.read().records
    }

    /// Every record in a progress folder's log, read without creating or locking
    /// anything: for read-only commands such as `stats`.
    public static func records(in directory: URL) throws -> [ReviewRecord] {
        try ReviewLog(directory: directory).read().records
    }

    // MARK: - Loading

    /// Returns true when a snapshot was loaded and trusted.
    @discardableResult
    private func loadSnapshot() throws -> Bool {
        if FileIO.size(of: snapshotURL.path) > ProgressSnapshot.largest {
            notices.append("\(snapshotURL.path): too large to be a snapshot; rebuilt from \(ReviewLog.fileName)")
            return false
        }
        guard let data = try FileIO.contents(of: snapshotURL) else { return false }
        let snapshot: ProgressSnapshot
        do {
            snapshot = try ProgressSnapshot.decode(data)
        } catch .newer(let version) {
            throw StudyError.newerProgressFormat(path: snapshotURL.path, version: version)
        } catch .damaged(let line) {
            // A cache: rebuild from the log, and keep the damaged bytes beside it.
            let aside = directory.appendingPathComponent(ProgressSnapshot.fileName + ".damaged")
            try? FileIO.writeAtomically(data, to: aside)
            notices.append("\(snapshotURL.path):\(line): damaged; rebuilt from \(ReviewLog.fileName) (old copy kept as \(aside.lastPathComponent))")
            return false
        }
        // A snapshot ahead of its log (the log was restored from a backup), or whose
        // offsets do not fall where its lines end, is not trusted: the log is replayed.
        guard snapshot.logBytes <= FileIO.size(of: log.url.path) else { return false }
        let covered = try log.prefix(upTo: snapshot.logBytes)
        // Lines it covers written by a newer FactDrill: appending v1 lines after them
        // would mix formats, so the folder is refused as a newer log is.
        if covered.newestVersion > ReviewRecord.currentVersion {
            throw StudyError.newerProgressFormat(path: log.url.path, version: covered.newestVersion)
        }
        guard covered.endsALine, covered.lines == snapshot.logLines else { return false }
        cards = snapshot.cards
        logEnd = snapshot.logBytes
        logLines = snapshot.logLines
        return true
    }

    /// Folds in whatever was appended to the log since we last read it.
    private func catchUp() throws {
        let chunk = try log.read(from: logEnd, lineNumber: logLines)
        tornBytes = chunk.tornBytes
        guard !chunk.records.isEmpty else {
            logEnd = chunk.end
            logLines = chunk.lines
            return
        }
        if ProgressReplay.undoesEarlierReview(chunk.records) {
            let everything = try log.read()
            cards = ProgressReplay.cards(from: everything.records, scheduler: scheduler)
            logEnd = everything.end
            logLines = everything.lines
            tornBytes = everything.tornBytes
            return
        }
        ProgressReplay.apply(chunk.records, to: &cards, scheduler: scheduler)
        logEnd = chunk.end
        logLines = chunk.lines
    }

    private static func newID<Random: RandomNumberGenerator>(using random: inout Random) -> String {
        let value = UInt64.random(in: .min ... .max, using: &random)
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
