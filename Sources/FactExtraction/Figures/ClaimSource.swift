import TextMachinery
/// Who a sentence says asserts its facts: "a NATO official said", "according to the
/// city administration", "Gerasimov is reported to have said". Facts without their
/// claimant are half a fact-check.
enum ClaimSource {
    static func source(in tokens: [Token]) -> String? {
        if let according = tokens.firstIndex(where: { $0.is(.according) }), according + 1 < tokens.count,
            tokens[according + 1].lowered == "to"
        {
            let phrase = tokens[(according + 2)...].prefix { $0.isWord || $0.isMark("'") }
            if !phrase.isEmpty { return Word.joinedWithSpaces(phrase.lazy.map(\.text)) }
        }
        // "X said" / "X told": the subject before the first speech verb, if it is short.
        guard let verb = tokens.firstIndex(where: { Lexicon.isSpeechVerb($0) || $0.is(.speechVerb) && $0.lowered == "estimated" }), verb > 0 else {
            return nil
        }
        // "Gallinari added 25 points": "added" with a count for its object adds up; nobody
        // claims anything ("officials said 11 people died" is still a claim).
        if tokens[verb].lowered == "added" || tokens[verb].lowered == "adds", verb + 1 < tokens.count,
            tokens[verb + 1].kind == .number || NumberWords.value(of: tokens[verb + 1].lowered) != nil
        {
            return nil
        }
        var start = verb
        while start > 0, tokens[start - 1].isWord || tokens[start - 1].isMark(".") || tokens[start - 1].isMark("'") { start -= 1 }
        // Read as token positions: the subject's words are joined only when it is kept.
        var end = verb
        while end > start, tokens[end - 1].is(.weekday) || Self.trailingVerbWords.contains(tokens[end - 1].lowered) { end -= 1 }
        while start < end, Self.leadingConjunctions.contains(tokens[start].lowered) { start += 1 }
        guard start < end, end - start <= 8 else { return nil }
        if end - start == 1, tokens[start].is(.pronoun) { return nil }
        return Word.joinedWithSpaces(tokens[start..<end].lazy.map(\.text))
    }

    /// Words between a claimant and the verb: "Gerasimov is reported to have said".
    static let trailingVerbWords: [Word] = ["is", "reported", "to", "have", "has", "had", "also", "was"]

    /// Words before a claimant that are not part of it: "But the ministry said".
    static let leadingConjunctions: [Word] = ["but", "and", "meanwhile", "however", "so"]
}
