import Foundation

/// libFuzzer entry point for `cards.tsv`: whatever the decoder accepts must be a cache
/// the quiz can use without trapping (every time writable to the log and readable
/// back, every step a small whole number) and must survive its own round trip.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let snapshot = try? ProgressSnapshot.decode(bytes) else { return 0 }
    guard snapshot.logBytes >= 0, snapshot.logLines >= 0, snapshot.logLines <= snapshot.logBytes else {
        fatalError("implausible offsets accepted: \(snapshot.logBytes) \(snapshot.logLines)")
    }
    for (_, card) in snapshot.cards {
        for time in [card.due] + (card.lastReview.map { [$0] } ?? []) {
            guard Timestamp.isRepresentable(time), Timestamp.date(from: Timestamp.string(from: time)) != nil else {
                fatalError("a time the log cannot hold was accepted: \(time.timeIntervalSince1970)")
            }
        }
        if let step = card.step, !(0...1000).contains(step) { fatalError("step \(step) accepted") }
        if let stability = card.stability, !stability.isFinite { fatalError("stability \(stability) accepted") }
        // What the quiz does with a card: review it.
        _ = Scheduler(enableFuzzing: false).review(card, rating: .good, at: card.lastReview ?? card.due)
    }
    guard let again = try? ProgressSnapshot.decode(snapshot.encoded()), again.cards.count == snapshot.cards.count else {
        fatalError("a snapshot it accepted does not survive its own round trip")
    }
    return 0
}
