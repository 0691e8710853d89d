import Testing
@testable import TextMachinery

/// Work spread over the cores must hand back exactly what a one-at-a-time loop would, in
/// the same order, whatever order the workers finish in.
@Suite struct InOrderTests {
    /// Uneven work, so later items often finish before earlier ones.
    static func uneven(_ index: Int) -> Int {
        var value = index
        for _ in 0..<((index * 7919) % 2_000) { value = (value &* 31 &+ 7) % 1_000_003 }
        return value
    }

    @Test func mapReturnsEachIndexsResultInIndexOrder() {
        let spread = InOrder.map(count: 5_000, transform: Self.uneven)
        #expect(spread == (0..<5_000).map(Self.uneven))
    }

    @Test func mapOfNothingIsEmpty() {
        #expect(InOrder.map(count: 0) { $0 }.isEmpty)
    }

    struct Odd: Error, Equatable { let index: Int }

    @Test func forEachDeliversEveryItemInOrderAcrossBatchesWithItsOwnFailure() {
        var delivered: [(Int, Result<Int, any Error>)] = []
        InOrder.forEach(Array(0..<100), batch: 7, transform: { index in
            if index % 2 == 1 { throw Odd(index: index) }
            return Self.uneven(index)
        }) { delivered.append(($0, $1)) }
        #expect(delivered.map(\.0) == Array(0..<100))
        for (index, result) in delivered {
            switch result {
            case .success(let value): #expect(index % 2 == 0 && value == Self.uneven(index))
            case .failure(let error): #expect((error as? Odd) == Odd(index: index))
            }
        }
    }
}
