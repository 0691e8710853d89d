import TextMachinery

/// Acronyms an article spells out before using them: "the Wancho Students’ Union (WSU)".
/// A speaker given only as "the WSU" is then known by a name a learner can answer with.
public enum Acronyms {
    /// "WSU", "NAACP": two to six capitals and nothing else.
    public static func isAcronym(_ name: String) -> Bool {
        (2...6).contains(name.count) && name.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// Each acronym in brackets the article writes, with the name before it whose
    /// capitalised words' initials spell it (small words such as "of" may sit between).
    static func spelledOut(in article: Article) -> [String: String] {
        var names: [String: String] = [:]
        for paragraph in article.paragraphs where !paragraph.isBoilerplate {
            // Most paragraphs hold no bracket: skipped before any string is made.
            guard article.scalars[paragraph.range].contains("(") else { continue }
            let text = article.text(paragraph.range)
            var rest = text[...]
            while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
                let inside = String(rest[rest.index(after: open)..<close])
                if isAcronym(inside), names[inside] == nil, let name = expansion(of: inside, before: text[..<open]) {
                    names[inside] = name
                }
                rest = rest[rest.index(after: close)...]
            }
        }
        return names
    }

    /// The name just before an acronym's bracket, or nil when the initials do not spell it.
    static func expansion(of acronym: String, before text: Substring) -> String? {
        var taken: [Substring] = []
        var initials: [Character] = []
        for word in text.split(separator: " ").reversed() {
            if let first = word.first, first.isUppercase {
                taken.insert(word, at: 0)
                initials.insert(first, at: 0)
                if initials.count == acronym.count { break }
            } else if smallWords.contains(word), !taken.isEmpty {
                taken.insert(word, at: 0)
            } else {
                break
            }
        }
        guard String(initials) == acronym else { return nil }
        return taken.joined(separator: " ")
    }

    static let smallWords: Set<Substring> = ["of", "for", "and", "on", "&"]
}
