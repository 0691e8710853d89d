import TextMachinery

/// Acronyms an article spells out before using them: "the Wancho Students’ Union (WSU)".
/// A speaker given only as "the WSU" is then known by a name a learner can answer with.
enum Acronyms {
    /// Each acronym in brackets the article writes, with the name before it whose
    /// capitalised words' initials spell it (small words such as "of" may sit between).
    static func spelledOut(in article: Article) -> [String: String] {
        var names: [String: String] = [:]
        let scalars = article.scalars
        for paragraph in article.paragraphs where !paragraph.isBoilerplate {
            // Read in place: a bracket of two to six capitals is rare, and only then is any
            // text made into a string (the words before it, at most a line's worth).
            var index = paragraph.range.lowerBound
            while index < paragraph.range.upperBound {
                defer { index += 1 }
                guard scalars[index] == "(" else { continue }
                var end = index + 1
                while end < paragraph.range.upperBound, end - index <= 7, ("A"..."Z").contains(scalars[end]) { end += 1 }
                let letters = end - index - 1
                guard (2...6).contains(letters), end < paragraph.range.upperBound, scalars[end] == ")" else { continue }
                let acronym = article.text((index + 1)..<end)
                guard names[acronym] == nil else { continue }
                let before = max(paragraph.range.lowerBound, index - 120)
                if let name = expansion(of: acronym, before: Substring(article.text(before..<index))) { names[acronym] = name }
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
