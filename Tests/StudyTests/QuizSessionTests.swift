import Foundation
import QuizBank
import Testing
@testable import Study

@Suite struct QuizSessionTests {
    let items = [
        Item(id: "a", kind: .figure, prompt: "How many?", answer: .number(1000), tolerance: 0),
        Item(id: "b", kind: .whoSaid, prompt: "Who?", answer: .text("Petro Poroshenko")),
        Item(id: "c", kind: .claim, prompt: "True?", answer: .truth(true)),
    ]

    func run(_ lines: [String]) -> (SessionSummary, [SessionEvent]) {
        var reader = ScriptedLineReader(lines)
        var events: [SessionEvent] = []
        let summary = QuizSession(items: items, matcher: AnswerMatcher(), clock: { Date(timeIntervalSince1970: 0) })
            .run(reader: &reader) { events.append($0) }
        return (summary, events)
    }

    @Test func scoresEachAnswerAndCountsTheStreak() {
        let (summary, _) = run(["1,000", "Poroshenko", "no"])
        #expect(summary.answered == 3)
        #expect(summary.correct == 2)
        #expect(summary.bestStreak == 2)
    }

    @Test func commandsAreNotAnswers() {
        let (summary, events) = run([":help", ":skip", "", ":nonsense", "Poroshenko", ":q"])
        #expect(summary.skipped == 1)
        #expect(summary.answered == 1)
        #expect(summary.asked == 3)
        #expect(events.contains { if case .help = $0 { true } else { false } })
        #expect(events.contains { if case .unknownCommand(":nonsense") = $0 { true } else { false } })
    }

    @Test func endOfInputEndsTheSessionWithASummary() {
        let (summary, events) = run(["1000"])
        #expect(summary.answered == 1)
        guard case .finished(let final)? = events.last else {
            Issue.record("the last event is not the summary")
            return
        }
        #expect(final == summary)
    }

    @Test func undoRevertsTheLastAnswerAndAsksAgain() {
        let (summary, events) = run(["5", ":undo", "1000", "Poroshenko", "yes"])
        #expect(summary.answered == 3)
        #expect(summary.correct == 3)
        #expect(events.contains { if case .undone = $0 { true } else { false } })
    }

    @Test func reviewsAreSavedAndScheduledWhenAStoreIsGiven() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("session-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try ProgressStore(directory: directory, scheduler: Scheduler(enableFuzzing: false))
        let now = Date(timeIntervalSince1970: 1_767_258_000)
        var reader = ScriptedLineReader(["1000", "Putin", "yes"])
        var events: [SessionEvent] = []
        let summary = QuizSession(items: items, matcher: AnswerMatcher(), store: store, clock: { now })
            .run(reader: &reader) { events.append($0) }
        #expect(summary.answered == 3)
        let ratings = events.compactMap { event -> Rating? in
            if case .feedback(_, _, let review?) = event { review.rating } else { nil }
        }
        // Exact and instant: Easy; wrong: Again.
        #expect(ratings == [.easy, .again, .easy])
        let reopened = try ProgressStore(directory: directory, scheduler: Scheduler(enableFuzzing: false))
        #expect(reopened.cards.keys.sorted() == ["a", "b", "c"])
        #expect(reopened.cards["b"]?.due == now.addingTimeInterval(60))
        #expect(summary.nextDue == now.addingTimeInterval(60))
        let activity = try reopened.activity(since: now.addingTimeInterval(-3600))
        #expect(activity.new == 3 && activity.reviews == 3)
    }

    @Test(arguments: [(":q", SessionCommand?.some(.quit)), (":sk", .skip), (":h", .help), (":", nil), (":x", nil)])
    func commandPrefixes(text: String, command: SessionCommand?) {
        #expect(SessionCommand.parse(text) == .some(command))
    }
}
