/// The result of checking one answer, with the reason, so the REPL and `grade` can
/// say *why* an answer counted or did not.
public struct Verdict: Sendable, Equatable {
    public enum Outcome: String, Sendable, Equatable, Codable {
        /// The key itself, up to case, spacing and punctuation.
        case exact
        /// One of the accepted alternatives (a surname, another way to write the number).
        case acceptedVariant = "accepted-variant"
        /// Close enough in spelling to the key, and to nothing else in the item.
        case typoCorrected = "typo-corrected"
        case wrong
        /// Nothing was given.
        case blank
    }

    public var outcome: Outcome
    /// The key as the learner should see it.
    public var expected: String
    /// What the learner typed, kept for feedback such as "you wrote Poroshenk0".
    public var given: String
    /// Why a close answer is wrong when the answer alone would not show it ("“at least
    /// 1,000” is a floor, not the figure itself"); nil otherwise.
    public var note: String?

    public init(outcome: Outcome, expected: String, given: String, note: String? = nil) {
        self.outcome = outcome
        self.expected = expected
        self.given = given
        self.note = note
    }

    public var isCorrect: Bool {
        switch outcome {
        case .exact, .acceptedVariant, .typoCorrected: true
        case .wrong, .blank: false
        }
    }
}
