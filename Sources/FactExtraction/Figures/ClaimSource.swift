/// Who a sentence says asserts its facts: "a NATO official said", "according to the
/// city administration", "Gerasimov is reported to have said". Facts without their
/// claimant are half a fact-check.
enum ClaimSource {
    static func source(in tokens: [Token]) -> String? {
        if let according = tokens.firstIndex(where: { $0.is(.according) }), according + 1 < tokens.count,
            tokens[according + 1].lowered == "to"
        {
            let phrase = tokens[(according + 2)...].prefix { $0.isWord || $0.isMark("'") }
            if !phrase.isEmpty { return phrase.map(\.text).joined(separator: " ") }
        }
        // "X said" / "X told": the subject before the first speech verb, if it is short.
        guard let verb = tokens.firstIndex(where: { Lexicon.isSpeechVerb($0) || $0.is(.speechVerb) && $0.lowered == "estimated" }), verb > 0 else {
            return nil
        }
        var start = verb
        while start > 0, tokens[start - 1].isWord || tokens[start - 1].isMark(".") || tokens[start - 1].isMark("'") { start -= 1 }
        var subject = tokens[start..<verb].map(\.text)
        while let last = subject.last, Lexicon.weekdays.contains(last.lowercased()) || ["is", "reported", "to", "have", "has", "had", "also", "was"].contains(last.lowercased()) {
            subject.removeLast()
        }
        while let first = subject.first, ["but", "and", "meanwhile", "however", "so"].contains(first.lowercased()) { subject.removeFirst() }
        guard !subject.isEmpty, subject.count <= 8 else { return nil }
        let text = subject.joined(separator: " ")
        if Lexicon.pronouns.contains(text.lowercased()) { return nil }
        return text
    }
}
