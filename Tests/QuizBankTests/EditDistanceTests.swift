import Testing
@testable import QuizBank

/// The banded edit distance agrees with the full one wherever it is within the limit.
@Suite struct EditDistanceTests {
    static func fullDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test func agreesWithTheFullDistanceUpToTheLimit() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcé ")
        for _ in 0..<3000 {
            let a = String((0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let b = String((0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let full = Self.fullDistance(a, b)
            for limit in 0...4 {
                #expect(TextNormalization.editDistance(a, b, limit: limit) == min(full, limit + 1), "\(a) \(b) \(limit)")
            }
        }
    }

    @Test func aHugeAnswerIsFarFromAShortKey() {
        let huge = String(repeating: "poroshenko ", count: 4000)
        #expect(TextNormalization.editDistance(huge, "poroshenko", limit: 2) == 3)
        #expect(TextNormalization.editDistance(huge, huge + "x", limit: 2) == 1)
    }
}
