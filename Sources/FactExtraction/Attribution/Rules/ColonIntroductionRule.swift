import TextMachinery

/// `Kasich resisted: "…"` / `Mr. Smith shot back: "…"`: a clause whose subject is named
/// and whose short predicate ends on a colon introduces the quote that follows, whatever
/// its verb. Only a name or he/she opening the clause counts: "The sign read:" and
/// "From the report:" name nobody who speaks. Interview write-ups go further and label an
/// answer with its speaker's name alone (`Stanhope: "…"`), when nothing after the quote
/// names someone else.
struct ColonIntroductionRule: QuoteAttributionRule {
    var rule: AttributionRule { .colonIntroduction }
    var readsOwnSentence: Bool { true }

    /// Words a predicate may hold before the colon: "shot back", "worded it even more carefully".
    static let maximumPredicateWords = 5

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        guard let subject = Self.subject(before: quote.before) else { return .notApplicable }
        // "Rishi Sunak: “…,” Labour leader Keir Starmer shot back": a label is only a label
        // when the sentence ends with the quote.
        let isLabel = subject.endIndex == quote.before.endIndex - 1
        if isLabel, quote.after.contains(where: \.isWord) { return .notApplicable }
        guard let found = extractor.resolve(subject, at: quote.span.open, paragraph: quote.span.paragraph, side: .before, found: quote.known[...]),
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
        var subject = tokens[clauseStart..<subjectEnd]
        // "Said Ellis: …", "Added Obama: …": the verb goes first, the name after it speaks.
        if subject.count >= 2, subject[subject.startIndex].is(.speechVerb) { subject = subject.dropFirst() }
        guard let first = subject.first, !Lexicon.capitalisedFunctionWords.contains(first.lowered) || first.is(.honorific)
            || first.lowered == "he" || first.lowered == "she"
        else { return nil }
        let predicate = tokens[subjectEnd..<colon]
        if Self.speaksThroughSomeoneElse(subject, predicate: predicate, in: tokens) { return nil }
        // "Stanhope: “The match went very well …”": a name alone before the colon, opening
        // the sentence, labels what follows as that person's, as interview write-ups do.
        if predicate.isEmpty, clauseStart == tokens.startIndex, (1...3).contains(subject.count(where: \.isWord)) { return subject }
        guard (1...Self.maximumPredicateWords).contains(predicate.count(where: \.isWord)),
            predicate.allSatisfy({ $0.isWord && !$0.isCapitalized && !$0.is(.clauseBoundary) })
        else { return nil }
        return subject
    }

    /// "Prime Minister Gordon Brown's spokesman said:", "Pruitt's aides fired back:": a name
    /// that owns the people or the body who speak is not who speaks ("Clinton's response
    /// was:" is still hers).
    static func speaksThroughSomeoneElse(_ subject: ArraySlice<Token>, predicate: ArraySlice<Token>, in tokens: ArraySlice<Token>) -> Bool {
        guard let last = subject.last else { return false }
        let apostropheAfter = subject.endIndex < tokens.endIndex && (tokens[subject.endIndex].isMark("'") || tokens[subject.endIndex].isMark("\u{2019}"))
        guard last.endsInPossessive || apostropheAfter else { return false }
        return predicate.filter(\.isWord).prefix(3).contains { Lexicon.canSpeak($0.lowered) }
    }
}
