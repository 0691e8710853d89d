/// Where an item's key comes from, so a learner can always check the claim.
public struct Evidence: Codable, Sendable, Equatable {
    /// The outlet or article file the sentence comes from.
    public var source: String
    public var sentence: String

    public init(source: String, sentence: String) {
        self.source = source
        self.sentence = sentence
    }
}
