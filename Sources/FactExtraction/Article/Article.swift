import TextMachinery
/// A news article split the way extraction needs it: paragraphs (one per line of
/// text), sentences with their offsets, the headline and the front matter.
///
/// Offsets count Unicode scalars from the start of the file, as Python's string
/// indexing does, so `start` values line up with what scripts see.
public struct Article: Sendable {
    public var fileName: String
    public var title: String?
    /// `source:` from the front matter, else a credit line or footer naming the outlet.
    public var source: String?
    /// `published:` from the front matter (or `--published`), as YYYY-MM-DD.
    public var published: CalendarDay?
    public var paragraphs: [Paragraph]
    /// The whole text, so offsets can be turned back into strings. Set only by the
    /// reader, with `marks` and `ascii`, which are derived from it.
    public internal(set) var scalars: [Unicode.Scalar]
    /// `url:` from the front matter: where the article was published, so a learner can open it.
    public var url: String? = nil
    /// `authors:` from the front matter, comma-separated there.
    public var authors: [String] = []
    /// Where the sentence ends and quote marks are (`ArticleMarks`), in order.
    var marks: [Int]
    /// The scalars narrowed to a byte each (`ASCIIBytes`), padding included.
    var ascii: [UInt8]

    public func text(_ range: Range<Int>) -> String {
        ScalarText.string(scalars, range)
    }
}

public struct Paragraph: Sendable {
    public var range: Range<Int>
    public var sentences: [Range<Int>]
    /// Site furniture (newsletter prompts, photo credits, link lists): kept for offsets,
    /// never mined for facts.
    public var isBoilerplate: Bool
    /// The headline line: a sentence for dates and figures, never a quote's context.
    public var isHeadline: Bool
}
