import TextMachinery
/// Finds direct quotes and who said them, following news-writing conventions:
/// `"…," X said`, `"…," said X, a spokesman for Y`, `X said: "…"`, `X told Y that "…"`,
/// a quote split by its attribution, quotes continued across paragraphs, pronouns and
/// surnames resolved to the fullest name. When the speaker cannot be named with
/// confidence, the quote is kept with no speaker rather than a guess.
struct QuoteExtractor {
    /// Built once: a set literal inside a function is rebuilt on every call.
    static let pluralSources: Set<Word> = ["officials", "sources", "analysts", "residents", "witnesses", "experts", "diplomats", "officers", "soldiers", "economists", "people", "staff"]

    /// Built once: a set literal inside a function is rebuilt on every call.
    static let headPrepositions: Set<Word> = ["for", "of", "at", "from", "with", "in", "to", "who", "that"]

    /// Built once: a set literal inside a function is rebuilt on every call.
    static let descriptionStops: Set<Word> = ["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "also", "then", "later", "quoted", "went", "once", "again",
        "too", "yesterday", "today", "earlier", "previously", "now", "however", "recently",
        // "a 2002 memo sent to the CIA's acting general counsel": a participle ends a document's description.
        "sent", "written", "obtained", "released", "issued", "filed", "signed", "drafted", "prepared", "published", "dated",
        "addressed", "leaked"]

    /// Built once: a set literal inside a function is rebuilt on every call.
    static let clauseBoundaries: Set<Word> = ["that", "with", "while", "when", "after", "before", "following", "because", "if", "since",
        "although", "though", "who", "which", "whom", "where", "but", "so", "as"]

    /// Words before a description that are not part of it: "and a spokesman said".
    static let descriptionLeaders: [Word] = ["and", "but", "however", "meanwhile", "also", "as"]

    /// Trailing words of a time phrase after a description: "a Pentagon official on Thursday".
    static let timePrepositions: [Word] = ["on", "in", "at"]

    /// Nouns ending in "ly", which are heads, not adverbs: "the Trump rally".
    static let lyNouns: Set<Word> = ["rally", "ally", "family", "assembly", "supply", "reply", "bully", "belly", "anomaly", "monopoly", "folly", "tally", "jelly"]

    /// Prepositions that open when something was said: "after the match", "during a visit".
    static let eventTimePrepositions: Set<Word> = ["after", "before", "during", "following"]

    /// Words that open a setting or an affiliation rather than a subject.
    static let settingOpeners: Set<Word> = ["during", "in", "on", "at", "after", "before", "from", "for", "of", "with", "since",
                                            "by", "under", "over", "according", "speaking", "asked", "writing", "following", "amid", "despite"]

    /// Conjunctions a sentence may open on, before its subject.
    static let sentenceConjunctions: Set<Word> = ["and", "but", "yet", "so", "or", "nor"]

    /// Built once: a set literal inside a function is rebuilt on every call.
    static let nameGlue: Set<Word> = ["of", "for", "to", "and", "the", "de", "van", "von", "bin", "al"]

    let article: Article
    /// Tokens of every sentence, in order, and the paragraph each sentence is in.
    let sentences: [TokenizedSentence]
    let spans: [QuoteSpan]
    let people: PersonIndex
    let memo: SentenceMemo

    init(article: Article, sentences: [TokenizedSentence], memo: SentenceMemo) {
        self.article = article
        self.sentences = sentences
        self.memo = memo
        self.spans = QuoteFinder.spans(in: article).filter { !article.paragraphs[$0.paragraph].isHeadline }
        self.people = PersonIndex(
            article: article, sentenceTokens: sentences.map(\.tokens), sentenceParagraphs: sentences.map(\.paragraph),
            quoteRanges: spans.map { $0.open..<($0.close ?? $0.text.upperBound) })
    }

    /// Spans of quoted text, for other extractors that must tell reporting from speech.
    var quotedRanges: [Range<Int>] { spans.map { $0.open..<(($0.close ?? $0.text.upperBound - 1) + 1) } }

    /// How many recent speakers pronoun resolution looks at: it only reaches back two
    /// paragraphs, and a bound keeps adversarial inputs linear.
    static let recentWindow = 64
    /// How many tokens before and after a quote are searched for its attribution.
    static let contextWindow = 60

