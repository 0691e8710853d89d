import TextMachinery
/// `… slammed Pritam Singh's comment that "the court of public opinion …"`: a quote that a
/// possessive and a noun of saying introduce is the possessor's, whoever the sentence's
/// subject is (the subject only answers it).
struct StatementNounRule: QuoteAttributionRule {
    var rule: AttributionRule { .statementNoun }
    var readsOwnSentence: Bool { true }

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        guard let possessor = Self.possessor(before: quote.before) else { return .notApplicable }
        guard let found = extractor.resolve(possessor, at: quote.span.open, paragraph: quote.span.paragraph, side: .before, found: quote.known[...])
        else { return .notApplicable }
        return .speaker(found.name, found.mention)
    }

    /// The capitalised name ending in "'s" right before a noun of saying (one or two
    /// modifiers allowed: "Pasloski's next statement"), with "that" between the noun and the
    /// quote.
    static func possessor(before tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        // Without "that" the quote goes on the sentence, and the possessor's words are its
        // subject ('Ryan said Ginsburg's comments "shows bias to me."'); after a colon it may
        // be the subject's reply ('Ruto brushed off Musyoka's warning: "…"').
        var end = tokens.endIndex
        while end > tokens.startIndex, tokens[end - 1].kind == .punctuation { end -= 1 }
        guard end > tokens.startIndex, tokens[end - 1].lowered == "that" else { return nil }
        end -= 1
        guard end > tokens.startIndex, statementNouns.contains(tokens[end - 1].lowered) else { return nil }
        var owner = end - 1
        var modifiers = 0
        while owner > tokens.startIndex, !tokens[owner - 1].endsInPossessive {
            modifiers += 1
            guard modifiers <= 2, tokens[owner - 1].isWord, !tokens[owner - 1].isCapitalized else { return nil }
            owner -= 1
        }
        guard owner > tokens.startIndex, tokens[owner - 1].isCapitalized else { return nil }
        let last = owner - 1
        var first = last
        while first > tokens.startIndex, tokens[first - 1].isWord, tokens[first - 1].isCapitalized { first -= 1 }
        // "Ruto said of Musyoka's claims that "…"", "told the meeting in response to Mosley's
        // statement that "…"": the "that" is the verb's, and the words are the subject's.
        // ("slammed Leader of the Opposition Pritam Singh's comment" is the possessor's title.)
        let lead = tokens[tokens.startIndex..<first].suffix(3)
        if let preposition = lead.lastIndex(where: { $0.lowered == "of" || $0.lowered == "to" }), preposition > tokens.startIndex,
            Lexicon.isSpeechVerb(tokens[preposition - 1]) || respondingWords.contains(tokens[preposition - 1].lowered)
        {
            return nil
        }
        return tokens[first...last]
    }

    /// Words after which "to" or "of" makes what follows the thing answered.
    static let respondingWords: Set<Word> = ["response", "responding", "responded", "reply", "replying", "replied", "reaction", "reacting", "reacted", "spoke", "speaking"]

    /// Nouns that name something said or written.
    static let statementNouns: Set<Word> = [
        "comment", "comments", "remark", "remarks", "statement", "claim", "claims", "words", "assertion", "warning",
        "suggestion", "assessment", "message", "response", "reply", "argument", "pledge", "promise", "vow", "insistence",
        "admission", "accusation", "allegation", "contention", "declaration", "announcement", "tweet", "post",
        "prediction", "boast", "quip", "retort", "description", "verdict", "observation",
    ]
}
