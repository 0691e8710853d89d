/// The named speakers of a whole batch of articles, for who-said distractors and false
/// claims. Picking walks the sorted list from a point the item's id decides, so the
/// choice is stable across runs and costs the same for 3 speakers or 30,000.
struct SpeakerPool {
    private let sorted: [String]

    init(_ speakers: Set<String>) {
        sorted = speakers.sorted()
    }

    /// Up to `count` speakers other than `excluded`: the preferred ones first (in an
    /// order the seed decides), then others from the whole pool.
    func pick(_ count: Int, excluding excluded: String, preferring preferred: [String] = [], seed: String) -> [String] {
        var picked = Array(QuestionGenerator.deterministicShuffle(preferred.filter { $0 != excluded }, seed: seed).prefix(count))
        guard picked.count < count, !sorted.isEmpty else { return picked }
        let start = Int(StableID.hash([seed, "pool"]) % UInt64(sorted.count))
        var offset = 0
        while picked.count < count, offset < sorted.count {
            let candidate = sorted[(start + offset) % sorted.count]
            if candidate != excluded, !picked.contains(candidate) { picked.append(candidate) }
            offset += 1
        }
        return picked
    }
}
