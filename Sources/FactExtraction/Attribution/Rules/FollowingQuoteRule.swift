/// `"…" "…," he said.`: a quote run straight into the next takes that one's attribution.
struct FollowingQuoteRule: QuoteAttributionRule {
    var rule: AttributionRule { .followingQuote }
    var readsOwnSentence: Bool { false }

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        let index = quote.index
        let spans = extractor.spans
        guard !quote.embedded, index + 1 < spans.count, spans[index + 1].paragraph == quote.span.paragraph,
            quote.span.close == nil || spans[index + 1].open - (quote.span.close ?? 0) < 3
        else { return .notApplicable }
        let next = spans[index + 1]
        guard let phrase = extractor.subjectAfter(extractor.tokensAfter(next, index: index + 1)),
            let found = extractor.resolve(phrase, at: next.open, paragraph: next.paragraph, side: .after, found: quote.known[...])
        else { return .notApplicable }
        return .speaker(found.name, .carried)
    }
}
