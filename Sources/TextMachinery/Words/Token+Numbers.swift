/// The numbers a token states, asked by the figure and date rules in words, not bytes.
extension Token {
    /// "1,000" → 1000, "1.2bn" → 1.2e9 (scaled): see `Word.amount`.
    @inlinable public var amount: (value: Double, scaled: Bool)? { lowered.amount }

    /// "22nd" → 22, "twenty-first" → 21: see `Word.ordinalValue`.
    @inlinable public var ordinalValue: Double? { lowered.ordinalValue }
}
