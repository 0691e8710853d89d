/// What a session did, shown when it ends.
public struct SessionSummary: Sendable, Equatable {
    public var asked = 0
    public var answered = 0
    public var correct = 0
    public var skipped = 0
    public var bestStreak = 0

    public init() {}

    /// Share of answered items that were right, 0…1; nil before the first answer.
    public var accuracy: Double? {
        answered == 0 ? nil : Double(correct) / Double(answered)
    }
}
