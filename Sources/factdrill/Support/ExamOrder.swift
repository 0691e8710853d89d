import QuizBank

/// The exam's question order: a shuffle fixed by the seed (SplitMix64), the same on every
/// machine, so a class sitting the same exam gets the same paper.
enum ExamOrder {
    static func shuffled(_ items: [Item], seed: UInt64, limit: Int?) -> [Item] {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var order = items
        if order.count > 1 {
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(index, Int(next() % UInt64(index + 1)))
            }
        }
        return limit.map { Array(order.prefix($0)) } ?? order
    }
}
