import TextMachinery

/// `Kasich resisted: "…"` / `Mr. Smith shot back: "…"` / `Stanhope: "…"`: a clause whose subject is named
/// and whose short predicate ends on a colon introduces the quote that follows, whatever
/// its verb. Only a name or he/she opening the clause counts: "The sign read:" and
/// "From the report:" name nobody who speaks.
struct ColonIntroductionRule: QuoteAttributionRule {
    var rule: AttributionRule { .colonIntroduction }
    var readsOwnSentence: Bool { true }

    /// Words a predicate may hold before the colon: "shot back", "worded it even more carefully".
    static let maximumPredicateWords = 5

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        guard let subject = Self.subject(before: quote.before),
            let found = extractor.resolve(subject, at: quote.span.open, paragraph: quote.span.paragraph, side: .before, found: quote.known[...]),
            found.mention == .name || found.mention == .pronoun
        else { return .notApplicable }
        return .speaker(found.name, found.mention)
    }

    /// The clause before the colon, from its last comma or the sentence start: a subject of
    /// capitalised words (or he/she), then a short lower-case predicate.
    static func subject(before tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        guard let colon = tokens.indices.last, tokens[colon].isMark(":") else { return nil }
        let clauseStart = tokens[..<colon].lastIndex(where: { $0.isMark(",") || $0.isMark(";") }).map { $0 + 1 } ?? tokens.startIndex
        var subjectEnd = clauseStart
        if subjectEnd < colon, tokens[subjectEnd].lowered == "he" || tokens[subjectEnd].lowered == "she" {
            subjectEnd += 1
        } else {
            while subjectEnd < colon,
                tokens[subjectEnd].isCapitalized || QuoteExtractor.isAbbreviationPeriod(tokens, at: subjectEnd)
            {
                subjectEnd += 1
            }
        }
        let subject = tokens[clauseStart..<subjectEnd]
        guard let first = subject.first, !Lexicon.capitalisedFunctionWords.contains(first.lowered) || first.is(.honorific)
            || first.lowered == "he" || first.lowered == "she"
        else { return nil }
        // "Prime Minister Gordon Brown's spokesman said:": a name owning the person who speaks
        // is not them ("Clinton's response was:" is still hers).
        if let last = subject.last, last.endsInPossessive || (subjectEnd < colon && (tokens[subjectEnd].isMark("'") || tokens[subjectEnd].isMark("\u{2019}"))),
            let owned = tokens[subjectEnd..<colon].first(where: \.isWord), Lexicon.personHeads.contains(owned.lowered)
        {
            return nil
        }
        let predicate = tokens[subjectEnd..<colon]
        // "Stanhope: “The match went very well …”": a name alone before the colon, opening
        // the sentence, labels what follows as that person's, as interview write-ups do.
        if predicate.isEmpty, clauseStart == tokens.startIndex, (1...3).contains(subject.count(where: \.isWord)) { return subject }
        guard (1...Self.maximumPredicateWords).contains(predicate.count(where: \.isWord)),
            predicate.allSatisfy({ $0.isWord && !$0.isCapitalized && !$0.is(.clauseBoundary) })
        else { return nil }
        return subject
    }
}
