import Foundation
import QuizBank

/// The quiz loop: asks each item, reads an answer or a command, checks it, records
/// the review and reports. It never prints and never reads the clock itself; the
/// caller renders the events it emits and supplies the time.
public struct QuizSession {
    public let items: [Item]
    public let matcher: AnswerMatcher
    /// Where reviews are kept; nil studies without saving (a bank preview).
    public let store: ProgressStore?
    public var ratingPolicy = RatingPolicy()
    /// Study ahead: answers are logged but the schedule is not touched.
    public var cram = false
    /// Exam: no feedback until the end, then every verdict; the schedule is not touched.
    public var exam = false
    /// The learner rates each review 1–4 instead of FactDrill choosing from the verdict.
    public var selfRate = false
    /// An answer a true/false item cannot take is asked again. Off for input from a pipe:
    /// a script gives one line per item and nobody is there to ask, so it is marked, as
    /// `grade` marks it.
    public var asksAgainWhenUnclear = true
    /// The full item list, for "what is due next" in the summary.
    public var allItems: [Item]
    private let clock: () -> Date

    public init(items: [Item], matcher: AnswerMatcher, store: ProgressStore? = nil, allItems: [Item]? = nil, clock: @escaping () -> Date) {
        self.items = items
        self.matcher = matcher
        self.store = store
        self.allItems = allItems ?? items
        self.clock = clock
    }

    /// The prompt shown before an answer is read.
    public static let answerPrompt = "> "

    /// Items still in their learning steps (due in minutes) come back in the same session
    /// when they fall due within this window, as in Anki's learn-ahead limit.
    public static let learnAhead: TimeInterval = 20 * 60
    /// How often one item may come back in a session.
    public static let maximumRepeats = 3

    /// Runs until every item was asked, the learner quits, or input ends.
    @discardableResult
    public func run<Reader: LineReader>(reader: inout Reader, emit: (SessionEvent) -> Void) -> SessionSummary {
        var state = RunState(started: clock())
        var items = self.items
        var index = 0
        var repeats: [Item.ID: Int] = [:]
        // An undone answer's hints still count when the item is asked again.
        var carriedHints: (index: Int, level: Int)?
        sessionLoop: while true {
            if index >= items.count {
                // Learning-step items due soon come back before the session ends.
                guard let again = dueAgain(items: items, answeredUpTo: index, repeats: &repeats) else { break }
                items.append(again)
            }
            let item = items[index]
            let returning = index >= self.items.count
            emit(.question(item, position: min(index + 1, self.items.count), total: self.items.count, returning: returning))
            state.summary.asked += 1
            let asked = clock()
            var hintLevel = carriedHints.flatMap { $0.index == index ? $0.level : nil } ?? 0
            carriedHints = nil
            reader.offerCompletions(completions(for: item))
            answerLoop: while true {
                guard let line = reader.readLine(prompt: Self.answerPrompt) else { break sessionLoop }
                let input = line.trimmingCharacters(in: .whitespaces)
                switch SessionCommand.parse(input) {
                case .some(.some(.quit)):
                    break sessionLoop
                case .some(.some(.skip)):
                    state.summary.skipped += 1
                    emit(.skipped(item))
                    break answerLoop
                case .some(.some(.undo)):
                    guard let last = state.undoable.popLast() else {
                        emit(.nothingToUndo)
                        continue answerLoop
                    }
                    undo(last, state: &state, emit: emit)
                    carriedHints = (last.index, last.hintLevel)
                    index = last.index
                    continue sessionLoop
                case .some(.some(.help)):
                    emit(.help(SessionCommand.allCases))
                    continue answerLoop
                case .some(.some(.hint)):
                    let hint = exam ? nil : Hints.hint(for: item, level: hintLevel)
                    if hint == nil, hintLevel == 0 {
                        emit(.noHints(item))
                        continue answerLoop
                    }
                    if hint != nil {
                        if hintLevel == 0 { state.summary.hintsUsed += 1 }
                        hintLevel += 1
                    }
                    emit(.hint(hint))
                    continue answerLoop
                case .some(.none):
                    emit(.unknownCommand(input))
                    continue answerLoop
                case .none:
                    if input.isEmpty { continue answerLoop }
                }
                if asksAgainWhenUnclear, case .trueFalse = item.response, AnswerMatcher.truthValue(of: input) == nil {
                    emit(.notAnAnswer(item, given: input))
                    continue answerLoop
                }
                let verdict = matcher.verdict(for: input, against: item)
                if asksAgainWhenUnclear, case .multipleChoice(let choices) = item.response, !verdict.isCorrect,
                    !AnswerMatcher.namesAChoice(input, choices: choices)
                {
                    emit(.notAnAnswer(item, given: input))
                    continue answerLoop
                }
                let answeredAt = clock()
                let seconds = answeredAt.timeIntervalSince(asked)
                var rating = ratingPolicy.rating(for: verdict, seconds: seconds, hinted: hintLevel > 0)
                let streakBefore = state.streak
                state.count(verdict)
                let points = Scoring.points(for: item, correct: verdict.isCorrect, streak: state.streak, hinted: hintLevel > 0)
                state.summary.points += points
                let taken = Taken(hintLevel: hintLevel, points: points, streakBefore: streakBefore)
                if exam {
                    state.examAnswers.append((item, verdict))
                    _ = record(item, index: index, rating: rating, verdict: verdict, taken: taken, seconds: seconds, at: answeredAt, state: &state, emit: emit)
                    emit(.examAnswerTaken(item))
                    break answerLoop
                }
                if selfRate {
                    emit(.feedback(item, verdict, nil))
                    emit(.rateRequest(suggested: rating))
                    rating = readRating(suggested: rating, reader: &reader) ?? rating
                    let scheduled = record(item, index: index, rating: rating, verdict: verdict, taken: taken, seconds: seconds, at: answeredAt, state: &state, emit: emit)
                    if let scheduled { emit(.rated(scheduled)) }
                    break answerLoop
                }
                let scheduled = record(item, index: index, rating: rating, verdict: verdict, taken: taken, seconds: seconds, at: answeredAt, state: &state, emit: emit)
                emit(.feedback(item, verdict, scheduled))
                break answerLoop
            }
            index += 1
        }
        retryUnsaved(&state, reader: &reader, emit: emit)
        return finish(&state, emit: emit)
    }

