extension WebArticle {
    /// The article as FactDrill's text format: front matter, the headline, then one
    /// paragraph per line. `extract` and `generate` read exactly this, so a user can save
    /// it, correct it and feed it back. Fields the page did not show are listed in a
    /// `missing:` line rather than guessed.
    public var frontMatterText: String {
        var text = "---\n"
        if let outlet { text += "source: \(Self.oneLine(outlet))\n" }
        if let published { text += "published: \(published)\n" }
        if let url { text += "url: \(Self.oneLine(url))\n" }
        if !authors.isEmpty { text += "authors: \(authors.map(Self.oneLine).joined(separator: ", "))\n" }
        let absent = missing
        if !absent.isEmpty { text += "missing: \(absent.joined(separator: ", "))\n" }
        text += "---\n"
        if let headline { text += Self.oneLine(headline) + "\n" }
        for paragraph in paragraphs { text += Self.oneLine(paragraph) + "\n" }
        return text
    }

    /// Newlines would end a front-matter entry or split a paragraph.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