    /// Who speaks where, quotes or not: every speech verb's subject ("Ms Milanesi said it
    /// was difficult …"), so "she added" and an unattributed quote paragraph can find
    /// the last speaker even when that speaker was reported rather than quoted.
    func speechEvents() -> [(name: String, offset: Int, paragraph: Int)] {
        let quoted = SortedRanges(quotedRanges)
        var events: [(name: String, offset: Int, paragraph: Int)] = []
        // The same events as resolution reads them, so the recent ones pass as a slice.
        var speakers: [(name: String, offset: Int)] = []
        // Quotes read events up to the end of their paragraph (`recentSpeakers`), so none
        // past the last quote's paragraph is ever read: an article's closing paragraphs,
        // or all of one with no quote, cost no speaker resolution.
        let lastRead = spans.last.map { article.paragraphs[$0.paragraph].range.upperBound } ?? 0
        for sentenceIndex in sentences.indices {
            if sentences[sentenceIndex].range.lowerBound >= lastRead { break }
            // Most sentences have no speech verb: skip them before copying any tokens.
            guard sentences[sentenceIndex].tokens.contains(where: Lexicon.isSpeechVerb) else { continue }
            let sentence = sentences[sentenceIndex]
            let tokens = quoted.intersects(sentence.range)
                ? quoted.tokens(outside: sentence.tokens) : sentence.tokens
            guard let index = tokens.indices.first(where: { Lexicon.isSpeechVerb(tokens[$0]) && !Self.takesObject(tokens, at: $0) }) else { continue }
            let offset = tokens[index].range.lowerBound
            // A copy of the recent few, not a slice: a slice would keep the whole list
            // shared, and the append below would copy all of it, once per sentence.
            let known = ArraySlice(Array(speakers.suffix(Self.recentWindow)))
            var found: (name: String, mention: SpeakerMention)?
            if let subject = subjectAfterQuote(tokens, verb: index, sentenceStart: sentence.range.lowerBound, quoted: quoted) {
                found = resolve(subject, at: offset, paragraph: sentence.paragraph, side: .before, found: known)
            }
            if found == nil, let subject = subjectBefore(tokens[...index]) {
                // "… lock Scott Barrett had been sensational, he said.": a "he said" that closes
                // a sentence reports all of it, and the names in what it reports are not "he";
                // "he" is whoever was speaking before the sentence began, unless the sentence
                // opens on its own subject ("Though Ms. Olivieri has lived there …, she said").
                let closing = index >= 2 && tokens[index - 2].isMark(",") && tokens[index - 1].is(.pronoun)
                    && tokens[(index + 1)...].allSatisfy { $0.kind == .punctuation } && people.openingSubject(ofSentence: sentenceIndex) == nil
                let reference = closing ? sentence.range.lowerBound : offset
                found = resolve(subject, at: reference, paragraph: sentence.paragraph, side: .before, found: known)
            }
            let after = tokens[(index + 1)...]
            // Read as the quote rules read it: "said the assistant coach who is standing in
            // for interim coach, Finidi George" ends at its relative clause.
            if found == nil, index == 0 || tokens[index - 1].isMark(","), let first = after.first, first.isCapitalized || first.lowered == "the",
                let phrase = Self.invertedSubject(after: index, in: tokens[...])
            {
                found = resolve(phrase, at: offset, paragraph: sentence.paragraph, side: .after, found: known)
            }
            // One subject per sentence is enough.
            if let found {
                events.append((found.0, offset, sentence.paragraph))
                speakers.append((found.0, offset))
            }
        }
        return events
    }

    /// "as long as Shell PLC continued its operations, she told HumAngle": a verb of saying
    /// that takes an object does something else there, unless the object is speech ("Howard
    /// continued his scathing remarks").
    static func takesObject(_ tokens: [Token], at index: Int) -> Bool {
        guard objectVerbs.contains(tokens[index].lowered), index + 1 < tokens.endIndex,
            tokens[index + 1].is(.determiner) || tokens[index + 1].lowered == "to"
        else { return false }
        return !tokens[(index + 1)...].prefix(4).contains { StatementNounRule.statementNouns.contains($0.lowered) || speechObjects.contains($0.lowered) }
    }

    /// "The woman had “an outlook on life …,” one of her brothers told the court": a subject
    /// between a quote and the verb is the verb's; the words before the quote are another
    /// clause. Not "… ''building bridges'' to Mr. Sanders, said David Axelrod": after a comma
    /// the subject follows the verb. Nor after a nickname ("Winston “Tot” Gamble
    /// complained"): a word or two between two parts of a name. `tokens` are the sentence's
    /// outside its quotes.
    private func subjectAfterQuote(_ tokens: [Token], verb index: Int, sentenceStart: Int, quoted: SortedRanges) -> ArraySlice<Token>? {
        guard index > 0, !tokens[index - 1].isMark(","), let quote = quoted.last(endingAtOrBefore: tokens[index].range.lowerBound),
            quote.upperBound > sentenceStart
        else { return nil }
        let afterQuote = tokens[...index].drop { $0.range.lowerBound < quote.upperBound }
        guard afterQuote.count < index + 1 else { return nil }
        let nickname = afterQuote.first?.isCapitalized == true && tokens[afterQuote.startIndex - 1].isCapitalized
            && article.ascii.withUnsafeBufferPointer({ ASCIIBytes.wordCount($0, quote) }) <= 2
        guard !nickname, let opener = afterQuote.first(where: \.isWord), !Self.settingOpeners.contains(opener.lowered), !opener.is(.headPreposition)
        else { return nil }
        return subjectBefore(afterQuote)
    }

