import Foundation
import QuizBank

/// The quiz loop: asks each item, reads an answer or a command, checks it and
/// reports. It never prints; the caller renders the events it emits.
public struct QuizSession {
    public let items: [Item]
    public let matcher: AnswerMatcher

    public init(items: [Item], matcher: AnswerMatcher) {
        self.items = items
        self.matcher = matcher
    }

    /// The prompt shown before an answer is read.
    public static let answerPrompt = "> "

    /// Runs until every item was asked, the learner quits, or input ends.
    @discardableResult
    public func run<Reader: LineReader>(reader: inout Reader, emit: (SessionEvent) -> Void) -> SessionSummary {
        var summary = SessionSummary()
        var streak = 0
        itemLoop: for (index, item) in items.enumerated() {
            emit(.question(item, position: index + 1, total: items.count))
            summary.asked += 1
            while true {
                guard let line = reader.readLine(prompt: Self.answerPrompt) else { break itemLoop }
                let input = line.trimmingCharacters(in: .whitespaces)
                switch SessionCommand.parse(input) {
                case .some(.some(.quit)):
                    break itemLoop
                case .some(.some(.skip)):
                    summary.skipped += 1
                    emit(.skipped(item))
                    continue itemLoop
                case .some(.some(.help)):
                    emit(.help(SessionCommand.allCases))
                    continue
                case .some(.none):
                    emit(.unknownCommand(input))
                    continue
                case .none:
                    break
                }
                if input.isEmpty { continue }
                let verdict = matcher.verdict(for: input, against: item)
                summary.answered += 1
                if verdict.isCorrect {
                    summary.correct += 1
                    streak += 1
                    summary.bestStreak = max(summary.bestStreak, streak)
                } else {
                    streak = 0
                }
                emit(.feedback(item, verdict))
                continue itemLoop
            }
        }
        emit(.finished(summary))
        return summary
    }
}
