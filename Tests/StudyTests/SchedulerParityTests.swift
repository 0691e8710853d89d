import Foundation
import Testing
@testable import Study

/// Parity with the published `fsrs` 6.3.2 package, over vectors its oracle produced
/// (Scripts/make-fsrs-vectors.py): random sequences with same-day repeats, on-time,
/// late and early reviews and gaps of years.
@Suite struct SchedulerParityTests {
    struct Vectors: Decodable {
        var rows: [[Row]]
        /// The parameters the package scheduled with; nil for its defaults.
        var parameters: [Double]?
        enum Row: Decodable {
            case number(Double), text(String), null
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if container.decodeNil() { self = .null }
                else if let value = try? container.decode(Double.self) { self = .number(value) }
                else { self = .text(try container.decode(String.self)) }
            }
            var number: Double? { if case .number(let value) = self { value } else { nil } }
            var text: String? { if case .text(let value) = self { value } else { nil } }
        }
    }

    static func loadVectors(_ name: String = "fsrs-vectors.json") throws -> Vectors {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name)")
        return try JSONDecoder().decode(Vectors.self, from: Data(contentsOf: url))
    }

    @Test func matchesTheReferenceOnThousandsOfRandomReviews() throws {
        let rows = try Self.loadVectors().rows
        #expect(rows.count > 10_000)
        Self.expectParity(rows, scheduler: Scheduler(enableFuzzing: false))
    }

    /// Personal parameters (what `schedule optimize --save` gives `quiz`) schedule as the
    /// package does given the same parameters, to 1e-6.
    @Test func matchesTheReferenceWithPersonalParameters() throws {
        let vectors = try Self.loadVectors("fsrs-vectors-personal.json")
        let parameters = try #require(vectors.parameters)
        #expect(parameters != Scheduler.defaultParameters)
        #expect(vectors.rows.count > 3_000)
        Self.expectParity(vectors.rows, scheduler: Scheduler(parameters: parameters, enableFuzzing: false))
    }

    static func expectParity(_ rows: [[Vectors.Row]], scheduler: Scheduler) {
        var cards: [Int: CardState] = [:]
        var mismatches = 0
        for row in rows {
            let card = Int(row[0].number!), rating = Rating(rawValue: Int(row[1].number!))!
            let time = Date(timeIntervalSince1970: row[2].number!)
            let before = cards[card] ?? .new(at: time)
            let retrievability = scheduler.retrievability(of: before, at: time)
            let after = scheduler.review(before, rating: rating, at: time)
            cards[card] = after
            let dueMatches = after.due.timeIntervalSince1970 == row[3].number!
            let stabilityMatches = abs(after.stability! - row[4].number!) <= 1e-6
            let difficultyMatches = abs(after.difficulty! - row[5].number!) <= 1e-6
            let stateMatches = after.phase.rawValue == row[6].text! && after.step == row[7].number.map { Int($0) }
            let retrievabilityMatches = abs(retrievability - row[8].number!) <= 1e-9
            if !(dueMatches && stabilityMatches && difficultyMatches && stateMatches && retrievabilityMatches) {
                mismatches += 1
                if mismatches <= 5 {
                    Issue.record("card \(card) at \(time): got \(after), expected \(row)")
                }
            }
        }
        #expect(mismatches == 0)
    }

    @Test func reproducesThePackagesKnownIntervalSequence() {
        // py-fsrs tests/test_basic.py: Good x6, Again x2, Good x5, each on its due date.
        let scheduler = Scheduler(enableFuzzing: false)
        var now = Date(timeIntervalSince1970: 1_669_725_000)  // 2022-11-29T12:30:00Z
        var card = CardState.new(at: now)
        var intervals: [Int] = []
        for rating in [3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3] {
            card = scheduler.review(card, rating: Rating(rawValue: rating)!, at: now)
            intervals.append(Scheduler.wholeDays(from: card.lastReview!, to: card.due))
            now = card.due
        }
        #expect(intervals == [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21])
    }

    @Test func fuzzStaysWithinTheReferenceRangeAndVaries() {
        let plain = Scheduler(enableFuzzing: false)
        let fuzzy = Scheduler(enableFuzzing: true)
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        var card = plain.review(.new(at: start), rating: .easy, at: start)
        let later = card.due
        card = plain.review(card, rating: .good, at: later)
        let base = Scheduler.wholeDays(from: later, to: card.due)
        #expect(base >= 20)
        var generator = SystemRandomNumberGenerator()
        var seen = Set<Int>()
        let previous = plain.review(.new(at: start), rating: .easy, at: start)
        for _ in 0..<200 {
            let fuzzed = fuzzy.review(previous, rating: .good, at: later, using: &generator)
            let days = Scheduler.wholeDays(from: later, to: fuzzed.due)
            // py-fsrs: delta = 1 + 0.15*4.5 + 0.1*13 + 0.05*(days-20) around the interval.
            let delta = 1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * Double(base - 20)
            // py-fsrs draws uniformly over [low, high + 1) and then rounds, so high + 1 can occur.
            #expect(Double(days) >= (Double(base) - delta).rounded() && Double(days) <= (Double(base) + delta).rounded() + 1)
            seen.insert(days)
        }
        #expect(seen.count > 1, "fuzz never changed the interval")
    }
}
