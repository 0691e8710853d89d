extension Collection {
    /// `filter` with room for every element reserved once. The standard `filter` grows
    /// its result by doubling: keeping twenty of a sentence's tokens cost five buffers
    /// and four copies, on paths run for every speech verb and quote.
    public func filterReserving(_ isIncluded: (Element) throws -> Bool) rethrows -> [Element] {
        var kept: [Element] = []
        kept.reserveCapacity(count)
        for element in self where try isIncluded(element) { kept.append(element) }
        return kept
    }
}
