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

    @Test(arguments: [(":q", SessionCommand?.some(.quit)), (":sk", .skip), (":he", .help), (":hi", .hint), (":h", nil), (":", nil), (":x", nil)])
    func commandPrefixes(text: String, command: SessionCommand?) {
        #expect(SessionCommand.parse(text) == .some(command))
    }
}

@Suite struct SessionModesTests {
    let items = [
        Item(id: "a", kind: .figure, prompt: "How many?", answer: .number(1000), tolerance: 0),
        Item(id: "b", kind: .whoSaid, prompt: "Who?", answer: .text("Petro Poroshenko"), choices: ["Jen Psaki", "Petro Poroshenko", "Nico Tak", "Geoffrey Pyatt"]),
        Item(id: "c", kind: .claim, prompt: "True?", answer: .truth(true)),
    ]
    let now = Date(timeIntervalSince1970: 1_767_258_000)

    @Test func examGivesNoFeedbackUntilTheEndAndLeavesTheSchedule() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("exam-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try ProgressStore(directory: directory, scheduler: Scheduler())
        var session = QuizSession(items: items, matcher: AnswerMatcher(), store: store, clock: { self.now })
        session.exam = true
        var reader = ScriptedLineReader(["1000", "Tak", "yes"])
        var events: [SessionEvent] = []
        let summary = session.run(reader: &reader) { events.append($0) }
        #expect(!events.contains { if case .feedback = $0 { true } else { false } })
        guard case .examResults(let results)? = events.dropLast().last else {
            Issue.record("no exam results before the summary")
            return
        }
        #expect(results.map(\.verdict.isCorrect) == [true, false, true])
        #expect(summary.correct == 2)
        #expect(try ProgressStore(directory: directory, scheduler: Scheduler()).cards.isEmpty, "exam answers are logged, not scheduled")
        #expect(try store.allRecords().count == 3)
    }

    @Test func selfRatingUsesTheLearnersGrade() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rate-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try ProgressStore(directory: directory, scheduler: Scheduler(enableFuzzing: false))
        var session = QuizSession(items: [items[0]], matcher: AnswerMatcher(), store: store, clock: { self.now })
        session.selfRate = true
        var reader = ScriptedLineReader(["1000", "2"])
        var events: [SessionEvent] = []
        session.run(reader: &reader) { events.append($0) }
        #expect(events.contains { if case .rated(let review) = $0 { review.rating == .hard } else { false } })
        #expect(try store.allRecords().first?.rating == .hard)
    }

    @Test func hintsNarrowAndCost() {
        #expect(Hints.hint(for: items[1], level: 0)?.hasPrefix("50/50: it is one of") == true)
        #expect(Hints.hint(for: items[1], level: 1) == nil)
        #expect(Hints.hint(for: items[0], level: 0) == "A number between 1,000 and 9,999.")
        let name = Item(id: "n", kind: .whoSaid, prompt: "Who?", answer: .text("Petro Poroshenko"))
        #expect(Hints.hint(for: name, level: 0) == "It starts with “P” and has 2 words.")
        #expect(Hints.hint(for: name, level: 1) == "Initials: P… P…")
        #expect(Scoring.points(for: name, correct: true, streak: 1, hinted: false) == 10)
        #expect(Scoring.points(for: name, correct: true, streak: 4, hinted: false) == 16)
        #expect(Scoring.points(for: name, correct: true, streak: 4, hinted: true) == 8)
        #expect(Scoring.points(for: name, correct: false, streak: 4, hinted: false) == 0)
        var reader = ScriptedLineReader([":hint", "1000"])
        var events: [SessionEvent] = []
        let summary = QuizSession(items: [items[0]], matcher: AnswerMatcher(), clock: { self.now }).run(reader: &reader) { events.append($0) }
        #expect(summary.hintsUsed == 1)
        #expect(summary.points == 4)
    }
}

@Suite struct LearningStepTests {
    @Test func aMissedItemComesBackInTheSameSessionAndCanBeUndone() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("learn-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try ProgressStore(directory: directory, scheduler: Scheduler(enableFuzzing: false))
        let item = Item(id: "a", kind: .figure, prompt: "How many?", answer: .number(1000), tolerance: 0)
        let now = Date(timeIntervalSince1970: 1_767_258_000)
        var reader = ScriptedLineReader(["5", ":undo", "6", "1000", "1000"])  // the last line is never asked for
        var questions = 0
        let summary = QuizSession(items: [item], matcher: AnswerMatcher(), store: store, clock: { now }).run(reader: &reader) { event in
            if case .question = event { questions += 1 }
        }
        // Wrong (Again: due in a minute, so it comes back) → undone, asked again → wrong →
        // back once more → right at once (Easy: graduates to Review, so it does not return).
        #expect(questions == 4)
        #expect(summary.answered == 2)
        #expect(summary.correct == 1)
        #expect(try store.allRecords().filter { $0.undoes != nil }.count == 1)
    }

    /// `--limit 1` promised one question; a miss that comes back must read as another try
    /// at that question, not as question 2 of 2.
    @Test func aMissedItemComesBackAsAnotherTryWithoutGrowingTheCount() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("again-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try ProgressStore(directory: directory, scheduler: Scheduler(enableFuzzing: false))
        let item = Item(id: "a", kind: .figure, prompt: "How many?", answer: .number(1000), tolerance: 0)
        let now = Date(timeIntervalSince1970: 1_767_258_000)
        var reader = ScriptedLineReader(["5", "1000"])
        var headers: [String] = []
        QuizSession(items: [item], matcher: AnswerMatcher(), store: store, clock: { now }).run(reader: &reader) { event in
            if case .question(_, let position, let total, let returning) = event {
                headers.append(returning ? "again" : "\(position)/\(total)")
            }
        }
        #expect(headers == ["1/1", "again"])
    }
}
