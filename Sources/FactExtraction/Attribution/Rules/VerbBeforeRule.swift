import TextMachinery
/// `Smith said: "…"` / `Smith told reporters that "…"` / `…, saying "…"`: the speech verb
/// comes before the quote in its sentence.
struct VerbBeforeRule: QuoteAttributionRule {
    var rule: AttributionRule { .verbBefore }
    var readsOwnSentence: Bool { true }

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        // A phrase with no word of its own shares the subject of the quote before it
        // (", describing it as "…"", "… called Trump a "blowhard," and said …"): the quote
        // continues that one.
        guard let phrase = extractor.subjectBefore(quote.before),
            phrase.contains(where: { $0.isWord && !Self.coordinators.contains($0.lowered) })
        else { return .notApplicable }
        if let found = extractor.resolve(phrase, at: quote.span.open, paragraph: quote.span.paragraph, side: .before, found: quote.known[...]) {
            return .speaker(found.name, found.mention)
        }
        // "Ian Hamilton, an expert … who did not work on the study, told Newsweek: "…"": the
        // name that opens the sentence, set off by its appositive, is the subject.
        if let opening = Self.appositiveSubject(extractor.sentences[quote.sentenceIndex].tokens[...], before: quote.span.open),
            let found = extractor.resolve(opening, at: quote.span.open, paragraph: quote.span.paragraph, side: .before, found: quote.known[...]),
            found.mention == .name
        {
            return .speaker(found.name, found.mention)
        }
        return .unresolved
    }

    /// Words that join a second verb to the subject of the first: "and said", "but then added".
    static let coordinators: Set<Word> = ["and", "but", "then", "also", "later", "yet"]

    /// The capitalised name that opens a sentence when a comma and a determiner follow it.
    static func appositiveSubject(_ tokens: ArraySlice<Token>, before offset: Int) -> ArraySlice<Token>? {
        var end = tokens.startIndex
        while end < tokens.endIndex, tokens[end].isCapitalized || QuoteExtractor.isAbbreviationPeriod(tokens, at: end) { end += 1 }
        let name = tokens[..<end]
        guard name.count >= 2, end + 1 < tokens.endIndex, tokens[end].isMark(","), tokens[end + 1].is(.article),
            tokens[end].range.lowerBound < offset
        else { return nil }
        return name
    }
}