    func quotes() -> [QuoteFact] {
        // Quotes kept so far, by the fingerprint of their comparable text.
        var seenTexts: [UInt64: [Range<Int>]] = [:]
        seenTexts.reserveCapacity(spans.count)
        // Asked only of short quotes with no speaker, once per sentence: a paragraph of
        // thousands of scare quotes must not scan its sentence once per quote.
        var speechVerbInSentence: [Bool?] = Array(repeating: nil, count: sentences.count)
        func hasSpeechVerb(_ sentence: Int) -> Bool {
            if let known = speechVerbInSentence[sentence] { return known }
            let found = sentenceHasSpeechVerb(sentences[sentence].tokens)
            speechVerbInSentence[sentence] = found
            return found
        }
        var facts: [QuoteFact] = []
        var history = AttributionHistory(
            voices: Array(repeating: nil, count: spans.count),
            throughPronoun: Array(repeating: false, count: spans.count),
            confidences: Array(repeating: nil, count: spans.count), lastSpeaker: nil, events: speechEvents())

        for (index, span) in spans.enumerated() {
            guard let sentenceIndex = sentenceIndex(containing: span.open) else { continue }
            let sentence = sentences[sentenceIndex]
            let before = tokensBefore(span, in: sentence, index: index)
            let quoteText = article.text(span.text)
            let wordCount = article.ascii.withUnsafeBufferPointer { ASCIIBytes.wordCount($0, span.text) }
            if isLabel(quoteText, before: before, wordCount: wordCount) {
                continue
            }
            let embedded = before.contains { $0.isWord } && !(before.last.map { $0.isMark(":") } ?? false)
                && !endsWithSpeechVerb(before)
            let quote = QuoteInContext(
                index: index, span: span, sentenceIndex: sentenceIndex, before: before,
                after: tokensAfter(span, index: index, opensSentence: !before.contains { $0.isWord }),
                text: quoteText, wordCount: wordCount, embedded: embedded,
                known: recentSpeakers(before: span.open, spans: index, speakers: history.voices, events: history.events))
            let found = attribution(of: quote, history: history)
            if wordCount <= 2 && found == nil && !hasSpeechVerb(sentenceIndex) {
                // scare quotes: a term in marks, not speech
                continue
            }
            // "Tong slammed Singh's comment that "…"": Singh is quoted, but Tong is the one
            // speaking, and the next "he said" is Tong.
            let speaks = found.map { $0.rule != .statementNoun } ?? false
            history.voices[index] = speaks ? found?.speaker : nil
            history.confidences[index] = found?.confidence
            let throughPronoun = found.map { $0.mention == .pronoun || $0.features.carriesPronoun } ?? false
            history.throughPronoun[index] = throughPronoun
            let hash = TextFingerprint.hash(article.scalars, article.ascii, span.text)
            if seenTexts[hash]?.contains(where: { TextFingerprint.comparable(article.scalars, $0) == TextFingerprint.comparable(article.scalars, span.text) }) == true {
                // the same words quoted again: one entry
                continue
            }
            seenTexts[hash, default: []].append(span.text)
            let confident = found.map { $0.confidence >= AttributionConfidence.threshold } ?? false
            // A speaker too uncertain to publish is none a later quote paragraph may carry on.
            if speaks, confident, let name = found?.speaker { history.lastSpeaker = (name, span.paragraph, throughPronoun) }
            facts.append(QuoteFact(
                text: quoteText, speaker: confident ? found?.speaker : nil, sentence: memo.text(sentenceIndex),
                start: span.text.lowerBound, attribution: found?.rule.rawValue, mention: found?.mention.rawValue,
                confidence: found.map { ($0.confidence * 100).rounded() / 100 }, candidate: confident ? nil : found?.speaker,
                signals: found?.features,
                short: embedded && wordCount <= 5))
        }
        return facts
    }

    // MARK: - Context around a quote

    func sentenceIndex(containing offset: Int) -> Int? {
        OffsetSearch.lastIndex(in: sentences, atOrBefore: offset) { $0.range.lowerBound }
    }

    /// Speakers found so far and speech events, from two paragraphs back up to `offset`,
    /// in text order.
    private func recentSpeakers(
        before offset: Int, spans count: Int, speakers: [String?], events: [(name: String, offset: Int, paragraph: Int)]
    ) -> [(name: String, offset: Int)] {
        let paragraph = spans[min(count, spans.count - 1)].paragraph
        let from = article.paragraphs[max(0, paragraph - 2)].range.lowerBound
        let firstSpan = OffsetSearch.firstIndex(in: spans, atOrAfter: from) { $0.open }
        let recentSpans = max(firstSpan, count - Self.recentWindow)..<count
        let firstEvent = OffsetSearch.firstIndex(in: events, atOrAfter: from) { $0.offset }
        // Up to the end of the paragraph: a quote's speaker may be named after it.
        let lastEvent = OffsetSearch.firstIndex(in: events, atOrAfter: article.paragraphs[paragraph].range.upperBound) { $0.offset }
        let recentEvents = events[firstEvent..<max(firstEvent, lastEvent)].suffix(Self.recentWindow)
        // Both are in text order already: merged, not sorted; at equal offsets the quoted
        // speaker comes first.
        var found: [(name: String, offset: Int)] = []
        found.reserveCapacity(recentSpans.count + recentEvents.count)
        var spanIndex = recentSpans.lowerBound
        var eventIndex = recentEvents.startIndex
        while true {
            while spanIndex < recentSpans.upperBound, speakers[spanIndex] == nil { spanIndex += 1 }
            let hasSpan = spanIndex < recentSpans.upperBound
            let hasEvent = eventIndex < recentEvents.endIndex
            if hasEvent && (!hasSpan || events[eventIndex].offset < spans[spanIndex].open) {
                found.append((events[eventIndex].name, events[eventIndex].offset))
                eventIndex += 1
            } else if hasSpan {
                found.append((speakers[spanIndex]!, spans[spanIndex].open))
                spanIndex += 1
            } else {
                return found
            }
        }
    }

    /// Tokens from the start of the quote's sentence (or the previous quote's end) to its opening mark.
    private func tokensBefore(_ span: QuoteSpan, in sentence: TokenizedSentence, index: Int) -> ArraySlice<Token> {
        var start = sentence.range.lowerBound
        if index > 0, spans[index - 1].paragraph == span.paragraph {
            start = max(start, (spans[index - 1].close ?? spans[index - 1].text.upperBound) + 1)
        }
        // An attribution sits within a few dozen words of its quote; a bound keeps
        // pathological sentences (thousands of marks, no full stop) linear.
        return OffsetSearch.tokens(sentence.tokens, from: start, to: span.open).suffix(Self.contextWindow)
    }

