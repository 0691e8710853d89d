import TextMachinery
/// `… was "severely reprimanded" by the Football Association`: the agent of a passive
/// verb that ends the quote is its speaker, when it is a name ("very moved" by the
/// announcement names no speaker).
struct PassiveAgentRule: QuoteAttributionRule {
    var rule: AttributionRule { .passiveAgent }
    var readsOwnSentence: Bool { true }

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        guard let first = quote.after.first, first.lowered == "by",
            ScalarText.spaceSeparated(quote.text).last?.hasSuffix("ed") == true
        else { return .notApplicable }
        let agent = quote.after.dropFirst().prefix { $0.isWord || $0.isMark("'") }
        // "was "preoccupied" by the security situation in Geneva": an agent that is no name
        // (a lower-case noun after its article) names no speaker, whatever place it holds.
        guard let head = agent.first(where: { !$0.is(.article) }), head.isCapitalized else { return .notApplicable }
        guard let found = extractor.resolve(agent, at: quote.span.open, paragraph: quote.span.paragraph, side: .after, found: quote.known[...]),
            found.mention == .name || found.mention == .organisation
        else { return .notApplicable }
        return .speaker(found.name, found.mention)
    }
}
