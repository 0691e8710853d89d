import Foundation

/// One item's memory state as FSRS tracks it.
public struct CardState: Codable, Sendable, Equatable {
    /// FSRS's three phases: short learning steps, long review intervals, and
    /// relearning steps after a lapse.
    public enum Phase: String, Codable, Sendable, CaseIterable {
        case learning = "Learning"
        case review = "Review"
        case relearning = "Relearning"
    }

    public var phase: Phase
    /// Position in the learning or relearning steps; nil in Review.
    public var step: Int?
    /// Days for retrievability to fall to 90%; nil before the first review.
    public var stability: Double?
    /// 1 (easy) … 10 (hard); nil before the first review.
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?

    /// A card never reviewed: due at once, in the first learning step.
    public static func new(at now: Date) -> CardState {
        CardState(phase: .learning, step: 0, stability: nil, difficulty: nil, due: now, lastReview: nil)
    }

    public init(phase: Phase, step: Int?, stability: Double?, difficulty: Double?, due: Date, lastReview: Date?) {
        self.phase = phase
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    private enum CodingKeys: String, CodingKey {
        case phase = "state", step, stability, difficulty, due
        case lastReview = "last_review"
    }
}