    /// Tokens after the closing mark to the end of its sentence, stopping at the next quote.
    /// `opensSentence`: nothing of the reporter's stands before the quote in its sentence.
    func tokensAfter(_ span: QuoteSpan, index: Int, opensSentence: Bool = false) -> ArraySlice<Token> {
        guard let close = span.close, let sentenceIndex = sentenceIndex(containing: close) else { return [] }
        let nextSpanOpen = index + 1 < spans.count && spans[index + 1].paragraph == span.paragraph ? spans[index + 1].open : Int.max
        let end = min(sentences[sentenceIndex].range.upperBound, nextSpanOpen)
        let after = OffsetSearch.tokens(sentences[sentenceIndex].tokens, from: close + 1, to: end).prefix(Self.contextWindow)
        // "“…, who knows?” Trump told ITV.": a quote's question or exclamation mark ends the
        // sentence, but the attribution that follows belongs to the quote, as "…," would.
        // Only for a quote that opens its sentence: after `Jones asked: "…?"` the next
        // sentence is the reporter's own.
        let next = sentenceIndex + 1
        guard opensSentence, after.isEmpty, next < sentences.count, sentences[next].paragraph == span.paragraph,
            let last = article.text(span.text).last(where: { !$0.isWhitespace }), last == "?" || last == "!"
        else { return after }
        return OffsetSearch.tokens(sentences[next].tokens, from: close + 1, to: min(sentences[next].range.upperBound, nextSpanOpen))
            .prefix(Self.contextWindow)
    }

    func startsSentence(_ span: QuoteSpan, _ sentenceIndex: Int) -> Bool {
        span.open == sentences[sentenceIndex].range.lowerBound
    }

    func startsParagraph(_ span: QuoteSpan) -> Bool {
        span.open == article.paragraphs[span.paragraph].range.lowerBound
    }

    private func sentenceHasSpeechVerb(_ tokens: [Token]) -> Bool {
        tokens.contains { Lexicon.isSpeechVerb($0) || $0.is(.according) }
    }

    private func endsWithSpeechVerb(_ tokens: ArraySlice<Token>) -> Bool {
        // Read back from the end, without copying the tokens.
        guard let last = tokens.last(where: \.isWord) else { return false }
        return Lexicon.isSpeechVerb(last) || tokens.last(where: { $0.kind != .punctuation || $0.isMark(":") })?.isMark(":") == true
    }

    /// Words before "as" that make a quote a label: "known as", "dubbed as".
    static let labelledAs: [Word] = ["known", "billed", "dubbed", "referred", "branded"]

    /// "The People's State of the City": every word capitalised but the small words of a
    /// title, two capitalised words at least.
    static func isTitleCase(_ text: String) -> Bool {
        let words = ScalarText.spaceSeparated(text).filter { $0.contains { $0.isLetter } }
        guard let first = words.first, first.first(where: \.isLetter)?.isUppercase == true else { return false }
        let capitalised = words.filter { $0.first(where: \.isLetter)?.isUppercase == true }
        return capitalised.count >= 2 && words.allSatisfy { word in
            word.first(where: \.isLetter)?.isUppercase == true || titleSmallWords.contains(word.lowercased())
        }
    }

    static let titleSmallWords: Set<String> = ["a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "by", "with", "from"]

    /// Quoted names, titles and labels: "known as "X"", "dubbed "X"", a Title Case phrase.
    private func isLabel(_ text: String, before: ArraySlice<Token>, wordCount: Int) -> Bool {
        if let lastIndex = before.lastIndex(where: \.isWord) {
            let last = before[lastIndex].lowered
            let previous = before[..<lastIndex].last(where: \.isWord)?.lowered
            let asLabel = last == "as" && previous.map { Self.labelledAs.contains($0) } == true
            if Lexicon.labelVerbs.contains(last) || asLabel || last == "word" || last == "term" || last == "called" && previous == "so" {
                return wordCount <= 4 || wordCount <= 10 && Self.isTitleCase(text)
            }
            // "a message that he called "The People's State of the City"": what is called by
            // a name in title case is named, not quoted ("called it "a disgrace"" is speech).
            if last == "called" || last == "calls" || last == "call", wordCount <= 10, Self.isTitleCase(text) { return true }
        }
        guard wordCount <= 4, !text.hasSuffix(","), !text.hasSuffix("."), before.contains(where: \.isWord) else { return false }
        return ScalarText.spaceSeparated(text).allSatisfy { word in word.first.map { $0.isUppercase || !$0.isLetter } ?? true }
    }

    // MARK: - Finding the speaker phrase

    /// The tokens up to the end of their clause: a semicolon, a full stop that is not the
    /// period of "Mr.", "Sen." or an initial ("William M. Daley"), or with `endingAtColon` a colon.
    static func clause(_ tokens: ArraySlice<Token>, endingAtColon: Bool = false) -> ArraySlice<Token> {
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let token = tokens[index]
            if token.isMark(";") || endingAtColon && token.isMark(":") { break }
            if token.isMark("."), !isAbbreviationPeriod(tokens, at: index) { break }
            index += 1
        }
        return tokens[..<index]
    }

    /// The period closes the abbreviation or initial written right before it.
    static func isAbbreviationPeriod(_ tokens: ArraySlice<Token>, at index: Int) -> Bool {
        guard index > tokens.startIndex else { return false }
        let previous = tokens[index - 1]
        guard previous.isWord, previous.range.upperBound == tokens[index].range.lowerBound else { return false }
        return SentenceSplitter.abbreviations.contains(previous.lowered)
            || previous.isCapitalized && PersonIndex.characterCount(previous.text) == 1
            || isPartyTag(previous)
    }

    /// "D-Calif.", "R-Texas", "I-Vt.": the party and state American copy sets after a
    /// lawmaker's name, whose period closes the state's abbreviation, not the sentence.
    static func isPartyTag(_ token: Token) -> Bool {
        guard token.text.count >= 3, token.text.count <= 10 else { return false }
        let text = token.text.string
        guard let party = text.first, "DRI".contains(party), text.dropFirst().first == "-" else { return false }
        let state = Word(text.dropFirst(2).lowercased())
        return SentenceSplitter.regionAbbreviations.contains(state) || text.count <= 5
    }

