/// How a bank is generated: how many items each article may give, and the outlet to name
/// for articles that name none themselves.
public struct GenerationOptions: Sendable {
    /// Suits a short session: a ten-article batch gives a bank of about fifty items.
    public static let defaultMaxPerArticle = 6

    public var maxPerArticle: Int
    /// The outlet for articles whose front matter and credit lines name none (`--source`).
    public var source: String?

    public init(maxPerArticle: Int = GenerationOptions.defaultMaxPerArticle, source: String? = nil) {
        self.maxPerArticle = maxPerArticle
        self.source = source
    }
}

/// A fact the generator looked at and made no item of, and why: a teacher sees its judgement.
public struct SkippedFact: Sendable, Equatable {
    public var article: String
    /// The kind of item it would have been ("who-said", "figure", "claim", …).
    public var kind: String
    /// The fact as written (the quote, the figure, the date).
    public var fact: String
    public var reason: String
}

/// A generated bank and what was left out.
public struct Generation: Sendable {
    public var bank: Bank
    public var skipped: [SkippedFact]
    /// The stories of more than one article, as article names: where distractors and
    /// cross-source comparisons came from.
    public var stories: [[String]] = []
}
