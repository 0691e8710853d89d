import TextMachinery
/// `According to Smith, "…"` / `"…," according to a court filing by Smith.`
struct AccordingToRule: QuoteAttributionRule {
    var rule: AttributionRule { .accordingTo }
    var readsOwnSentence: Bool { true }

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        guard let phrase = Self.source(after: quote.after) ?? Self.source(before: quote.before) else { return .notApplicable }
        guard let found = extractor.resolve(phrase, at: quote.span.open, paragraph: quote.span.paragraph, side: .after, found: quote.known[...])
        else { return .unresolved }
        return .speaker(found.name, found.mention)
    }

    /// `"…," according to X` up to the end of the clause.
    static func source(after tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        guard let first = tokens.firstIndex(where: { $0.kind != .punctuation }), tokens[first].is(.according),
            first + 1 < tokens.endIndex, tokens[first + 1].lowered == "to"
        else { return nil }
        let phrase = QuoteExtractor.clause(tokens[(first + 2)...]).prefix { !$0.isMark(",") }
        return phrase.isEmpty ? nil : phrase
    }

    /// `According to X, "…"`: the last "according to" before the quote, up to its comma.
    /// A verb of saying before it belongs to another clause ("Newsom declared an emergency
    /// as the fire, according to Capt. Scott McLean, "pretty much" destroyed Paradise").
    static func source(before tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        guard let according = tokens.lastIndex(where: { $0.is(.according) }), according + 2 < tokens.endIndex,
            tokens[according + 1].lowered == "to", !tokens[according...].contains(where: Lexicon.isSpeechVerb)
        else { return nil }
        let phrase = tokens[(according + 2)...].prefix { !$0.isMark(",") }
        // "Putin told the council, according to Peskov, "…"": the source only relays what the
        // verb's subject said; an earlier verb gives way only when a clause of its own
        // ("as the fire …", "and …") stands between it and "according to".
        if let verb = tokens[..<according].lastIndex(where: Lexicon.isSpeechVerb) {
            guard introducesQuote(tokens, after: phrase.endIndex),
                tokens[(verb + 1)..<according].contains(where: { Self.clauseOpeners.contains($0.lowered) })
            else { return nil }
        }
        return phrase.isEmpty ? nil : phrase
    }

    /// Who a sentence credits by its last "according to", up to a comma or its full stop:
    /// "…, according to Dominique Guillet, vice president of ammunition at KNDS."
    static func credit(in sentence: ArraySlice<Token>) -> ArraySlice<Token>? {
        guard let according = sentence.lastIndex(where: { $0.is(.according) }), according + 2 < sentence.endIndex,
            sentence[according + 1].lowered == "to"
        else { return nil }
        let phrase = sentence[(according + 2)...].prefix { !$0.isMark(",") && !$0.isMark(".") }
        return phrase.isEmpty ? nil : phrase
    }

    /// Words that open a clause of its own between a verb of saying and "according to".
    static let clauseOpeners: Set<Word> = ["as", "while", "when", "and", "because", "after", "before", "which", "that", "but", "since"]

    /// Only the comma (and the opening mark) stand between the phrase and the quote: a phrase
    /// further back introduces some other clause, not the quote.
    static func introducesQuote(_ tokens: ArraySlice<Token>, after end: Int) -> Bool {
        tokens[end...].allSatisfy { $0.kind == .punctuation }
    }
}
