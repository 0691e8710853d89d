import TextMachinery

/// A paragraph (or sentence) that is only quote continues the speaker quoted or reported
/// last, one paragraph back at most: news copy introduces a speaker, then lets them talk.
struct QuoteParagraphRule: QuoteAttributionRule {
    var rule: AttributionRule { .quoteParagraph }
    var readsOwnSentence: Bool { false }

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        let span = quote.span
        let continuesOpenQuote = quote.index > 0 && extractor.spans[quote.index - 1].close == nil
        guard !quote.embedded,
            extractor.startsParagraph(span) || extractor.startsSentence(span, quote.sentenceIndex) || continuesOpenQuote
        else { return .notApplicable }
        // "The absence of Stephen McDonnell was felt too: “Stephen was a big loss, …" and a
        // paragraph more of the same quote: a quote run on from one the rules gave no speaker
        // is still that unknown speaker's, not the last person named.
        if continuesOpenQuote, extractor.spans[quote.index - 1].paragraph == span.paragraph - 1, extractor.startsParagraph(span),
            history.voices[quote.index - 1] == nil
        {
            return .unresolved
        }
        // "“…” ― Carla Sanchez" paragraphs: each signed quote is its own speaker's, and one
        // whose signature could not be read is not the one before it.
        if quote.index > 0, extractor.spans[quote.index - 1].paragraph < span.paragraph,
            DashSignatureRule.signedName(after: quote.index - 1, in: extractor) != nil
        {
            return .notApplicable
        }
        if quote.isNamedPhrase { return .unresolved }
        // "“…,” put in Keth, a boat racer.": a name set off right after the quote, behind words
        // the rules do not read as a verb of saying, attributes it to someone the rules cannot
        // name with confidence; carrying the last speaker over would give it to the wrong one.
        // So does "“…,” Ganesh remembers.": a name and a verb the rules do not know.
        if Self.namesSomeoneAfter(quote) { return .unresolved }
        // "Community leader Willemina Mungunda conveyed her appreciation. “Thank you, …”": a
        // quote set right after a sentence of its paragraph that opens on a person saying
        // something, with no quote of its own, is that person's. Someone who reads out, faces
        // jeers or is shot is followed by other people's words. A title in quote marks ("''Tales
        // From the Crypt,'' an HBO series, …") is no statement: a few words are not enough.
        let sentences = extractor.sentences
        if !extractor.startsParagraph(span), extractor.startsSentence(span, quote.sentenceIndex), quote.sentenceIndex > 0,
            ByteText.wordCount(quote.text) >= 5,
            case let before = sentences[quote.sentenceIndex - 1], before.paragraph == span.paragraph,
            quote.index == 0 || extractor.spans[quote.index - 1].open < before.range.lowerBound
        {
            // "Senator Evan Goyke of Milwaukee is a Democrat on the Joint Finance Committee.
            // “They’re very good at saying ‘no.’”": so is a sentence that introduces someone.
            if let verb = before.tokens.firstIndex(where: Self.saysSomething) ?? Self.introduction(in: before.tokens),
                !before.tokens.contains(where: { $0.lowered == "read" || $0.lowered == "reads" }),
                !before.tokens[verb...].contains(where: Self.bringsOtherWords),
                let subject = extractor.people.openingSubject(ofSentence: quote.sentenceIndex - 1)
            {
                return .speaker(subject, .carried)
            }
            // "…, according to Dominique Guillet, vice president of ammunition at KNDS. “We
            // know what is necessary.”": the person a sentence credits goes on in their own
            // words (a body or a report credited so may be quoting someone else).
            if let phrase = AccordingToRule.credit(in: before.tokens[...]),
                let found = extractor.resolve(phrase, at: span.open, paragraph: span.paragraph, side: .after, found: quote.known[...]),
                extractor.people.couldBeReferredToAsPerson(found.name)
            {
                return .speaker(found.name, .carried)
            }
        }
        let previousParagraphStart = extractor.article.paragraphs[max(0, span.paragraph - 1)].range.lowerBound
        let recent = quote.known.last { $0.offset < span.open && $0.offset >= previousParagraphStart }
        let carried: String
        if let last = history.lastSpeaker, last.paragraph >= span.paragraph - 1, recent == nil || recent!.name == last.name {
            carried = last.name
        } else if let recent {
            carried = recent.name
        } else {
            return .notApplicable
        }
        // "Nunatsiaq News asked Qaqqaq if …. “Absolutely,” she said. “The relationship …”":
        // the quote goes on in the voice of a "she" the rules could not resolve; that voice is
        // a person's, so an organisation named earlier is not it.
        if Self.followsUnresolvedPronoun(quote, in: extractor, history: history), !extractor.people.couldBeReferredToAsPerson(carried) {
            return .unresolved
        }
        // "“Hang on,” the First Minister responded. “This is …”": the quote goes on in the
        // voice of someone named in a way the rules could not resolve; that is someone new,
        // not whoever spoke before.
        if Self.followsUnresolvedDescription(quote, in: extractor, history: history) { return .unresolved }
        return .speaker(carried, .carried)
    }

    /// Whether the quote before, in the same paragraph, was attributed to "he" or "she" and
    /// the rules found no one.
    static func followsUnresolvedPronoun(_ quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> Bool {
        guard quote.index > 0, history.voices[quote.index - 1] == nil else { return false }
        let previous = extractor.spans[quote.index - 1]
        guard previous.paragraph == quote.span.paragraph,
            let spoken = OffsetSearch.lastIndex(in: extractor.sentences, atOrBefore: previous.open, key: { $0.range.lowerBound }),
            spoken <= quote.sentenceIndex
        else { return false }
        let tokens = extractor.sentences[spoken].tokens
        return tokens.indices.contains { index in
            (tokens[index].lowered == "he" || tokens[index].lowered == "she")
                && (index + 1 < tokens.endIndex && Lexicon.isSpeechVerb(tokens[index + 1]) || index > tokens.startIndex && Lexicon.isSpeechVerb(tokens[index - 1]))
        }
    }

    /// Whether the quote before, in the same paragraph, was attributed to someone set right
    /// after its closing comma by "the" and a verb of saying ("…,” the First Minister
    /// responded.") and the rules found no one.
    static func followsUnresolvedDescription(_ quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> Bool {
        guard quote.index > 0, history.voices[quote.index - 1] == nil else { return false }
        let previous = extractor.spans[quote.index - 1]
        guard previous.paragraph == quote.span.paragraph, let close = previous.close,
            let spoken = OffsetSearch.lastIndex(in: extractor.sentences, atOrBefore: close, key: { $0.range.lowerBound })
        else { return false }
        let between = extractor.sentences[spoken].tokens.filter { $0.isWord && $0.range.lowerBound > close && $0.range.lowerBound < quote.span.open }
        guard let first = between.first, first.lowered == "the", between.count <= 6 else { return false }
        return between.contains(where: Lexicon.isSpeechVerb)
    }

    /// After the quote's closing comma, up to three lower-case words and then a capitalised
    /// one: ", put in Keth", ", chimed in Ruth Adams".
    static func namesSomeoneAfter(_ quote: QuoteInContext) -> Bool {
        guard let after = quote.afterAttributionComma, let name = quote.nameAfterAttributionComma else { return false }
        // A capitalised name, then one lower-case word that ends the sentence.
        if !name.isEmpty, name.endIndex + 1 < after.endIndex, after[name.endIndex].isWord, !after[name.endIndex].isCapitalized,
            after[name.endIndex + 1].isMark(".")
        {
            return true
        }
        // "“…,” Jordan Kale, a student at the University of Buea feared aloud.": a name of two
        // words or more, then its appositive, names who spoke, by a verb the rules do not know.
        if name.count >= 2, name.endIndex < after.endIndex, after[name.endIndex].isMark(",") { return true }
        return quote.nameAfterLowerCaseWords != nil
    }

    /// A verb of saying, of voicing a feeling to someone ("conveyed her appreciation"), or of
    /// speaking about something ("spoke of the pain that soybean growers felt").
    static func saysSomething(_ token: Token) -> Bool {
        Lexicon.isSpeechVerb(token) || expressionVerbs.contains(token.lowered)
    }

    /// Where a sentence says who someone is ("… is a Democrat on …", "… was a retired
    /// teacher"): a copula, "a" or "an", and within three words a capitalised word or a word
    /// for a person. Not "… was the target of the rally": a sentence about someone is
    /// followed by others' words about them.
    static func introduction(in tokens: [Token]) -> Int? {
        tokens.indices.dropLast().first { index in
            guard tokens[index].lowered == "is" || tokens[index].lowered == "was",
                tokens[index + 1].lowered == "a" || tokens[index + 1].lowered == "an"
            else { return false }
            return tokens[(index + 2)...].prefix(3).prefix(while: \.isWord).contains { $0.isCapitalized || Lexicon.personHeads.contains($0.lowered) }
        }
    }

    /// "told jurors what the defendant wrote", "recited a poem": after its verb, the sentence
    /// holds someone else, or a text, whose words the quote may be.
    static func bringsOtherWords(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        return otherWordsMarkers.contains(token.lowered) || Lexicon.personHeads.contains(token.lowered) || Lexicon.namesGroupOfPeople(token.lowered)
    }

    static let otherWordsMarkers: Set<Word> = ["read", "reads", "recited", "wrote", "letter", "statement", "poem", "message", "note", "post",
                                               "tweet", "email", "text", "defendant", "accused", "partner", "screamed", "shouted"]

    static let expressionVerbs: Set<Word> = ["conveyed", "expressed", "thanked", "praised", "welcomed", "urged", "appealed", "pleaded", "voiced", "lamented", "recalled",
                                           "spoke", "talked"]
}