    /// `"…," X said` / `"…," said X, a spokesman` / `"…," a Pentagon official told Fox News`.
    func subjectAfter(_ tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        guard let start = tokens.firstIndex(where: { $0.kind != .punctuation }) else { return nil }
        let words = tokens[start...]
        // "…," describing the team as …: a participle after the quote is the reporter's
        // clause, with the sentence's subject; its object is no inverted speaker.
        // "…,” Said Commissioner Gene Strong.": a verb of saying capitalised by mistake, with
        // a name after it, is still the inverted attribution.
        let capitalisedVerb = words[start].isCapitalized && words[start].is(.speechVerb) && start + 1 < words.endIndex && words[start + 1].isCapitalized
        if Lexicon.isSpeechVerb(words[start]) || capitalisedVerb {
            return words[start].lowered.hasSuffix("ing") ? nil : Self.invertedSubject(after: start, in: words)
        }
        // "…," defense lawyers quoted al-Zeidi as saying: the one quoted speaks.
        if let quoted = words.prefix(8).firstIndex(where: { $0.lowered == "quoted" }),
            let asWord = words[(quoted + 1)...].prefix(7).firstIndex(where: { $0.lowered == "as" }), asWord > quoted + 1,
            asWord + 1 < words.endIndex, words[asWord + 1].lowered == "saying"
        {
            return words[(quoted + 1)..<asWord]
        }
        guard let verb = words.prefix(30).firstIndex(where: { Lexicon.isSpeechVerb($0) }), verb > start else { return nil }
        // "…''building bridges'' to Mr. Sanders, said David Axelrod, a strategist": a comma
        // then "said" and a name is the inverted attribution of the whole sentence; the words
        // before the comma finish the reporter's clause.
        // "…," Rob Lord, the first manager of Winamp, told Ars: after "told" stands the one
        // spoken to, never the speaker.
        // "…” Colombia for the second year, saying its efforts were inadequate and lumping it
        // with … Burma": a participle is never inverted; what follows it is what was said.
        if words[verb - 1].isMark(","), verb + 1 < words.endIndex, !Self.listenerVerbs.contains(words[verb].lowered),
            !words[verb].lowered.hasSuffix("ing"),
            words[verb + 1].isCapitalized || words[verb + 1].is(.determiner),
            let inverted = Self.invertedSubject(after: verb, in: words)
        {
            return inverted
        }
        // "…," Blige sings to Clinton before asking her: an attribution after a quote has a
        // finite verb ("said", "told"); a participle belongs to another clause.
        if words[verb].lowered.hasSuffix("ing") { return nil }
        // "… and said it would …": a second verb of the sentence's own subject.
        if let conjunction = words[..<verb].last(where: \.isWord), conjunction.lowered == "and" || conjunction.lowered == "but" || conjunction.lowered == "or" {
            return nil
        }
        let subject = words[..<verb]
        // A subject has no clause break of its own: "He refused to specify" is not one.
        if Self.clause(subject).count < subject.count { return nil }
        return subject
    }

    /// `said X …` up to the end of the clause, without a relative clause: "said Sen. Jim
    /// Whelan who represents Atlantic City" names Jim Whelan.
    static func invertedSubject(after verb: Int, in words: ArraySlice<Token>) -> ArraySlice<Token>? {
        let phrase = clause(words[(verb + 1)...], endingAtColon: true)
        // "…," said in an interview with CNN: a setting after the verb, with the subject left
        // out, names no speaker. "Sen. Mitch McConnell, the leading Republican, said Sunday on
        // CBS": a day after the verb says when; the subject stood before it.
        if let first = phrase.first(where: \.isWord),
            settingOpeners.contains(first.lowered) || first.is(.weekday) || timeOpeners.contains(first.lowered)
        {
            return nil
        }
        // "Alex Wagner, assistant secretary of the Air Force, said April 9 at the …": a date
        // after the verb too ("said April Ryan" is a name: no number follows it), where it
        // ends its phrase; "said January 6 committee chairman Bennie Thompson" names an event
        // the speaker's office is of.
        if let first = phrase.firstIndex(where: \.isWord), phrase[first].is(.month), first + 1 < phrase.endIndex, phrase[first + 1].kind == .number,
            first + 2 == phrase.endIndex || !phrase[first + 2].isWord || phrase[first + 2].is(.functionWord)
        {
            return nil
        }
        // "said Ontario Premier Doug Ford in a letter asking for financial support": where and
        // how it was said, after the name, is no part of the subject however long it runs.
        let setting = phrase.indices.dropFirst().first { index in
            index + 1 < phrase.endIndex && afterNameSettings.contains(phrase[index].lowered) && phrase[index - 1].isCapitalized
                && phrase[index + 1].isWord && !phrase[index + 1].isCapitalized
        } ?? phrase.endIndex
        let relative = phrase.dropFirst().firstIndex { $0.isWord && relativePronouns.contains($0.lowered) } ?? phrase.endIndex
        let subject = phrase[..<min(relative, setting)]
        return subject.isEmpty ? nil : subject
    }

    /// Prepositions that, after a name and before a lower-case word, open the setting of
    /// what was said ("in a letter", "at a rally", "during the debate").
    static let afterNameSettings: Set<Word> = ["in", "on", "at", "during", "after", "before", "via", "through"]

    /// Words that open a subordinate clause, or a comparison, set before a sentence's subject.
    static let subordinateOpeners: Set<Word> = ["as", "while", "although", "though", "because", "if", "when", "whereas",
                                                "unless", "whether", "once", "until", "like", "unlike", "who", "whom", "whose",
                                                "which", "where"]

