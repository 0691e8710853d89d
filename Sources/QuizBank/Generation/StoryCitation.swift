import TextMachinery

/// The story line a who-said item cites ("— Tulsa World, “Police chief vows justice after
/// shooting”") says which "case", "plan" or "city" its quote means; it must not answer the
/// question before the quote is read, nor point at someone else.
enum StoryCitation {
    /// Whether `line` names any of `people` (any capitalised word of their names: "Xi" of Xi
    /// Jinping too) or holds any of `roles` ("chief" for Police Chief Chuck Jordan).
    static func givesAway(_ line: String, people: [String], roles: [String]) -> Bool {
        let lowered = line.lowercased()
        let names = people.contains { person in
            person.spaceSeparated.contains { word in
                let bare = PromptText.bareWord(word)
                guard bare.count >= 2, bare.first?.isUppercase == true else { return false }
                let word = bare.lowercased()
                // A byte search first: most names are nowhere in the line.
                return ByteText.contains(lowered, word) && PromptText.containsWord(lowered, word)
            }
        }
        return names || roles.contains { ByteText.contains(lowered, $0) && PromptText.containsWord(lowered, $0) }
    }

    /// The office set beside `name` in `sentence`, lower-cased, by its head word: the word
    /// right before the name ("Police Chief Marta Kovic" → chief) and the head of an appositive
    /// after it ("Keir Starmer, the prime minister, said" → minister; "Tomas Berg, a spokesman
    /// for the treasury" → spokesman).
    static func roleWords(of name: String, in sentence: String) -> [String] {
        guard let range = sentence.range(of: name) else { return [] }
        var roles: [String] = []
        if let word = sentence[..<range.lowerBound].spaceSeparated.last, !word.hasSuffix(","), !word.hasSuffix("."),
            case let bare = PromptText.bareWord(word), bare.first?.isUppercase == true, !openers.contains(bare)
        {
            roles.append(bare.lowercased())
        }
        let after = sentence[range.upperBound...]
        if after.hasPrefix(", ") {
            let words = after.dropFirst(2).prefix { $0 != "," }.spaceSeparated.map { PromptText.bareWord($0).lowercased() }
            if let first = words.first, ["the", "a", "an"].contains(first) {
                let phrase = words.dropFirst().prefix { !["of", "for", "at", "in", "from", "with", "who", "and"].contains($0) }
                if let head = phrase.last { roles.append(head) }
            }
        }
        return roles.filter { $0.count >= 3 }
    }

    /// Capitalised words that open a sentence or a clause, not an office.
    private static let openers: Set<String> = ["The", "A", "An", "But", "And", "In", "On", "At", "As", "When", "After", "Before", "Meanwhile"]
}
