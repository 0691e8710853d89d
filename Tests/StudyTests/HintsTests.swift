import QuizBank
import Testing
@testable import Study

@Suite struct HintsTests {
    /// The magnitude hint counted powers of ten up to the value: for an infinite one it
    /// never stopped (and ignored signals), hanging the quiz on `:hint`.
    @Test func anInfiniteNumberGetsNoMagnitudeHintAndDoesNotHang() {
        let numeric = Item(id: "n", kind: .figure, prompt: "How many?", answer: .number(.infinity), tolerance: 0)
        #expect(Hints.hint(for: numeric, level: 0) == nil)
        let nines = Item(id: "t", kind: .custom, prompt: "Which?", answer: .text(String(repeating: "9", count: 400)))
        #expect(Hints.hint(for: nines, level: 0) == "It starts with “9” and has 1 word.")
    }

    @Test func aFiniteNumberStillGetsItsMagnitude() {
        let item = Item(id: "n", kind: .figure, prompt: "How many?", answer: .number(1234), tolerance: 0)
        #expect(Hints.hint(for: item, level: 0) == "A number between 1,000 and 9,999.")
    }
}
