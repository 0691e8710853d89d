/// Binary searches over offsets, so every lookup from a quote to its sentence, tokens
/// or nearby speakers costs log n: articles with a million quote marks stay linear.
public enum OffsetSearch {
    /// The index of the last element whose key is at or before `offset`.
    public static func lastIndex<T>(in items: [T], atOrBefore offset: Int, key: (T) -> Int) -> Int? {
        var low = 0, high = items.count
        while low < high {
            let middle = (low + high) / 2
            if key(items[middle]) <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    /// The index of the first element whose key is at or after `offset`.
    public static func firstIndex<T>(in items: [T], atOrAfter offset: Int, key: (T) -> Int) -> Int {
        var low = 0, high = items.count
        while low < high {
            let middle = (low + high) / 2
            if key(items[middle]) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Tokens (sorted by position) that lie within `lower..<upper`.
    public static func tokens(_ tokens: [Token], from lower: Int, to upper: Int) -> ArraySlice<Token> {
        let start = firstIndex(in: tokens, atOrAfter: lower) { $0.range.lowerBound }
        var end = start
        let limit = firstIndex(in: tokens, atOrAfter: upper) { $0.range.lowerBound }
        end = max(start, limit)
        // A token that starts inside but runs past `upper` is left out.
        while end > start, tokens[end - 1].range.upperBound > upper { end -= 1 }
        return tokens[start..<end]
    }
}

/// Sorted, non-overlapping ranges with a log-time membership test.
public struct SortedRanges {
    private let ranges: [Range<Int>]

    public init(_ ranges: [Range<Int>]) {
        self.ranges = ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether any of the ranges overlaps `range`: when none does, no offset in it is contained.
    public func intersects(_ range: Range<Int>) -> Bool {
        guard let index = OffsetSearch.lastIndex(in: ranges, atOrBefore: range.upperBound - 1, key: \.lowerBound) else { return false }
        return ranges[index].upperBound > range.lowerBound && !ranges[index].isEmpty
    }

    public func contains(_ offset: Int) -> Bool {
        guard let index = OffsetSearch.lastIndex(in: ranges, atOrBefore: offset, key: \.lowerBound) else { return false }
        return ranges[index].contains(offset)
    }

    /// The last range that ends at or before `offset`.
    public func last(endingAtOrBefore offset: Int) -> Range<Int>? {
        guard var index = OffsetSearch.lastIndex(in: ranges, atOrBefore: offset, key: \.lowerBound) else { return nil }
        while index >= 0, ranges[index].upperBound > offset { index -= 1 }
        return index >= 0 ? ranges[index] : nil
    }

    /// The tokens (in text order) whose first offset `contains` says no to, in one pass:
    /// the range to test moves forward with the tokens instead of being searched for each.
    public func tokens(outside tokens: [Token]) -> [Token] {
        var outside: [Token] = []
        outside.reserveCapacity(tokens.count)
        guard let first = tokens.first else { return outside }
        var current = OffsetSearch.lastIndex(in: ranges, atOrBefore: first.range.lowerBound, key: \.lowerBound) ?? -1
        for token in tokens {
            let offset = token.range.lowerBound
            while current + 1 < ranges.count, ranges[current + 1].lowerBound <= offset { current += 1 }
            if current < 0 || !ranges[current].contains(offset) { outside.append(token) }
        }
        return outside
    }
}
