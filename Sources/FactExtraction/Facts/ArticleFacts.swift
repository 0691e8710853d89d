/// What `extract` finds in one article, in the design's JSON shape.
public struct ArticleFacts: Codable, Sendable, Equatable {
    public var article: String
    public var title: String?
    public var source: String?
    public var published: String?
    public var quotes: [QuoteFact]
    public var figures: [FigureFact]
    public var dates: [DateFact]
    /// The article's address (front matter `url:`), carried into the evidence of its items.
    public var url: String? = nil
    /// Every name of two words or more the article writes, facts or not: a lone "Clinton"
    /// is written out only when one person of that surname is named. Not part of the JSON.
    public var fullNames: [String] = []
    /// The story's opening sentence: what an item from a headline-less article may cite so
    /// that "the season" or "the project" in its prompt says which. A file with no headline
    /// line has its first paragraph read as the title; when that reads as a sentence (long,
    /// ending in a full stop) it is the lede. Not part of the JSON.
    public var lede: String? = nil
    /// Acronyms the article spells out, by acronym ("WSU" → "Wancho Students’ Union"): a
    /// speaker given as "the WSU" is asked by its name. Not part of the JSON.
    public var spelledOut: [String: String] = [:]

    enum CodingKeys: String, CodingKey { case article, title, source, published, quotes, figures, dates, url }

    /// Every key is written, null when unknown: scripts rely on the shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(article, forKey: .article)
        try container.encode(title, forKey: .title)
        try container.encode(source, forKey: .source)
        try container.encode(published, forKey: .published)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(figures, forKey: .figures)
        try container.encode(dates, forKey: .dates)
        // Only when known: text articles without one keep the output they always had.
        try container.encodeIfPresent(url, forKey: .url)
    }
}

/// A direct quote and who said it. `speaker` is nil when the article does not say
/// who with confidence: no who-said item is made from such a quote.
public struct QuoteFact: Codable, Sendable, Equatable {
    public var text: String
    public var speaker: String?
    public var sentence: String
    /// Offset of the quote text in the article (Unicode scalars, as Python counts).
    public var start: Int
    /// The news-writing convention the speaker was read from ("verb-after", "pronoun"…;
    /// the README lists them), nil when no rule named anyone.
    public var attribution: String?
    /// How the text names the speaker: "name", "pronoun", "role", "description",
    /// "organisation", or "carried" over from an earlier quote.
    public var mention: String?
    /// How often the rule is right where it was used (0–1, measured on news data).
    public var confidence: Double?
    /// The speaker the rule named when its confidence was too low to publish: kept for
    /// review, never used to make an item.
    public var candidate: String?
    /// What lowered (or kept) the confidence: shown so a reader can see why a speaker
    /// was withheld, and read by the calibration script.
    public var signals: AttributionSignals?
    /// A fragment of at most five words inside the reporter's own sentence.
    public var short: Bool

    public init(
        text: String, speaker: String?, sentence: String, start: Int, attribution: String?, mention: String? = nil,
        confidence: Double? = nil, candidate: String? = nil, signals: AttributionSignals? = nil, short: Bool
    ) {
        self.text = text
        self.speaker = speaker
        self.sentence = sentence
        self.start = start
        self.attribution = attribution
        self.mention = mention
        self.confidence = confidence
        self.candidate = candidate
        self.signals = signals
        self.short = short
    }

    enum CodingKeys: String, CodingKey { case text, speaker, sentence, start, attribution, mention, confidence, candidate, signals, short }

    /// `speaker` is written as null when unknown: scripts test for it, so it is never absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(start, forKey: .start)
        try container.encodeIfPresent(attribution, forKey: .attribution)
        try container.encodeIfPresent(mention, forKey: .mention)
        try container.encodeIfPresent(confidence, forKey: .confidence)
        try container.encodeIfPresent(candidate, forKey: .candidate)
        try container.encodeIfPresent(signals, forKey: .signals)
        try container.encode(short, forKey: .short)
    }
}

/// The situations in which attribution rules are known to fail, as found around one quote.
public struct AttributionSignals: Codable, Sendable, Equatable {
    /// Other people named where a reader looks for this speaker: the quote's sentence for a
    /// named speaker, the sentences before for "he", everything since the earlier quote for
    /// a carried-over one.
    public var rivals: Int
    /// The speaker's surname appears inside the quote.
    public var namedInQuote: Bool
    /// The quote is a fragment inside the reporter's sentence.
    public var embedded: Bool
    /// Paragraphs back to the attribution a quote paragraph carries over.
    public var paragraphsBack: Int
    /// A carried-over speaker that the quote it continues got from "he" or "she": the
    /// continuation is no surer than the pronoun was.
    public var carriesPronoun: Bool

    public init(rivals: Int, namedInQuote: Bool, embedded: Bool, paragraphsBack: Int, carriesPronoun: Bool = false) {
        self.rivals = rivals
        self.namedInQuote = namedInQuote
        self.embedded = embedded
        self.paragraphsBack = paragraphsBack
        self.carriesPronoun = carriesPronoun
    }

    enum CodingKeys: String, CodingKey {
        case rivals, namedInQuote = "named_in_quote", embedded, paragraphsBack = "paragraphs_back", carriesPronoun = "carries_pronoun"
    }

    /// Facts written before `carries_pronoun` existed still read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rivals = try container.decode(Int.self, forKey: .rivals)
        namedInQuote = try container.decode(Bool.self, forKey: .namedInQuote)
        embedded = try container.decode(Bool.self, forKey: .embedded)
        paragraphsBack = try container.decode(Int.self, forKey: .paragraphsBack)
        carriesPronoun = try container.decodeIfPresent(Bool.self, forKey: .carriesPronoun) ?? false
    }
}

/// A figure as written, with its value, what it counts, its qualifier and who claims it.
public struct FigureFact: Codable, Sendable, Equatable {
    public var text: String
    public var value: FigureValue?
    public var unit: String?
    /// "at least", "up to", "about"…: an item must keep it ("at least 1,000" is not 1,000).
    public var qualifier: String?
    /// Who the sentence says asserts the figure ("a NATO official", "the city administration").
    public var source: String?
    public var sentence: String
    public var start: Int

    enum CodingKeys: String, CodingKey { case text, value, unit, qualifier, source, sentence, start }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encodeIfPresent(qualifier, forKey: .qualifier)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(start, forKey: .start)
    }
}

/// A number or a two-sided range (`[low, high]` in JSON).
public enum FigureValue: Codable, Sendable, Equatable {
    case number(Double)
    case range(Double, Double)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let pair = try? container.decode([Double].self), pair.count == 2 {
            self = .range(pair[0], pair[1])
        } else {
            self = .number(try container.decode(Double.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .range(let low, let high): try container.encode([low, high])
        }
    }
}

/// A date or time expression; `resolved` is a calendar date when the publication date
/// lets a relative expression be pinned down, nil otherwise.
public struct DateFact: Codable, Sendable, Equatable {
    public var text: String
    public var sentence: String
    public var resolved: String?
    public var start: Int
    public var source: String?

    enum CodingKeys: String, CodingKey { case text, sentence, resolved, start, source }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(resolved, forKey: .resolved)  // null, not absent: scripts rely on the key
        try container.encode(start, forKey: .start)
        try container.encodeIfPresent(source, forKey: .source)
    }
}
