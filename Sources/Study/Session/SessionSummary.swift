import Foundation

/// What a session did, shown when it ends.
public struct SessionSummary: Sendable, Equatable {
    public var asked = 0
    public var answered = 0
    public var correct = 0
    public var skipped = 0
    public var bestStreak = 0
    /// Points: by kind, with a streak bonus, halved when a hint was used.
    public var points = 0
    public var hintsUsed = 0
    /// Seconds from the first question to the end.
    public var seconds: Double = 0
    /// When the next item falls due, and how many fall due within a day.
    public var nextDue: Date?
    public var dueWithinADay = 0
    /// Reviews that could not be written to disk (the learner was told how to recover).
    public var unsaved = 0

    public init() {}

    /// Share of answered items that were right, 0…1; nil before the first answer.
    public var accuracy: Double? {
        answered == 0 ? nil : Double(correct) / Double(answered)
    }
}
