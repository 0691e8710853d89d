/// `"…," Smith said.` / `"…," said Smith, a spokesman for …` / `"…," a Pentagon official
/// told Fox News.`: the commonest attribution in news copy.
struct VerbAfterRule: QuoteAttributionRule {
    var rule: AttributionRule { .verbAfter }
    var readsOwnSentence: Bool { true }

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        // "“…,” said" and the sentence ends: the copy lost its speaker, and no earlier one
        // stands in for it.
        let words = quote.after.filter(\.isWord)
        if words.count == 1, let verb = words.first, Lexicon.isSpeechVerb(verb) { return .unresolved }
        // A fragment inside the reporter's sentence is followed by more of that sentence,
        // not by its attribution, unless a comma sets the attribution off.
        guard var phrase = extractor.subjectAfter(quote.after) else { return Self.unreadVerb(quote, in: extractor) ?? .notApplicable }
        // An inverted attribution ("…, said David Axelrod") names the subject after its verb.
        let inverted = phrase.startIndex > quote.after.startIndex && Lexicon.isSpeechVerb(quote.after[phrase.startIndex - 1])
        // "Garrett called the proposal an "Orwellian … mentality," and Hensarling said …": a
        // clause joined by "and" after a quoted phrase has a subject and words of its own.
        if quote.embedded, !inverted, let joiner = phrase.firstIndex(where: \.isWord), phrase[joiner].lowered == "and" || phrase[joiner].lowered == "but",
            joiner + 1 < phrase.endIndex, phrase[joiner + 1].isCapitalized, !phrase.contains(where: { $0.isMark(",") })
        {
            return .notApplicable
        }
        if quote.embedded, !inverted, !Self.endsWithAttributionPunctuation(quote.text), quote.after.first.map({ $0.isMark(",") }) != true {
            // "It was "too early" to predict …, the UK Film Council said.": only the part
            // after the sentence's last comma can be its attribution.
            guard let comma = phrase.lastIndex(where: { $0.isMark(",") }) else { return .notApplicable }
            phrase = phrase[(comma + 1)...]
        }
        // "Mackey said in a memo that the "price distinction … less relevant" as prices fell,
        // Yahoo Finance reported": the outlet after the quote reported what the speaker before
        // it said, and the words are the speaker's.
        if quote.embedded, !inverted, phrase.endIndex < quote.after.endIndex, ["reported", "reports"].contains(quote.after[phrase.endIndex].lowered),
            let verb = quote.before.lastIndex(where: Lexicon.isSpeechVerb), extractor.subjectBefore(quote.before[...verb]) != nil
        {
            return .notApplicable
        }
        guard let found = extractor.resolve(phrase, at: quote.span.open, paragraph: quote.span.paragraph, side: .after, found: quote.known[...])
        else { return .unresolved }
        return .speaker(found.name, found.mention)
    }

    /// `"…," Echesa challenged.`: a named person and one verb the word lists do
    /// not hold, set off after a quote's comma and closing the sentence, attribute the quote
    /// as "said" would. Only a name: "…," the report concluded" is no person's.
    static func unreadVerb(_ quote: QuoteInContext, in extractor: QuoteExtractor) -> RuleOutcome? {
        guard let after = quote.afterAttributionComma, let name = quote.nameAfterAttributionComma else { return nil }
        // "“…,” Jordan Kale, a student at the University of Buea feared aloud.", "“…,” Tommy
        // Molloy, ITF inspector": a full name set off right after the quote's comma, then its
        // appositive, is who spoke, whatever the verb (or none) after it.
        // Not a quote inside the reporter's sentence: "before she could say “residents,” Bang
        // Nguyen, a resident, …" is her word, and the name begins another clause.
        if !quote.embedded, !quote.before.contains(where: \.isWord), (2...4).contains(name.count), name.endIndex < after.endIndex, after[name.endIndex].isMark(","),
            let found = extractor.resolve(name, at: quote.span.open, paragraph: quote.span.paragraph, side: .after, found: quote.known[...]),
            found.mention == .name, found.name.contains(" ")
        {
            return .speaker(found.name, found.mention)
        }
        let words = after.prefix { $0.isWord }
        // "…," Ganesh remembers.": a feature's present tense too; "P.C Bai Kandeh Baba Kieha III
        // disclosed": a chief's name of five words.
        guard (2...6).contains(words.count), let verb = words.last, !verb.isCapitalized, verb.lowered.count > 4,
            verb.lowered.hasSuffix("ed") || verb.lowered.hasSuffix("s") && !verb.lowered.hasSuffix("ss"),
            words.dropLast().allSatisfy(\.isCapitalized), words.endIndex < after.endIndex, after[words.endIndex].isMark(".") || after[words.endIndex].isMark(","),
            let found = extractor.resolve(after[words.startIndex..<(words.endIndex - 1)], at: quote.span.open, paragraph: quote.span.paragraph,
                                          side: .after, found: quote.known[...]),
            found.mention == .name
        else { return nil }
        return .speaker(found.name, found.mention)
    }

    static func endsWithAttributionPunctuation(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return last == "," || last == "?" || last == "!"
    }
}
