/// `Smith said: "…"` / `Smith told reporters that "…"` / `…, saying "…"`: the speech verb
/// comes before the quote in its sentence.
struct VerbBeforeRule: QuoteAttributionRule {
    var rule: AttributionRule { .verbBefore }
    var readsOwnSentence: Bool { true }

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        guard let phrase = extractor.subjectBefore(quote.before) else { return .notApplicable }
        guard let found = extractor.resolve(phrase, at: quote.span.open, paragraph: quote.span.paragraph, side: .before, found: quote.known[...])
        else { return .unresolved }
        return .speaker(found.name, found.mention)
    }
}