    /// "Answering questions from TD Gino Kenny, …", "Responding to the ruling, …": a phrase
    /// opened by a participle with a lower-case word after it is an adjunct, not the subject.
    /// A name ending in "-ing" ("Manning, the quarterback, said") has a comma or a capital
    /// after it.
    static func opensParticiplePhrase(_ segment: ArraySlice<Token>) -> Bool {
        // "PRAGUE – Declaring the future of mankind at stake, …": past a dateline.
        let body = segment.drop { !$0.isWord || PersonIndex.isAllCapitals($0.bareText) && PersonIndex.characterCount($0.bareText) > 1 }
        guard let first = body.firstIndex(where: \.isWord), body[first].lowered.hasSuffix("ing"), body[first].lowered.count > 5,
            let next = body[(first + 1)...].first, next.isWord, !next.isCapitalized
        else { return false }
        return true
    }

    static let progressiveAuxiliaries: Set<Word> = ["is", "are", "was", "were", "been", "be"]

    /// Words that open a time after a verb of saying: "said yesterday", "said last week".
    static let timeOpeners: Set<Word> = ["today", "yesterday", "tonight", "earlier", "later", "last", "this"]

    /// The part before `end` back to a comma or a clause's start, when it is a noun phrase:
    /// "That record prompted Dave Leip's Atlas …, which examines …, to state" has no subject
    /// of "state" before the aside.
    static func nounPhrase(before end: Int, in tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        let before = tokens[tokens.startIndex..<end]
        let part = before[((before.lastIndex(where: { $0.isMark(",") || $0.is(.clauseBoundary) }) ?? tokens.startIndex - 1) + 1)...]
        return part.contains(where: \.isWord) && !part.contains(where: { PersonIndex.isFiniteVerb($0) || Lexicon.isSpeechVerb($0) }) ? part : nil
    }

    /// Verbs of saying that, with an object after them, name no speech: "continued its
    /// operations", "concluded the deal", "acknowledged the crowd".
    static let objectVerbs: Set<Word> = ["continued", "continues", "concluded", "concludes"]

    /// Objects that keep such a verb one of saying.
    static let speechObjects: Set<Word> = ["remarks", "speech", "comments", "address", "testimony", "criticism", "attack", "tirade", "rant", "argument"]

    /// Verbs whose object is the one spoken to: "told Ars", "asked the judge".
    static let listenerVerbs: Set<Word> = ["told", "tells", "tell", "asked", "asks", "assured", "assures", "informed", "reminded", "urged", "warned"]

    /// A clause boundary that is a preposition too, and may stand inside a subject.
    static let subjectPrepositions: Set<Word> = ["with"]

    /// Built once: a set literal inside a function is rebuilt on every call.
    static let relativePronouns: Set<Word> = ["who", "whom", "whose", "which"]

    /// "Teams raced their boats … in Bermuda and skipper Jimmy Spithill says": an "and" after
    /// a clause of its own (a finite verb since the last mark, no "that" clause) opens a new
    /// clause, whose subject is the few words, a name among them, up to the verb. "31% of
    /// Republicans and Republican-leaning voters said", "arguing that he and Cruz shared" and
    /// "traveling in Europe and Africa this week, said" join no clauses.
    /// "… scored for Grange and Marwaha, a former player for Western, admitted:": so does a
    /// name set off with its appositive between commas.
    static func opensNewClause(_ tokens: ArraySlice<Token>, and: Int, verb: Int, first: Int) -> Bool {
        var after = tokens[(and + 1)..<verb]
        if let comma = after.firstIndex(where: { $0.isMark(",") }), after.last?.isMark(",") == true, comma < after.endIndex - 1,
            case let name = after[..<comma], (1...4).contains(name.count), name.allSatisfy({ $0.isWord && $0.isCapitalized }),
            after[(comma + 1)..<(after.endIndex - 1)].allSatisfy(\.isWord), after.count - name.count <= 10
        {
            after = name
        }
        guard (1...5).contains(after.count), after.allSatisfy(\.isWord), after.contains(where: \.isCapitalized),
            !tokens[and - 1].is(.pronoun)
        else { return false }
        let clauseStart = tokens[first..<and].lastIndex(where: { !$0.isWord }).map { $0 + 1 } ?? first
        let clause = tokens[clauseStart..<and]
        return clause.contains(where: PersonIndex.isFiniteVerb) && !clause.contains { $0.lowered == "that" }
    }

