/// Where an item's key comes from, so a learner can always check the claim.
public struct Evidence: Codable, Sendable, Equatable {
    /// The outlet or article file the sentence comes from.
    public var source: String
    public var sentence: String
    /// The article's address, when it came from the web: the learner can open the original.
    public var url: String?

    public init(source: String, sentence: String, url: String? = nil) {
        self.source = source
        self.sentence = sentence
        self.url = url
    }

    /// The sentence in quotation marks, as a reader sees it cited; a sentence that opens with
    /// a quote of its own ("“The flood warning remains …,” Tuifagalele said.") is shown as it
    /// stands, not inside a second pair.
    public var quotedSentence: String {
        PromptText.quoted(sentence)
    }
}
