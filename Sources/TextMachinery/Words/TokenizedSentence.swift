/// A sentence of an article with its tokens, as every extractor reads it. A struct, not
/// a tuple: an array of tuples is copied and destroyed through the runtime's generic
/// tuple witnesses, an array of these through code compiled for them.
package struct TokenizedSentence: Sendable {
    package let paragraph: Int
    package let range: Range<Int>
    package let tokens: [Token]

    package init(paragraph: Int, range: Range<Int>, tokens: [Token]) {
        self.paragraph = paragraph
        self.range = range
        self.tokens = tokens
    }
}
