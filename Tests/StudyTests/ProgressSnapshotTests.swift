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
