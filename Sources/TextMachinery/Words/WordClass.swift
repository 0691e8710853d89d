/// What the rules need to know about a word, looked up once per token when it is made.
/// Every rule used to ask its own `Set<String>` about every token — a hash of the word
/// each time; now a rule tests a bit. The bits are named by the rules that own the word
/// lists (FactExtraction's `WordClass` extension); the machinery only carries them.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32

    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }
}
