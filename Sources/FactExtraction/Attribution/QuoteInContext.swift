import TextMachinery
/// One quote with what the attribution rules read around it.
struct QuoteInContext {
    /// The quote's place among the article's quote spans.
    let index: Int
    let span: QuoteSpan
    let sentenceIndex: Int
    /// The quote's sentence before its opening mark (from the previous quote's end).
    let before: ArraySlice<Token>
    /// The sentence after its closing mark, up to the next quote.
    let after: ArraySlice<Token>
    let text: String
    let wordCount: Int
    /// A fragment inside the reporter's own sentence rather than speech set off by itself.
    let embedded: Bool
    /// Speakers quoted or reported from two paragraphs back to the end of this one.
    let known: [(name: String, offset: Int)]

    /// What follows a quote that ends on an attribution's comma, inside the marks ("…,” put
    /// in") or after them ("…”, put in"): nil when it ends on none.
    var afterAttributionComma: ArraySlice<Token>? {
        let commaAfter = after.first?.isMark(",") == true
        guard commaAfter || text.hasSuffix(",") else { return nil }
        return after.dropFirst(commaAfter ? 1 : 0)
    }

    /// The capitalised words right after that comma ("“…,” Jordan Kale, a student …"),
    /// before anything else; empty when a pronoun, an article or a lower-case word comes first.
    var nameAfterAttributionComma: ArraySlice<Token>? {
        afterAttributionComma.map { after in after.prefix { $0.isWord && $0.isCapitalized && !$0.is(.pronoun) && !$0.is(.article) } }
    }

    /// "“American Skin (41 Shots)” was written by Springsteen", "“Family values people” were
    /// …": a few words in quote marks that their sentence goes on to say something of, with no
    /// comma between, are a title or a phrase it talks about, not speech set off to be heard.
    /// (A longer quote so set is still someone's words: "“The government is alleging that …”
    /// were provoking violence", from the attorney the sentence before names.)
    var isNamedPhrase: Bool {
        wordCount <= 6 && !text.hasSuffix(",") && after.first.map { $0.isWord && Self.linkingVerbs.contains($0.lowered) } == true
    }

    static let linkingVerbs: Set<Word> = ["is", "was", "were", "are", "has", "had", "have", "remains", "remained", "became"]

    /// Where a capitalised word stands after one to three lower-case words that follow that
    /// comma (", put in Keth", ", chimed in actor-director Nandita Das"): a name brought in by
    /// a verb the rules may not know. Nil when a pronoun or an article comes first.
    var nameAfterLowerCaseWords: Int? {
        guard let after = afterAttributionComma else { return nil }
        let words = after.prefix(while: \.isWord).prefix(4)
        guard let name = words.firstIndex(where: \.isCapitalized), name > words.startIndex,
            words[..<name].allSatisfy({ !$0.is(.pronoun) && !$0.is(.article) })
        else { return nil }
        return name
    }
}

/// What the quotes before this one were given: carried-over rules read it.
struct AttributionHistory {
    /// Who was speaking in each earlier span (whatever the confidence): its speaker, nil when
    /// it had none or when the sentence's subject only cited it (`statement-noun`: the next
    /// quote is the subject's, not the possessor's).
    var voices: [String?]
    /// Whether each earlier span's speaker came through "he" or "she", directly or carried over.
    var throughPronoun: [Bool]
    /// Each earlier span's confidence, nil when it had no speaker.
    var confidences: [Double?]
    /// The last quote's speaker and paragraph, and whether it came through a pronoun.
    var lastSpeaker: (name: String, paragraph: Int, throughPronoun: Bool)?
    /// Every speech verb's subject in the article, quoted or not.
    let events: [(name: String, offset: Int, paragraph: Int)]
}

/// A news-writing convention that may name a quote's speaker.
protocol QuoteAttributionRule: Sendable {
    var rule: AttributionRule { get }
    /// Whether the rule reads the quote's own sentence. A rule that does not carries a
    /// speaker over from elsewhere, and is never tried once a sentence's own attribution
    /// names someone FactDrill cannot.
    var readsOwnSentence: Bool { get }
    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome
}

extension QuoteExtractor {
    /// The rules in the order they are tried: a quote's own sentence first, then what
    /// carries over from the quotes around it.
    static let attributionRules: [any QuoteAttributionRule] = [
        TranscriptLabelRule(), PassiveAgentRule(), VerbAfterRule(), StatementNounRule(), VerbBeforeRule(), AccordingToRule(), ColonIntroductionRule(),
        DashSignatureRule(), ContinuedQuoteRule(), FollowingQuoteRule(), QuoteParagraphRule(),
    ]

    /// The first rule that names a speaker, with its confidence; nil when none does.
    func attribution(of quote: QuoteInContext, history: AttributionHistory) -> Attribution? {
        var ownSentenceUnresolved = false
        for rule in Self.attributionRules {
            if ownSentenceUnresolved && !rule.readsOwnSentence { break }
            switch rule.outcome(for: quote, in: self, history: history) {
            case .notApplicable:
                continue
            case .unresolved:
                ownSentenceUnresolved = true
            case .speaker(let name, let mention):
                var found = Attribution(speaker: name, rule: rule.rule, mention: mention)
                found.features = AttributionSignals(found, quote: quote, in: self, history: history)
                found.confidence = AttributionConfidence.confidence(of: found)
                // A quote that goes on from the one before (in its paragraph, or run on into
                // the next) can be no surer of its speaker than that quote was.
                if rule.rule == .continued, quote.index > 0, let opened = history.confidences[quote.index - 1] {
                    found.confidence = min(found.confidence, opened)
                }
                return found
            }
        }
        return nil
    }
}
