import TextMachinery
/// `Smith said: "…"` / `Smith told reporters that "…"` / `…, saying "…"`: the speech verb
/// comes before the quote in its sentence.
struct VerbBeforeRule: QuoteAttributionRule {
    var rule: AttributionRule { .verbBefore }
    var readsOwnSentence: Bool { true }

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        // "In an interview with Fox News' Jenna Lee, Pence was asked about the "not there yet"
        // comment": the subject of a passive speech verb is the one spoken to or about; with no
        // "by" naming the agent, the sentence names no speaker.
        let lastVerb = quote.before.lastIndex(where: Lexicon.isSpeechVerb)
        if let verb = lastVerb, Lexicon.adjacentOnlyVerbs.contains(quote.before[verb].lowered),
            quote.before[(verb + 1)...].contains(where: \.isWord)
        {
            return .unresolved
        }
        // "Ahiafor asked Afenyo-Markin to withdraw the statement, “You and your colleagues …”":
        // the words asked to be withdrawn are the other person's, but "Sunak told Starmer to
        // withdraw the comment, “We will not be lectured …”" may go on with the asker's own.
        // Either reading fits the sentence: no one is named for such a quote.
        if let verb = lastVerb, quote.text.first?.isUppercase == true, Self.asksToRetractWords(after: verb, in: quote.before) { return .unresolved }
        // "…, according to Capt. Scott McLean, "pretty much" destroyed Paradise": the source
        // named right before the quote speaks it, not the subject of an earlier verb.
        if lastVerb != nil, AccordingToRule.source(before: quote.before) != nil { return .notApplicable }
        // "…, with the state weather agency warning of "…"": the subject of a participle after
        // "with" is the phrase between them, not the sentence's subject.
        // Only a "with" that opens its phrase after a comma: "Trump broke with Mike Pence by
        // saying" and "met with Schumer before telling" have the sentence's subject speak.
        if let verb = lastVerb, quote.before[verb].lowered.hasSuffix("ing"),
            let with = quote.before[..<verb].lastIndex(where: { $0.lowered == "with" }), verb - with >= 2, verb - with <= 7,
            with > quote.before.startIndex, quote.before[with - 1].isMark(","),
            quote.before[(with + 1)..<verb].allSatisfy({
                ($0.isWord || $0.isMark("'") || $0.isMark("\u{2019}")) && !$0.lowered.hasSuffix("ing") && !Self.coordinators.contains($0.lowered)
                    && !$0.is(.headPreposition) && !$0.is(.clauseBoundary) && !Self.subordinators.contains($0.lowered)
            })
        {
            let phrase = quote.before[(with + 1)..<verb]
            if let found = extractor.resolve(phrase, at: quote.span.open, paragraph: quote.span.paragraph, side: .before, found: quote.known[...]) {
                return .speaker(found.name, found.mention)
            }
            return .unresolved
        }
        // "He responded to Musk’s posts calling for … and branding her a "…"", "a tweet by Trump
        // calling him "…"": a label given in someone's message is theirs, not the subject's.
        // ("responded to one of Trump's messages by saying" is the subject's manner; "said
        // Trump's tweet saying … meant that" has the tweet's content end before the quote.)
        if let verb = lastVerb, Self.labellingParticiples.contains(quote.before[verb].lowered), verb > quote.before.startIndex, quote.before[verb - 1].lowered != "by",
            !quote.before[(verb + 1)...].contains(where: { $0.lowered == "that" || PersonIndex.finiteAuxiliaries.contains($0.lowered) }),
            let owner = Self.messageOwner(before: verb, in: quote.before)
        {
            if let found = extractor.resolve(owner, at: quote.span.open, paragraph: quote.span.paragraph, side: .before, found: quote.known[...]) {
                return .speaker(found.name, found.mention)
            }
            return .unresolved
        }
        if let verb = lastVerb, Self.isPassive(verb, in: quote.before) { return .unresolved }
        // "After Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, "…"":
        // the speech verb is in the opening subordinate clause; the main clause after its
        // comma has a subject of its own, whose verb of saying the rules do not know.
        if let verb = lastVerb, Self.opensSubordinateClause(quote.before),
            let comma = quote.before[verb...].firstIndex(where: { $0.isMark(",") }),
            quote.before[(comma + 1)...].first(where: \.isWord)?.isCapitalized == true
        {
            return .unresolved
        }
        // A phrase with no word of its own shares the subject of the quote before it
        // (", describing it as "…"", "… called Trump a "blowhard," and said …"): the quote
        // continues that one.
        // "Ferrero had received complaints from tourists staying in the area, who said they
        // could "no longer stand" the noise": the verb's subject is the relative word, and
        // what it stands for is no person named; the sentence's subject is someone else.
        // ("said the mayor, who explained that he was "…"" is the mayor's: a person before it;
        // "the study — which notes that …" is the study's: a document speaks through "which".)
        let saidByRelative = lastVerb.map { verb in
            guard verb > quote.before.startIndex, quote.before[verb - 1].lowered == "who",
                let antecedent = quote.before[..<(verb - 1)].lastIndex(where: \.isWord)
            else { return false }
            // The one meant is a preposition's object ("complaints from tourists"), not the
            // subject or its appositive ("Braynard, a South Carolina native who writes", "Dan
            // Ortiz, a volunteer at the shelter, who said": a person heads the phrase).
            let comma = quote.before[..<antecedent].lastIndex(where: { $0.isMark(",") })
            let phrase = quote.before[(comma.map { $0 + 1 } ?? quote.before.startIndex)..<antecedent]
            guard let preposition = phrase.firstIndex(where: { $0.is(.headPreposition) && $0.lowered != "who" && $0.lowered != "that" }) else { return false }
            let word = quote.before[antecedent]
            // "the father of two students who said": with no comma, "who" is the students.
            if antecedent == verb - 2 { return !word.isCapitalized }
            let head = phrase[..<preposition].last(where: \.isWord)
            let isAppositive = comma.map { $0 > quote.before.startIndex && quote.before[$0 - 1].isCapitalized } ?? false
                && phrase.first(where: \.isWord).map { $0.is(.article) || $0.is(.determiner) } == true
            return !word.isCapitalized && !Lexicon.personHeads.contains(word.lowered) && !isAppositive
                && !(head.map { Lexicon.personHeads.contains($0.lowered) || $0.isCapitalized } ?? false)
        } ?? false
        if saidByRelative { return .unresolved }
        guard let phrase = extractor.subjectBefore(quote.before),
            phrase.contains(where: { $0.isWord && !Self.coordinators.contains($0.lowered) })
        else { return Self.sentenceSubject(of: quote, in: extractor, history: history) ?? .notApplicable }
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
        // "Pompeo said that after legal consultation Washington had concluded …": the last
        // speech verb belongs to what was reported; when its subject names nobody, the person
        // who reported it, the subject of the sentence's first speech verb, speaks.
        if let first = quote.before.firstIndex(where: Lexicon.isSpeechVerb), let last = quote.before.lastIndex(where: Lexicon.isSpeechVerb),
            first < last, quote.before[first + 1].lowered != "by",
            let earlier = extractor.subjectBefore(quote.before[...first]),
            let found = extractor.resolve(earlier, at: quote.span.open, paragraph: quote.span.paragraph, side: .before, found: quote.known[...]),
            found.mention == .name || found.mention == .pronoun
        {
            return .speaker(found.name, found.mention)
        }
        return .unresolved
    }

    /// "asked Afenyo-Markin to withdraw the statement,": a verb of saying, its capitalised
    /// object, "to", a verb of taking back and "the statement" (or remark, comments …) just
    /// before the quote.
    static func asksToRetractWords(after verb: Int, in tokens: ArraySlice<Token>) -> Bool {
        let asked = tokens[(verb + 1)...].prefix { $0.isCapitalized || $0.isMark("-") || $0.isMark(".") }
        guard !asked.isEmpty, asked.count <= 4, asked.endIndex + 1 < tokens.endIndex, tokens[asked.endIndex].lowered == "to",
            retractionVerbs.contains(tokens[asked.endIndex + 1].lowered)
        else { return false }
        let words = tokens[(asked.endIndex + 2)...].filter(\.isWord)
        return words.count == 2 && retractedDeterminers.contains(words[0].lowered) && retractedNouns.contains(words[1].lowered)
    }

    static let retractedDeterminers: Set<Word> = ["the", "that", "this", "his", "her", "their"]

    static let retractionVerbs: Set<Word> = ["withdraw", "retract", "recant", "disown"]
    static let retractedNouns: Set<Word> = ["statement", "remark", "remarks", "comment", "comments", "words", "claim", "claims", "allegation", "allegations"]

    /// `Kerpen needled the CNN "reporter," saying, "…"`: a participle after a quote nobody
    /// was given, or one the subject only cited ("took aim at Singh's comment that "…",
    /// adding: "…""), has the subject of the whole sentence, read with its quotes left out.
    static func sentenceSubject(of quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome? {
        let index = quote.index
        guard index > 0, history.voices[index - 1] == nil,
            extractor.sentenceIndex(containing: extractor.spans[index - 1].open) == quote.sentenceIndex,
            let verb = quote.before.last(where: Lexicon.isSpeechVerb), verb.lowered.hasSuffix("ing")
        else { return nil }
        let sentence = extractor.sentences[quote.sentenceIndex]
        let reporters = SortedRanges(extractor.quotedRanges)
            .tokens(outside: Array(OffsetSearch.tokens(sentence.tokens, from: sentence.range.lowerBound, to: quote.span.open)))
        guard let phrase = extractor.subjectBefore(reporters[...]), phrase.contains(where: \.isWord),
            let found = extractor.resolve(phrase, at: quote.span.open, paragraph: quote.span.paragraph, side: .before, found: quote.known[...])
        else { return nil }
        return .speaker(found.name, found.mention)
    }

    /// "was asked", "were also told", "being described": a form of "be" before the verb,
    /// with no "by" after it (`subjectBefore` reads the agent of "asked by …").
    static func isPassive(_ verb: Int, in tokens: ArraySlice<Token>) -> Bool {
        guard !tokens[verb].lowered.hasSuffix("ing"), verb + 1 >= tokens.endIndex || tokens[verb + 1].lowered != "by" else { return false }
        // "were yesterday accused", "was also repeatedly asked": up to two adverbs or days between.
        var before = verb - 1
        var skipped = 0
        while skipped < 2, before >= tokens.startIndex,
            passiveAdverbs.contains(tokens[before].lowered) || tokens[before].is(.weekday)
                || tokens[before].isWord && !tokens[before].isCapitalized && tokens[before].lowered.count > 4 && tokens[before].lowered.hasSuffix("ly")
        {
            before -= 1
            skipped += 1
        }
        return before >= tokens.startIndex && passiveAuxiliaries.contains(tokens[before].lowered)
    }

    /// "After …,", "When …,": a sentence that opens on a subordinate clause.
    static func opensSubordinateClause(_ tokens: ArraySlice<Token>) -> Bool {
        guard let first = tokens.first(where: \.isWord) else { return false }
        return subordinators.contains(first.lowered)
    }

    /// Who wrote the message a participle hangs from: the name before "’s posts", "’s tweet",
    /// or after "posts by", within the few words before the participle.
    static func messageOwner(before verb: Int, in tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        let window = tokens[max(tokens.startIndex, verb - 10)..<verb]
        // "Harris mocked Trump's video, saying …": past a comma the participle is the
        // sentence's subject's.
        guard let noun = window.lastIndex(where: { $0.isWord && messageNouns.contains($0.lowered) }),
            !tokens[(noun + 1)..<verb].contains(where: { $0.is(.clauseBoundary) || $0.isMark(",") || Lexicon.isSpeechVerb($0) && !$0.lowered.hasSuffix("ing") })
        else { return nil }
        if noun > tokens.startIndex, tokens[noun - 1].isCapitalized, tokens[noun - 1].endsInPossessive {
            var start = noun - 1
            while start > tokens.startIndex, tokens[start - 1].isWord, tokens[start - 1].isCapitalized { start -= 1 }
            return tokens[start..<noun]
        }
        if noun + 2 < verb, tokens[noun + 1].lowered == "by", tokens[noun + 2].isCapitalized {
            let end = tokens[(noun + 2)..<verb].firstIndex(where: { !($0.isWord && $0.isCapitalized) }) ?? verb
            return tokens[(noun + 2)..<end]
        }
        return nil
    }

    /// Participles that give something a name or a label, as a message does: not "saying" or
    /// "writing", which as often introduce the reply of the sentence's subject.
    static let labellingParticiples: Set<Word> = ["calling", "branding", "describing", "labelling", "labeling", "dubbing", "terming", "accusing"]

    /// What a person writes or posts.
    static let messageNouns: Set<Word> = ["post", "posts", "tweet", "tweets", "message", "messages", "video", "videos", "letter", "email", "e-mail",
                                          "column", "op-ed", "blog", "podcast", "ad", "advert", "advertisement"]

    static let subordinators: Set<Word> = ["after", "when", "as", "while", "because", "since", "before", "once", "although", "though", "until"]

    static let passiveAuxiliaries: Set<Word> = ["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"]
    static let passiveAdverbs: Set<Word> = ["also", "not", "never", "often", "repeatedly", "later", "then", "first", "once",
                                           "yesterday", "today", "tonight", "earlier", "again", "twice"]

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
