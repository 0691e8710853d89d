/// A run of text between block boundaries (a paragraph, a heading, a list item, or text
/// split by `<br>`), with how much of it sits inside links.
struct PageBlock {
    /// The innermost block element holding the text.
    var owner: Int
    var text: String
    /// Unicode scalars in `text`, counted once.
    var characterCount: Int
    var linkCharacters: Int
    /// Inside an element taken for site furniture (navigation, share bar, comments).
    var isFurniture: Bool
    var isHeadline: Bool

    var linkDensity: Double { characterCount == 0 ? 0 : Double(linkCharacters) / Double(characterCount) }
}
