import Foundation
import QuizBank

/// What the quiz loop has to show. The loop emits events and the executable renders
/// them, so colour, wrapping and JSON output live outside the library.
public enum SessionEvent: Sendable {
    /// A question is about to be asked; `position` counts from 1 among the session's
    /// questions. A missed item that comes back for another try is `returning`: it is
    /// not a new question, so it does not grow the count the learner sees.
    case question(Item, position: Int, total: Int, returning: Bool)
    /// The learner answered; the verdict says why it counted or not, the review (when
    /// progress is kept) how it was rated and when the item comes back.
    case feedback(Item, Verdict, ScheduledReview?)
    case skipped(Item)
    /// The last review was reverted; the item is asked again.
    case undone(Item)
    /// `:undo` with nothing to undo.
    case nothingToUndo
    /// A hint for the current item, or nil when none is left.
    case hint(String?)
    /// `:hint` where there is none to give at all (true/false, an exam).
    case noHints(Item)
    /// An answer the item cannot take ("a ceiling" to true or false): asked again, not marked.
    case notAnAnswer(Item, given: String)
    /// Exam mode: an answer was taken; verdicts come at the end.
    case examAnswerTaken(Item)
    /// Exam mode: every item with its verdict, as `grade` would mark it.
    case examResults([(item: Item, verdict: Verdict)])
    /// Self-rating: the learner is asked for 1–4; `suggested` is what FactDrill would pick.
    case rateRequest(suggested: Rating)
    /// The learner asked for the list of commands.
    case help([SessionCommand])
    /// The learner typed a `:command` that does not exist.
    case unknownCommand(String)
    /// Self-rating: the review was saved with the learner's rating.
    case rated(ScheduledReview)
    /// A review could not be saved; it is kept in memory and retried.
    case storageProblem(String)
    case finished(SessionSummary)
}

/// How a review was scheduled: the rating FSRS got and the next due date.
public struct ScheduledReview: Sendable, Equatable {
    public var rating: Rating
    public var due: Date?
}
