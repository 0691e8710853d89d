/// An article as read from a web page: what the page showed, and nil for what it did
/// not, so output can say "not on the page" instead of guessing.
public struct WebArticle: Sendable, Equatable {
    public var headline: String?
    /// The outlet: the page's site name, its publisher, its application name, else the host.
    public var outlet: String?
    /// The publication date as YYYY-MM-DD, in the publisher's own time zone when the page gives one.
    public var published: String?
    public var authors: [String]
    /// The canonical address, else the address the page was read from.
    public var url: String?
    public var paragraphs: [String]

    public init(headline: String?, outlet: String?, published: String?, authors: [String], url: String?, paragraphs: [String]) {
        self.headline = headline
        self.outlet = outlet
        self.published = published
        self.authors = authors
        self.url = url
        self.paragraphs = paragraphs
    }

    /// The fields the page did not show, by their front-matter names.
    public var missing: [String] {
        var names: [String] = []
        if headline == nil { names.append("title") }
        if outlet == nil { names.append("source") }
        if published == nil { names.append("published") }
        if url == nil { names.append("url") }
        if authors.isEmpty { names.append("authors") }
        return names
    }
}