    /// `X said: "…"` / `X told reporters that … "…"` / `… with one saying "…"`.
    func subjectBefore(_ tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        let first = tokens.startIndex
        guard let verb = tokens.lastIndex(where: { Lexicon.isSpeechVerb($0) }), verb > first else { return nil }
        // "Cllr Iain McIntosh (Reform UK – Yscir with Honddu Isaf and Llanddew) described": a
        // bracket between a name and its verb holds the name's party, ward or age; the subject
        // is found as if it were not there.
        if verb - 1 > first, tokens[verb - 1].isMark(")"), let open = tokens[first..<(verb - 1)].lastIndex(where: { $0.isMark("(") }),
            open > first, tokens[open - 1].isCapitalized, tokens[(open + 1)..<(verb - 1)].count(where: \.isWord) <= 10
        {
            return subjectBefore(ArraySlice(tokens[first..<open] + tokens[verb...]))
        }
        // "Dow said he's met with Lightfoot and Attorney General Kwame Raoul and feels they're
        // …": a verb right after "and" shares the subject of the verb of saying before it; the
        // names between are that verb's objects.
        if verb - 1 > first, tokens[verb - 1].lowered == "and", !tokens[verb - 2].isMark(","),
            let earlier = tokens[first..<(verb - 1)].lastIndex(where: { Lexicon.isSpeechVerb($0) }), earlier > first,
            // Within one clause: "As the crowd began to chant, Silverman … and joked" is hers.
            !tokens[earlier..<verb].contains(where: { $0.isMark(",") || $0.isMark(";") || $0.isMark(":") })
        {
            return subjectBefore(tokens[first...earlier])
        }
        // "described by Sharon as …": the agent of a passive speech verb speaks.
        if verb + 1 < tokens.endIndex, tokens[verb + 1].lowered == "by" {
            let agent = tokens[(verb + 2)...].prefix { $0.isWord && $0.lowered != "as" }
            if !agent.isEmpty { return agent }
        }
        // ", saying …" / "… telling members …": the participle shares the main clause's
        // subject, unless it has its own ("with one saying").
        // "with Jordanian Foreign Minister Ayman Safadi warning …": a name right before the
        // participle, opened by "with", is its own subject.
        var nameStart = verb
        while nameStart > first, tokens[nameStart - 1].isCapitalized || tokens[nameStart - 1].is(.nameGlue) || Self.isAbbreviationPeriod(tokens, at: nameStart - 1) {
            nameStart -= 1
        }
        if tokens[verb].lowered.hasSuffix("ing"), nameStart < verb, nameStart > first, tokens[nameStart - 1].lowered == "with" {
            return tokens[nameStart..<verb]
        }
        // "Abdallah has rarely boxed since 2018, coach Vince McNally explaining: “…”": so is a
        // name, with its role, set between a comma and the participle.
        if tokens[verb].lowered.hasSuffix("ing"), nameStart < verb, nameStart > first {
            var roleStart = nameStart
            while roleStart > first, nameStart - roleStart < 2, tokens[roleStart - 1].isWord, !tokens[roleStart - 1].isCapitalized,
                Lexicon.personHeads.contains(tokens[roleStart - 1].lowered)
            {
                roleStart -= 1
            }
            if roleStart > first, tokens[roleStart - 1].isMark(",") { return tokens[roleStart..<verb] }
        }
        // "… and the fire chief is predicting": a progressive has its own subject too.
        let ownSubject = verb - 2 >= first && tokens[verb - 2].lowered == "with"
            || verb - 1 > first && Self.progressiveAuxiliaries.contains(tokens[verb - 1].lowered)
        if tokens[verb].lowered.hasSuffix("ing"), !ownSubject {
            if let earlier = tokens.firstIndex(where: { Lexicon.isSpeechVerb($0) }), earlier < verb - 1, earlier > first {
                return tokens[..<earlier]
            }
            // The opening noun phrase: capitalised words and the small words inside titles,
            // after any opening setting or comparison ("Like Corker, Menendez also rejected …").
            var opening = tokens[..<verb]
            // "But he stopped short of threatening a veto, telling reporters …": a "he" or "she"
            // after the conjunction that opens the sentence is its subject. (Other openings after
            // one are left as they were: "But the other candidate on the stage, former Secretary
            // of State Hillary Clinton, drew a contrast, saying" would give the description.)
            if let conjunction = opening.first, conjunction.isWord, Self.sentenceConjunctions.contains(conjunction.lowered),
                let pronoun = opening.dropFirst().first, pronoun.lowered == "he" || pronoun.lowered == "she"
            {
                return opening.dropFirst().prefix(1)
            }
            var afterSetting = false
            let namePart = { (part: ArraySlice<Token>) in
                part.prefix { !$0.isMark(",") && ($0.isCapitalized || $0.is(.nameGlue) || $0.kind == .punctuation) }
            }
            while let firstWord = opening.first(where: \.isWord),
                let comma = opening.firstIndex(where: { $0.isMark(",") }),
                Self.settingOpeners.contains(firstWord.lowered) || Self.subordinateOpeners.contains(firstWord.lowered)
                    || afterSetting && Self.isPlace(opening[..<comma])
                    // "Hours later, Trump returned the compliment, telling Reuters": unless no name
                    // follows ("Minutes later, she sent an email saying").
                    || Self.isTimePhrase(opening[..<comma]) && namePart(opening[(comma + 1)...]).contains(where: \.isWord)
            {
                afterSetting = true
                opening = opening[(comma + 1)...]
            }
            let name = namePart(opening)
            // "Ryan's campaign shrugged off …, telling reporters": a possessive name only says
            // whose the subject is; the subject is the noun it owns, or the name set beside
            // that noun ("Schilling's son, Grant, defended his father, saying").
            // "London's 51st festival has called off …, citing": an ordinal is part of the noun owned.
            let ownedWord = { (token: Token) in (token.isWord || token.kind == .number) && !token.isCapitalized }
            if let owner = name.last(where: \.isWord), owner.endsInPossessive, name.endIndex < opening.endIndex,
                ownedWord(opening[name.endIndex])
            {
                let owned = opening[name.endIndex...].prefix { ownedWord($0) && !PersonIndex.isFiniteVerb($0) && !Lexicon.isSpeechVerb($0) }.prefix(3)
                let rest = opening[owned.endIndex...]
                if rest.first?.isMark(",") == true, let close = rest.dropFirst().firstIndex(where: { $0.isMark(",") }),
                    Self.isBareName(rest[(rest.startIndex + 1)..<close])
                {
                    return rest[(rest.startIndex + 1)..<close]
                }
                return opening[name.startIndex..<owned.endIndex]
            }
            // "The billionaire businessman began by talking about …, saying": an article and
            // lower-case words up to a person's head make the subject, and so do the
            // capitalised words between them ("A UK Government minister attacked …").
            if let article = name.first, article.is(.article),
                let head = opening[name.endIndex...].prefix(while: { $0.isWord && !$0.isCapitalized }).prefix(4)
                    .firstIndex(where: { Lexicon.personHeads.contains($0.lowered) })
            {
                return opening[name.startIndex...head]
            }
            return name
        }
        var start = verb
        // "A trader who spoke with reporters said", "Upal Barua with Austin Transportation
        // Department said": before a finite verb, a "with" inside a relative clause, or after
        // a name and before where they work, opens a phrase of the subject's, not a clause.
        let finite = !tokens[verb].lowered.hasSuffix("ing")
        let insideRelative = { (boundary: Int) in
            guard finite, Self.subjectPrepositions.contains(tokens[boundary].lowered), boundary > first, verb - boundary <= 6,
                !tokens[boundary..<verb].contains(where: { !$0.isWord })
            else { return false }
            let afterName = tokens[boundary - 1].isCapitalized
                && tokens[(boundary + 1)..<verb].allSatisfy(Self.belongsToName)
            return afterName || verb - boundary <= 4 && tokens[first..<boundary].suffix(4).contains { Self.relativePronouns.contains($0.lowered) }
        }
        while start > first {
            if tokens[start - 1].isMark(";") || tokens[start - 1].isMark(":")
                || tokens[start - 1].is(.clauseBoundary) && !insideRelative(start - 1)
                || tokens[start - 1].lowered == "and" && start - 1 > first && tokens[start - 2].isMark(",")
                // "Teams raced their boats … in Bermuda and skipper Jimmy Spithill says": an "and"
                // after a clause of its own opens a new one, whose subject is the name.
                || tokens[start - 1].lowered == "and" && start - 1 > first && Self.opensNewClause(tokens, and: start - 1, verb: verb, first: first)
            { break }
            start -= 1
        }
        // "Before the committee vote on Roberts, Sen. Herb Kohl, D-Wis., said": a sentence that
        // opens on a subordinate clause has its subject after the clause's comma.
        if start - 1 == first, Self.subordinateOpeners.contains(tokens[first].lowered) || Self.settingOpeners.contains(tokens[first].lowered),
            let comma = tokens[start..<verb].firstIndex(where: { $0.isMark(",") }),
            tokens[(comma + 1)..<verb].first(where: \.isWord)?.isCapitalized == true
        {
            start = comma + 1
        }
        // "Levine, who has given money to Marco Rubio, said" / "Marty West, a professor who
        // worked for Sen. Lamar Alexander, called it": a relative clause is an aside; unless
        // a part after it names the subject ("… who find Clinton palatable, Bolton said"), the
        // subject stands before it. A relative clause with a subject of its own holds the
        // speaker itself ("Clinton's email use, which an FBI investigation said was …").
        if start > first, Self.relativePronouns.contains(tokens[start - 1].lowered) {
            let relative = start - 1
            let afterAside = tokens[start..<verb].lastIndex(where: { $0.isMark(",") }).map { tokens[($0 + 1)..<verb] }
            let ownSubject = tokens[start..<verb].first(where: \.isWord).map { $0.is(.determiner) || $0.is(.pronoun) || $0.isCapitalized } ?? false
            // "RCN, the nurses' union — which Health Secretary Wes Streeting met last week —
            // said": a clause closed by the mark that opened it, right before the verb, is an
            // aside even with a subject of its own.
            let closedBeforeVerb = relative > first && (tokens[relative - 1].isMark(",") && tokens[verb - 1].isMark(",")
                || tokens[relative - 1].isDash && tokens[verb - 1].isDash)
            if afterAside?.contains(where: \.isWord) != true {
                if !ownSubject || closedBeforeVerb, let subject = Self.antecedent(of: relative, in: tokens) { return subject }
                // Never the aside's own subject: "The RCN, which Wes Streeting met, said" is the
                // RCN's even when no name can be read before the aside, and so is a clause whose
                // subject is the relative word ("Mlungisi Zulu from Embo who usually collects his
                // PrEP at Philakade Clinic told" is Zulu's, not the clinic's).
                // Not when a part set off inside names someone ("One of the ministers who wrote
                // the letter, Education Minister Jean-François Roberge, said").
                let runsToVerb = !ownSubject && !tokens[start..<max(start, verb - 1)].contains(where: { $0.isMark(",") })
                if relative > first, closedBeforeVerb || runsToVerb { return Self.nounPhrase(before: relative - 1, in: tokens) }
            }
        }
        // "Mr. Biden, recalling weekly breakfasts with Mrs. Clinton, described himself": the
        // clause the walk stopped in is an aside set off by commas; the name before it speaks.
        if start > first, tokens[start - 1].is(.clauseBoundary), tokens[verb - 1].isMark(","),
            let asideComma = tokens[first..<(start - 1)].lastIndex(where: { $0.isMark(",") })
        {
            let nameStart = tokens[first..<asideComma].lastIndex(where: { $0.isMark(",") || $0.isMark(";") || $0.isMark(":") || $0.is(.clauseBoundary) })
                .map { $0 + 1 } ?? first
            let name = tokens[nameStart..<asideComma]
            if Self.isBareName(name) { return name }
            // "Milorad Dodik, the President of Republika Srpska, who is on trial …, called": so
            // does the name before the appositives set off ahead of the aside.
            if let named = Self.nameBeforeAppositives(ending: asideComma, in: tokens[first...]) { return named }
        }
        // "After the launch in Britain, retailer Game has said": an opening clause that a comma
        // closes says when or where; the subject comes after the comma.
        if start > first, Self.openingSubordinators.contains(tokens[start - 1].lowered), !tokens[first..<(start - 1)].contains(where: \.isWord),
            let comma = tokens[start..<verb].lastIndex(where: { $0.isMark(",") }), tokens[(comma + 1)..<verb].contains(where: \.isWord)
        {
            return tokens[(comma + 1)..<verb]
        }
        let subject = tokens[start..<verb]
        return subject.isEmpty ? nil : subject
    }

    /// Words that open a sentence's leading clause of time, cause or condition.
    static let openingSubordinators: Set<Word> = ["after", "before", "following", "since", "while", "when", "because", "although", "though", "if", "as"]
}
