import QuizBank

/// Turns how an answer went into an FSRS rating, so learners need not grade themselves:
/// wrong → Again; hinted, slow or only nearly right → Hard; right → Good; right, exact
/// and quick → Easy.
public struct RatingPolicy: Sendable {
    /// Answers faster than this (exactly right, no hint) count as Easy.
    public var quickSeconds: Double
    /// Answers slower than this count as Hard even when right.
    public var slowSeconds: Double

    public init(quickSeconds: Double = 6, slowSeconds: Double = 30) {
        self.quickSeconds = quickSeconds
        self.slowSeconds = slowSeconds
    }

    public func rating(for verdict: Verdict, seconds: Double, hinted: Bool) -> Rating {
        guard verdict.isCorrect else { return .again }
        if hinted || seconds > slowSeconds || verdict.outcome == .typoCorrected { return .hard }
        if verdict.outcome == .exact && seconds < quickSeconds { return .easy }
        return .good
    }
}
