import QuizBank

/// What the quiz loop has to show. The loop emits events and the executable renders
/// them, so colour, wrapping and JSON output live outside the library.
public enum SessionEvent: Sendable {
    /// A question is about to be asked; `position` counts from 1.
    case question(Item, position: Int, total: Int)
    /// The learner answered; the verdict says why it counted or not.
    case feedback(Item, Verdict)
    case skipped(Item)
    /// The learner asked for the list of commands.
    case help([SessionCommand])
    /// The learner typed a `:command` that does not exist.
    case unknownCommand(String)
    case finished(SessionSummary)
}
