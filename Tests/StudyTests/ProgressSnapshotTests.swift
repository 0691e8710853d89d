import Foundation
import Testing
@testable import Study

@Suite struct ProgressSnapshotTests {
    @Test func roundTripsEveryFieldAndAwkwardIds() throws {
        let cards: [String: CardState] = [
            "plain": CardState(phase: .review, step: nil, stability: 25.081379978973715, difficulty: 9.825062074282492,
                               due: Date(timeIntervalSince1970: 1_661_850_370), lastReview: Date(timeIntervalSince1970: 1_659_690_370.5)),
            "tab\there\\and\nnewline": CardState(phase: .learning, step: 1, stability: 2.3065, difficulty: 2.1,
                                                 due: Date(timeIntervalSince1970: 1), lastReview: Date(timeIntervalSince1970: 0)),
            "never": .new(at: Date(timeIntervalSince1970: 5)),
        ]
        let snapshot = ProgressSnapshot(logBytes: 1234, logLines: 9, cards: cards)
        #expect(try ProgressSnapshot.decode(snapshot.encoded()) == snapshot)
    }

    @Test func aSnapshotCutShortIsDamagedNotPartial() throws {
        let cards = (0..<10).reduce(into: [String: CardState]()) { $0["c\($1)"] = .new(at: Date(timeIntervalSince1970: Double($1))) }
        let data = ProgressSnapshot(logBytes: 0, logLines: 0, cards: cards).encoded()
        #expect(throws: ProgressSnapshot.Problem.self) { try ProgressSnapshot.decode(data.prefix(data.count - 30)) }
        #expect(throws: ProgressSnapshot.Problem.newer(version: 9)) {
            try ProgressSnapshot.decode(Data(#"{"format":"factdrill-cards","version":9,"log_bytes":0,"log_lines":0,"cards":0}"#.utf8 + [10]))
        }
    }
}

@Suite struct ImplausibleSnapshotTests {
    static let header = #"{"format":"factdrill-cards","version":1,"log_bytes":100,"log_lines":2,"cards":1}"#

    static func snapshot(header: String = header, row: String) -> Data {
        Data((header + "\n" + row + "\n").utf8)
    }

    /// Each of these crashed the quiz, check or repair (Int(nan), reserveCapacity(Int.max),
    /// a log line count that overflows on the next review) or wrote an unreadable log.
    @Test(arguments: [
        (#"{"format":"factdrill-cards","version":1,"log_bytes":100,"log_lines":2,"cards":9223372036854775807}"#, "c\tLearning\t1\t2.3\t5.1\t1767258000\t1767257400"),
        (#"{"format":"factdrill-cards","version":1,"log_bytes":100,"log_lines":2,"cards":1000000000000000}"#, "c\tLearning\t1\t2.3\t5.1\t1767258000\t1767257400"),
        (#"{"format":"factdrill-cards","version":1,"log_bytes":100,"log_lines":9223372036854775807,"cards":1}"#, "c\tLearning\t1\t2.3\t5.1\t1767258000\t1767257400"),
        (#"{"format":"factdrill-cards","version":1,"log_bytes":-5,"log_lines":0,"cards":1}"#, "c\tLearning\t1\t2.3\t5.1\t1767258000\t1767257400"),
        (header, "c\tLearning\tnan\t2.3\t5.1\t1767258000\t1767257400"),
        (header, "c\tLearning\t1e300\t2.3\t5.1\t1767258000\t1767257400"),
        (header, "c\tLearning\t1.5\t2.3\t5.1\t1767258000\t1767257400"),
        (header, "c\tReview\t-\tnan\t5.1\t1767258000\t1767257400"),
        (header, "c\tReview\t-\t-3\t5.1\t1767258000\t1767257400"),
        (header, "c\tReview\t-\t2.3\t11\t1767258000\t1767257400"),
        (header, "c\tReview\t-\t2.3\t5.1\tinf\t1767257400"),
        (header, "c\tReview\t-\t2.3\t5.1\t1767258000\tinf"),
        (header, "c\tReview\t-\t2.3\t5.1\t253402300800\t1767257400"),
    ])
    func isDamagedNotTrusted(header: String, row: String) {
        #expect(throws: ProgressSnapshot.Problem.self) { try ProgressSnapshot.decode(Self.snapshot(header: header, row: row)) }
    }

    @Test func aPlausibleRowStillLoads() throws {
        let snapshot = try ProgressSnapshot.decode(Self.snapshot(row: "c\tLearning\t1\t2.3\t5.1\t1767258000\t1767257400"))
        #expect(snapshot.cards["c"]?.step == 1)
    }
}