    // MARK: - Steps

    /// The answered item in a learning step that falls due first within the learn-ahead window.
    private func dueAgain(items: [Item], answeredUpTo count: Int, repeats: inout [Item.ID: Int]) -> Item? {
        guard let store, !cram, !exam else { return nil }
        let horizon = clock().addingTimeInterval(Self.learnAhead)
        var seen = Set<Item.ID>()
        let candidates = items.prefix(count).filter { seen.insert($0.id).inserted }.compactMap { item -> (Item, Date)? in
            guard let card = store.cards[item.id.rawValue], card.phase != .review, card.due <= horizon,
                repeats[item.id, default: 0] < Self.maximumRepeats
            else { return nil }
            return (item, card.due)
        }
        guard let next = candidates.min(by: { $0.1 < $1.1 }) else { return nil }
        repeats[next.0.id, default: 0] += 1
        return next.0
    }

    /// Tab completes commands, the item's choice letters and texts, and for who-said
    /// items every speaker in the session (so completing does not give the answer away).
    private func completions(for item: Item) -> [String] {
        var words = SessionCommand.allCases.map(\.word)
        if let choices = item.choices {
            words += choices.indices.map { ChoiceLetters.letter(for: $0).lowercased() } + choices
        }
        if item.kind == .whoSaid {
            words += Set(allItems.filter { $0.kind == .whoSaid }.map(\.answer.description)).sorted()
        }
        if case .truth = item.answer { words += ["true", "false"] }
        return words
    }

    /// What an answer changed besides the review, so `:undo` can put it back.
    private struct Taken {
        var hintLevel: Int
        var points: Int
        var streakBefore: Int
    }

    private struct Answered {
        var index: Int
        var item: Item
        var verdict: Verdict
        var taken: Taken
        var record: ReviewRecord?
        var previous: CardState?

        var hintLevel: Int { taken.hintLevel }
    }

    private struct RunState {
        var summary = SessionSummary()
        var examAnswers: [(item: Item, verdict: Verdict)] = []
        var streak = 0
        var undoable: [Answered] = []
        var unsaved: [(item: String, rating: Rating, time: Date, verdict: String, ms: Int)] = []
        let started: Date

        init(started: Date) { self.started = started }

        mutating func count(_ verdict: Verdict) {
            summary.answered += 1
            if verdict.isCorrect {
                summary.correct += 1
                streak += 1
                summary.bestStreak = max(summary.bestStreak, streak)
            } else {
                streak = 0
            }
        }
    }

