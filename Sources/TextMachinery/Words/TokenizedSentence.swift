/// A sentence of an article with its tokens, as every extractor reads it. A struct, not
/// a tuple: an array of tuples is copied and destroyed through the runtime's generic
/// tuple witnesses, an array of these through code compiled for them.
public struct TokenizedSentence: Sendable {
    public let paragraph: Int
    public let range: Range<Int>
    public let tokens: [Token]

    public init(paragraph: Int, range: Range<Int>, tokens: [Token]) {
        self.paragraph = paragraph
        self.range = range
        self.tokens = tokens
    }
}
