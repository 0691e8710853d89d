/// What makes an attribution rule fail, read off the text around one quote: where these
/// hold, the rule's measured precision drops, and the confidence with it.
struct AttributionFeatures: Sendable, Equatable {
    /// The speaker's name is inside the quote: "But I saw the other side of Jim Callaghan"
    /// is about Callaghan, seldom by him.
    var speakerNamedInQuote = false
    /// Other people the text names where a reader looks for this speaker: the quote's
    /// sentence for a named speaker, the sentences before for "he", everything since the
    /// earlier quote for a carried-over one.
    var rivals = 0
    /// A fragment inside the reporter's own sentence.
    var embedded = false
    /// Paragraphs between the quote and the attribution it carries over (0: the same).
    var paragraphsBack = 0
}

extension AttributionFeatures {
    init(_ attribution: Attribution, quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) {
        embedded = quote.embedded
        if let surname = attribution.speaker.split(separator: " ").last, surname.first?.isUppercase == true {
            speakerNamedInQuote = quote.text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).contains(surname)
        }
        let sentences = extractor.sentences
        let sentence = sentences[quote.sentenceIndex]
        switch attribution.mention {
        case .pronoun:
            let from = sentences[max(0, quote.sentenceIndex - 1)].range.lowerBound
            rivals = extractor.people.rivals(of: attribution.speaker, in: from..<sentence.range.upperBound,
                                                 pronoun: extractor.people.gender(of: attribution.speaker) == "f" ? "she" : "he")
        case .carried:
            let from: Int
            if attribution.rule == .continued, quote.index > 0 {
                from = extractor.spans[quote.index - 1].open
            } else {
                from = extractor.article.paragraphs[max(0, quote.span.paragraph - 1)].range.lowerBound
            }
            rivals = extractor.people.rivals(of: attribution.speaker, in: from..<quote.span.open)
            if attribution.rule == .quoteParagraph, let last = history.lastSpeaker, last.name == attribution.speaker {
                paragraphsBack = quote.span.paragraph - last.paragraph
            }
        default:
            rivals = extractor.people.rivals(of: attribution.speaker, in: sentence.range)
        }
    }
}