    private func record(
        _ item: Item, index: Int, rating: Rating, verdict: Verdict, taken: Taken, seconds: Double, at time: Date,
        state: inout RunState, emit: (SessionEvent) -> Void
    ) -> ScheduledReview? {
        guard let store else {
            state.undoable.append(Answered(index: index, item: item, verdict: verdict, taken: taken))
            return nil
        }
        var random = SystemRandomNumberGenerator()
        let milliseconds = Int((seconds * 1000).rounded())
        do {
            try flushUnsaved(&state, store: store)
            let (record, previous) = try store.record(
                item: item.id.rawValue, rating: rating, at: time, verdict: verdict.outcome.rawValue,
                milliseconds: milliseconds, cram: cram || exam, using: &random)
            state.undoable.append(Answered(index: index, item: item, verdict: verdict, taken: taken, record: record, previous: previous))
            return ScheduledReview(rating: rating, due: cram || exam ? nil : store.cards[item.id.rawValue]?.due)
        } catch {
            state.unsaved.append((item.id.rawValue, rating, time, verdict.outcome.rawValue, milliseconds))
            emit(.storageProblem("\(error); this answer is kept in memory and saved as soon as it can be"))
            return ScheduledReview(rating: rating, due: nil)
        }
    }

    private func flushUnsaved(_ state: inout RunState, store: ProgressStore) throws {
        var random = SystemRandomNumberGenerator()
        while let first = state.unsaved.first {
            try store.record(item: first.item, rating: first.rating, at: first.time, verdict: first.verdict,
                             milliseconds: first.ms, cram: cram, using: &random)
            state.unsaved.removeFirst()
        }
    }

    private func undo(_ answered: Answered, state: inout RunState, emit: (SessionEvent) -> Void) {
        if let store, let record = answered.record {
            do {
                try store.undo(record, restoring: answered.previous, at: clock())
            } catch {
                emit(.storageProblem("\(error); the undo was not saved"))
                state.undoable.append(answered)
                return
            }
        }
        state.summary.answered -= 1
        state.summary.asked -= 1
        if answered.verdict.isCorrect { state.summary.correct -= 1 }
        state.summary.points -= answered.taken.points
        state.streak = answered.taken.streakBefore
        emit(.undone(answered.item))
    }

    /// Reads 1–4 (or the rating's name); an empty line takes the suggestion.
    private func readRating<Reader: LineReader>(suggested: Rating, reader: inout Reader) -> Rating? {
        reader.offerCompletions(["1", "2", "3", "4"])
        while let line = reader.readLine(prompt: "rate 1-4 [\(suggested.rawValue)]> ") {
            let text = line.trimmingCharacters(in: .whitespaces).lowercased()
            if text.isEmpty { return suggested }
            if let value = Int(text), let rating = Rating(rawValue: value) { return rating }
            if let rating = Rating.allCases.first(where: { $0.name.lowercased() == text }) { return rating }
        }
        return nil
    }

    /// Answers the disk refused are not given up on while the learner is there: each
    /// Enter retries (after they free space or fix permissions); end of input or
    /// `:quit` leaves them, and the summary and exit status say so.
    private func retryUnsaved<Reader: LineReader>(_ state: inout RunState, reader: inout Reader, emit: (SessionEvent) -> Void) {
        guard let store else { return }
        while !state.unsaved.isEmpty {
            do {
                try flushUnsaved(&state, store: store)
            } catch {
                emit(.storageProblem("\(state.unsaved.count) answers are not saved: \(error). Free space or fix the folder, then press Enter to retry (:quit leaves them unsaved)"))
                guard let line = reader.readLine(prompt: Self.retryPrompt) else { return }
                if case .some(.some(.quit)) = SessionCommand.parse(line.trimmingCharacters(in: .whitespaces)) { return }
            }
        }
    }

    static let retryPrompt = "retry> "

    private func finish(_ state: inout RunState, emit: (SessionEvent) -> Void) -> SessionSummary {
        let now = clock()
        if exam { emit(.examResults(state.examAnswers)) }
        if let store {
            do {
                try flushUnsaved(&state, store: store)
                try store.saveSnapshot()
            } catch {
                emit(.storageProblem("\(error)"))
            }
            let upcoming = StudyQueue.upcoming(items: allItems, cards: store.cards, after: now)
            state.summary.nextDue = upcoming.next
            state.summary.dueWithinADay = upcoming.withinADay
        }
        state.summary.unsaved = state.unsaved.count
        state.summary.seconds = now.timeIntervalSince(state.started)
        emit(.finished(state.summary))
        return state.summary
    }
}
