import Foundation
import QuizBank
import Testing
@testable import Study

@Suite struct StudyQueueTests {
    let now = Date(timeIntervalSince1970: 1_767_258_000)
    let items = (0..<6).map { Item(id: Item.ID("i\($0)"), kind: .custom, prompt: "p", answer: .text("a")) }

    func card(dueIn seconds: Double) -> CardState {
        CardState(phase: .review, step: nil, stability: 3, difficulty: 5, due: now.addingTimeInterval(seconds), lastReview: now)
    }

    @Test func dueFirstMostOverdueFirstThenNewUpToTheAllowance() {
        let cards = ["i1": card(dueIn: -10), "i3": card(dueIn: -1000), "i4": card(dueIn: 500)]
        let queue = StudyQueue.items(from: items, cards: cards, now: now, limits: .init(newPerDay: 2))
        #expect(queue.map(\.id.rawValue) == ["i3", "i1", "i0", "i2"])
    }

    @Test func dailyCountsAndSessionLimitApply() {
        let cards = ["i1": card(dueIn: -10), "i3": card(dueIn: -1000)]
        let limited = StudyQueue.items(
            from: items, cards: cards, now: now, limits: .init(newPerDay: 3, reviewsPerDay: 2, sessionLimit: 3),
            newToday: 2, reviewedToday: 1)
        #expect(limited.map(\.id.rawValue) == ["i3", "i0"])
    }

    @Test func cramTakesEverythingSoonestDueFirst() {
        let cards = ["i4": card(dueIn: 500), "i2": card(dueIn: 100)]
        #expect(StudyQueue.cramItems(from: items, cards: cards, limit: nil).map(\.id.rawValue) == ["i2", "i4", "i0", "i1", "i3", "i5"])
    }
}
