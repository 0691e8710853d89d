import TextMachinery
/// `"…," she said. "…"`: a later quote in the same paragraph with no attribution of its
/// own is the same speaker's, unless someone else was reported speaking in between.
/// So is a paragraph that opens a quote after one whose quote was left open: news copy
/// runs a long quote over paragraphs by leaving out each closing mark but the last.
struct ContinuedQuoteRule: QuoteAttributionRule {
    var rule: AttributionRule { .continued }
    var readsOwnSentence: Bool { false }

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        let index = quote.index
        guard index > 0 else { return .notApplicable }
        let previous = extractor.spans[index - 1]
        let runsOn = previous.close == nil && previous.paragraph == quote.span.paragraph - 1 && extractor.startsParagraph(quote.span)
        // The speaker who was speaking, not one a quote of theirs only cited ("Tong slammed
        // Singh's comment that "…", calling it "…"": the sentence's subject, `VerbBeforeRule`).
        guard previous.paragraph == quote.span.paragraph || runsOn, let speaker = history.voices[index - 1] else { return .notApplicable }
        // "“A black day,” is how director Anurag Kashyap described it. “Distressing,” chimed in
        // actor-director Nandita Das.": a quote whose own sentence names someone after its
        // comma is that someone's, by a verb the rules do not know; it does not run on.
        if Self.namesNewSpeakerAfter(quote) { return .unresolved }
        // An embedded fragment continues only a quote of its own sentence.
        if quote.embedded && extractor.sentenceIndex(containing: previous.open) != quote.sentenceIndex { return .notApplicable }
        let previousEnd = previous.close ?? previous.open
        // The previous quote's own attribution ("…," said Edward Leamer, an economist, "…")
        // names the same speaker and does not interrupt them; anyone else reported does.
        var event = OffsetSearch.firstIndex(in: history.events, atOrAfter: previousEnd + 1) { $0.offset }
        // So does the previous quote's own "she said" closing its sentence, however its "she"
        // was read as an event ("“Bronson — that broke my heart,” she said, while holding back
        // tears. “I just can't.”": the officer named before is not the next quote's speaker).
        let previousSentence = extractor.sentenceIndex(containing: previousEnd)
        while event < history.events.count, history.events[event].offset < quote.span.open {
            let own = previousSentence.map { extractor.sentenceIndex(containing: history.events[event].offset) == $0
                && Self.followsPronoun(history.events[event].offset, inSentence: $0, of: extractor) } ?? false
            if history.events[event].name != speaker, !own { return .notApplicable }
            event += 1
        }
        return .speaker(speaker, .carried)
    }

    /// After the quote's comma, a past-tense verb the rules do not know and its particle, then
    /// a name: "chimed in actor-director Nandita Das". Not "just like Özgür Gündem did" nor
    /// ", referring to Denver's camping ban": a small word or a participle leaves the voice
    /// as it was.
    static func namesNewSpeakerAfter(_ quote: QuoteInContext) -> Bool {
        guard let after = quote.afterAttributionComma, let verb = after.first, verb.isWord, !verb.isCapitalized, !verb.is(.functionWord),
            verb.lowered.hasSuffix("ed"), let name = quote.nameAfterLowerCaseWords
        else { return false }
        return !after[name].endsInPossessive
    }

    /// Whether the verb at `offset` has "he" or "she" right before it: "she said".
    static func followsPronoun(_ offset: Int, inSentence index: Int, of extractor: QuoteExtractor) -> Bool {
        let tokens = extractor.sentences[index].tokens
        guard let verb = tokens.firstIndex(where: { $0.range.lowerBound == offset }), verb > tokens.startIndex else { return false }
        return tokens[verb - 1].lowered == "he" || tokens[verb - 1].lowered == "she"
    }
}
