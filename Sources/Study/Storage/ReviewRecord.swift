import Foundation

/// One line of the review log, the learner's history and the source of truth for
/// every card's schedule.
///
/// A line either records a review or undoes an earlier one (the log is append-only,
/// so `:undo` is itself an entry). The due date the scheduler chose is stored with the
/// review, so replaying the log reproduces fuzzed intervals exactly.
public struct ReviewRecord: Codable, Sendable, Equatable {
    public static let currentVersion = 1

    public var version: Int
    /// Unique per review, so an undo can name what it reverts.
    public var id: String
    public var item: String
    public var rating: Rating?
    public var time: Date
    /// The due date the scheduler set after this review.
    public var due: Date?
    /// How the answer was judged ("exact", "typo-corrected", "wrong"…), for stats.
    public var verdict: String?
    /// Milliseconds from question to answer.
    public var milliseconds: Int?
    /// Studied ahead with `--cram`: kept in history, not applied to the schedule.
    public var cram: Bool?
    /// Present on undo entries: the id of the review this one reverts.
    public var undoes: String?
    /// The item's first review ever: counts against the daily allowance of new items.
    public var first: Bool?

    public init(
        id: String, item: String, rating: Rating?, time: Date, due: Date? = nil, verdict: String? = nil,
        milliseconds: Int? = nil, cram: Bool? = nil, undoes: String? = nil, first: Bool? = nil
    ) {
        self.version = Self.currentVersion
        self.id = id
        self.item = item
        self.rating = rating
        self.time = time
        self.due = due
        self.verdict = verdict
        self.milliseconds = milliseconds
        self.cram = cram
        self.undoes = undoes
        self.first = first
    }

    /// A review that changes the schedule (not an undo, not a cram pass).
    public var isScheduledReview: Bool { undoes == nil && rating != nil && cram != true }

    private enum CodingKeys: String, CodingKey {
        case version = "v", id, item, rating, time, due, verdict
        case milliseconds = "ms", cram, undoes
        case first = "new"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        id = try container.decode(String.self, forKey: .id)
        item = try container.decode(String.self, forKey: .item)
        rating = try container.decodeIfPresent(Rating.self, forKey: .rating)
        time = try Self.decodeTime(container, .time)
        due = container.contains(.due) ? try Self.decodeTime(container, .due) : nil
        verdict = try container.decodeIfPresent(String.self, forKey: .verdict)
        milliseconds = try container.decodeIfPresent(Int.self, forKey: .milliseconds)
        cram = try container.decodeIfPresent(Bool.self, forKey: .cram)
        undoes = try container.decodeIfPresent(String.self, forKey: .undoes)
        first = try container.decodeIfPresent(Bool.self, forKey: .first)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(id, forKey: .id)
        try container.encode(item, forKey: .item)
        try container.encodeIfPresent(rating, forKey: .rating)
        try container.encode(Timestamp.string(from: time), forKey: .time)
        try container.encodeIfPresent(due.map(Timestamp.string(from:)), forKey: .due)
        try container.encodeIfPresent(verdict, forKey: .verdict)
        try container.encodeIfPresent(milliseconds, forKey: .milliseconds)
        try container.encodeIfPresent(cram, forKey: .cram)
        try container.encodeIfPresent(undoes, forKey: .undoes)
        try container.encodeIfPresent(first, forKey: .first)
    }

    private static func decodeTime(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Date {
        let text = try container.decode(String.self, forKey: key)
        guard let date = Timestamp.date(from: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "'\(text)' is not an ISO 8601 time")
        }
        return date
    }
}
