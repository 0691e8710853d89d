import TextMachinery
/// `"…" ― Adriana Rodarte, Phoenix`: a name signed after a dash at the end of the quote's
/// paragraph, as readers' letters, social-media posts and epigraphs are quoted.
struct DashSignatureRule: QuoteAttributionRule {
    var rule: AttributionRule { .dashSignature }
    var readsOwnSentence: Bool { true }

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        guard let name = Self.signedName(after: quote.index, in: extractor),
            let found = extractor.resolve(name, at: quote.span.open, paragraph: quote.span.paragraph, side: .after, found: quote.known[...]),
            found.mention == .name
        else { return .notApplicable }
        return .speaker(found.name, found.mention)
    }

    /// The name signed after the quote `index`: a dash, the name, at most a place after a
    /// comma, and nothing else to the paragraph's end. A quote paragraph that follows signed
    /// ones is someone else's (`QuoteParagraphRule`).
    static func signedName(after index: Int, in extractor: QuoteExtractor) -> ArraySlice<Token>? {
        let span = extractor.spans[index]
        var after = extractor.tokensAfter(span, index: index)
        // After a closing ".”" an em dash opens a sentence of its own (`SentenceSplitter`).
        if after.isEmpty, let close = span.close, let sentence = extractor.sentenceIndex(containing: close),
            index + 1 == extractor.spans.count || extractor.spans[index + 1].paragraph != span.paragraph,
            sentence + 1 < extractor.sentences.count, extractor.sentences[sentence + 1].paragraph == span.paragraph
        {
            after = extractor.sentences[sentence + 1].tokens[...]
        }
        guard let dash = after.first, dash.kind == .punctuation, dashes.contains(dash.first) else { return nil }
        var signature = after.dropFirst()
        if signature.last?.isMark(".") == true, !QuoteExtractor.isAbbreviationPeriod(signature, at: signature.endIndex - 1) { signature = signature.dropLast() }
        let name = signature.prefix { !$0.isMark(",") }
        let rest = signature[name.endIndex...].dropFirst()
        guard QuoteExtractor.isBareName(name), rest.allSatisfy({ $0.isCapitalized || $0.kind == .punctuation }) else { return nil }
        return name
    }

    /// Em dash, horizontal bar, en dash.
    static let dashes: Set<Unicode.Scalar> = ["\u{2014}", "\u{2015}", "\u{2013}"]
}
