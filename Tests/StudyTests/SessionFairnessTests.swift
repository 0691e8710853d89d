import Foundation
import QuizBank
import Testing
@testable import Study

/// What an answer earned stays with it through `:undo`, hints are offered only where
/// there are some, and an answer a true/false item cannot take is asked again.
@Suite struct SessionFairnessTests {
    let now = Date(timeIntervalSince1970: 1_767_258_000)
    let name = Item(id: "n", kind: .whoSaid, prompt: "Who?", answer: .text("Petro Poroshenko"))
    let figure = Item(id: "f", kind: .figure, prompt: "How many?", answer: .number(1000), tolerance: 0)
    let claim = Item(id: "c", kind: .claim, prompt: "True?", answer: .truth(false))

    func run(_ items: [Item], _ lines: [String], store: ProgressStore? = nil) -> (SessionSummary, [SessionEvent]) {
        var reader = ScriptedLineReader(lines)
        var events: [SessionEvent] = []
        let summary = QuizSession(items: items, matcher: AnswerMatcher(), store: store, clock: { self.now }).run(reader: &reader) { events.append($0) }
        return (summary, events)
    }

    func ratings(_ events: [SessionEvent]) -> [Rating] {
        events.compactMap { if case .feedback(_, _, let review?) = $0 { review.rating } else { nil } }
    }

    @Test func aHintStillCountsAfterUndo() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("undo-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try ProgressStore(directory: directory, scheduler: Scheduler(enableFuzzing: false))
        let (summary, events) = run([name], [":hint", "Putin", ":undo", "Poroshenko"], store: store)
        #expect(summary.points == 5, "hinted: half of 10")
        #expect(ratings(events) == [.again, .hard])
        #expect(summary.hintsUsed == 1)
    }

    @Test func undoGivesBackThePointsAndTheStreak() {
        let second = Item(id: "m", kind: .whoSaid, prompt: "Who else?", answer: .text("Jen Psaki"))
        let third = Item(id: "o", kind: .whoSaid, prompt: "And?", answer: .text("Nico Tak"))
        // Right, right (streak 2), then a wrong answer undone: the streak is 2 again, so the
        // third right answer earns the streak-3 bonus, and the wrong answer's 0 points are gone.
        // (`:undo` is typed at the next question's prompt.)
        let (summary, _) = run([name, second, third, claim], ["Poroshenko", "Psaki", "Putin", ":undo", "Tak"])
        let expected = Scoring.points(for: name, correct: true, streak: 1, hinted: false)
            + Scoring.points(for: second, correct: true, streak: 2, hinted: false)
            + Scoring.points(for: third, correct: true, streak: 3, hinted: false)
        #expect(summary.points == expected)
        #expect(summary.bestStreak == 3)
        // An undone right answer's points are taken back.
        let (undone, _) = run([name, second], ["Poroshenko", ":undo"])
        #expect(undone.points == 0)
    }

    @Test func trueFalseHasNoHintsToRunOutOf() {
        let (_, events) = run([claim], [":hint", "false"])
        #expect(events.contains { if case .noHints = $0 { true } else { false } })
        #expect(!events.contains { if case .hint = $0 { true } else { false } })
    }

    @Test func anAnswerThatIsNeitherTrueNorFalseIsAskedAgain() {
        let (summary, events) = run([claim], ["a ceiling", "false"])
        #expect(events.contains { if case .notAnAnswer(_, "a ceiling") = $0 { true } else { false } })
        #expect(summary.answered == 1)
        #expect(summary.correct == 1)
    }

    @Test func aChoiceAnswerThatNamesNoOptionIsAskedAgain() {
        var chosen = Item(id: "m", kind: .whoSaid, prompt: "Who said it?", answer: .text("Petro Poroshenko"))
        chosen.choices = ["Jen Psaki", "Petro Poroshenko", "Arseny Yatsenyuk"]
        // "quit" typed out of habit is no answer; "Psaki" names an option, and is wrong.
        let (summary, events) = run([chosen], ["quit", "B"])
        #expect(events.contains { if case .notAnAnswer(_, "quit") = $0 { true } else { false } })
        #expect(summary.answered == 1)
        #expect(summary.correct == 1)
        let (wrong, wrongEvents) = run([chosen], ["Psaki"])
        #expect(!wrongEvents.contains { if case .notAnAnswer = $0 { true } else { false } })
        #expect(wrong.answered == 1 && wrong.correct == 0)
        #expect(AnswerMatcher.namesAChoice("d", choices: chosen.choices!) == false)
        #expect(AnswerMatcher.namesAChoice("poroshenko", choices: chosen.choices!))
    }

    @Test func hintsForTextEndWithTheInitialsOnce() {
        #expect(Hints.hint(for: name, level: 1) == "Initials: P… P…")
        #expect(Hints.hint(for: name, level: 2) == nil)
        let range = Item(id: "r", kind: .figure, prompt: "How many?", answer: .text("3000 troops"))
        #expect(Hints.hint(for: range, level: 0) == "A number between 1,000 and 9,999.")
        #expect(Hints.hint(for: range, level: 1) == "It starts with “3” and has 2 words.")
        #expect(Hints.hint(for: range, level: 2) == "Initials: 3… t…")
        #expect(Hints.hint(for: range, level: 3) == nil)
    }
}
