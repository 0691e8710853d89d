/// A sentence of an article with its tokens, as every extractor reads it. A struct, not
/// a tuple: an array of tuples is copied and destroyed through the runtime's generic
/// tuple witnesses, an array of these through code compiled for them.
struct TokenizedSentence: Sendable {
    let paragraph: Int
    let range: Range<Int>
    let tokens: [Token]
}
