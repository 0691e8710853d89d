/// A read-only map from words to their classes, probed by open addressing on the word's
/// bits: every token is looked up once, and a `Dictionary`'s seeded SipHash cost more
/// than the rest of making the token.
public struct WordTable: Sendable {
    @usableFromInline let words: [Word]
    @usableFromInline let values: [WordClass]
    @usableFromInline let mask: Int

    public init(_ entries: [Word: WordClass]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        var words = [Word](repeating: .empty, count: capacity)
        var values = [WordClass](repeating: [], count: capacity)
        for (word, value) in entries {
            var slot = Int(truncatingIfNeeded: word.tableHash) & (capacity - 1)
            while !words[slot].isEmpty { slot = (slot + 1) & (capacity - 1) }
            words[slot] = word
            values[slot] = value
        }
        self.words = words
        self.values = values
        mask = capacity - 1
    }

    @inlinable @inline(__always) public subscript(word: Word) -> WordClass? {
        var slot = Int(truncatingIfNeeded: word.tableHash) & mask
        while !words[slot].isEmpty {
            if words[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
