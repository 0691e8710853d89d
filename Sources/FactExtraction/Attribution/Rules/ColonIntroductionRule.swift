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

    /// …and when it opens on speaking: "talked about the loss in her news conference".
    static let maximumSpeakingPredicateWords = 10

    static let clauseOpeners: Set<Word> = ["but", "and", "so", "yet", "as"]

    /// Verbs that say someone spoke about something, which the colon then quotes.
    static let speakingAboutVerbs: Set<Word> = ["talked", "talks", "spoke", "speaks", "reflected", "reflects"]

    /// Where words are spoken for the record: "in her news conference", "in an interview".
    static let speakingOccasions: Set<Word> = ["conference", "interview", "briefing", "reporters", "journalists", "media", "speech", "podcast", "radio", "television"]

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
        var clauseStart = tokens[..<colon].lastIndex(where: { $0.isMark(",") || $0.isMark(";") }).map { $0 + 1 } ?? tokens.startIndex
        // "…, but as Rory puts it:", "And Smith added:": a conjunction or "as" opening the
        // clause stands before its subject.
        while clauseStart < colon, Self.clauseOpeners.contains(tokens[clauseStart].lowered) { clauseStart += 1 }
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
        // "AOP Councillor, Ean Blair, highlighted:": a clause that opens on its predicate has
        // its subject in the part set off by commas before it, when that part is a name.
        // ("…, New Hampshire Monday, the Christie supporter retorted:": a clause that opens on
        // an article has its own subject, and a day says when.)
        if subject.isEmpty, clauseStart >= tokens.startIndex + 2, tokens[clauseStart - 1].isMark(","),
            tokens[clauseStart].isWord, !tokens[clauseStart].is(.article), !tokens[clauseStart].is(.determiner), !tokens[clauseStart].is(.pronoun)
        {
            let partStart = tokens[..<(clauseStart - 1)].lastIndex(where: { $0.isMark(",") || $0.isMark(";") }).map { $0 + 1 } ?? tokens.startIndex
            let part = tokens[partStart..<(clauseStart - 1)]
            if (1...4).contains(part.count), part.allSatisfy({ $0.isWord && $0.isCapitalized && !$0.is(.weekday) && !$0.is(.month) }) { subject = part }
        }
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
        let maximumWords = Self.speaksForTheRecord(predicate) ? Self.maximumSpeakingPredicateWords : Self.maximumPredicateWords
        // "highlighted that:": the "that" a colon often follows opens nothing of its own.
        let verbs = predicate.last?.lowered == "that" ? predicate.dropLast() : predicate
        guard (1...maximumWords).contains(verbs.count(where: \.isWord)),
            verbs.allSatisfy({ $0.isWord && !$0.isCapitalized && !$0.is(.clauseBoundary) })
        else { return nil }
        return subject
    }

    /// "Keys talked about the loss in her news conference:": a predicate that opens on speaking
    /// and says it was to the press may say what about and where at more length. Not one that
    /// brings someone else's words: "spoke about a slogan painted on the banner:" quotes the
    /// banner, "shared a post from a constituent:" the constituent.
    static func speaksForTheRecord(_ predicate: ArraySlice<Token>) -> Bool {
        guard let verb = predicate.first,
            Lexicon.isSpeechVerb(verb) && !Lexicon.adjacentOnlyVerbs.contains(verb.lowered) || speakingAboutVerbs.contains(verb.lowered)
        else { return false }
        return !predicate.dropFirst().contains(where: QuoteParagraphRule.bringsOtherWords) && predicate.contains { speakingOccasions.contains($0.lowered) }
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
