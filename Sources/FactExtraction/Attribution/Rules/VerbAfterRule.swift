/// `"…," Smith said.` / `"…," said Smith, a spokesman for …` / `"…," a Pentagon official
/// told Fox News.`: the commonest attribution in news copy.
struct VerbAfterRule: QuoteAttributionRule {
    var rule: AttributionRule { .verbAfter }
    var readsOwnSentence: Bool { true }

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        guard let phrase = extractor.subjectAfter(quote.after) else { return .notApplicable }
        guard let found = extractor.resolve(phrase, at: quote.span.open, paragraph: quote.span.paragraph, side: .after, found: quote.known[...])
        else { return .unresolved }
        return .speaker(found.name, found.mention)
    }
}
