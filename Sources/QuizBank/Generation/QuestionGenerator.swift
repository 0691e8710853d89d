import FactExtraction
import Foundation

/// Turns extracted facts into quiz items a teacher could hand out: who said it, fill in
/// the figure or the date, true/false claims made by changing one thing, and which
/// source reported what. Weak candidates are dropped rather than emitted: an item must
/// never teach a falsehood, and its answer must stand in its evidence sentence.
public struct QuestionGenerator {
    public init() {}

    public func bank(title: String, from articles: [ArticleFacts]) -> Bank {
        var items: [Item] = []
        let speakers = SpeakerPool(Set(articles.flatMap { $0.quotes.compactMap(\.speaker) }.filter(isNamed)))
        for facts in articles {
            let source = facts.source ?? facts.title ?? facts.article
            items += whoSaid(facts, source: source, allSpeakers: speakers)
            items += figureItems(facts, source: source)
            items += dateItems(facts, source: source)
            items += claimItems(facts, source: source, allSpeakers: speakers)
        }
        items += crossSource(articles)
        // Same fact reported twice in one article (a headline repeating the body) → one item.
        var seen = Set<Item.ID>()
        items = items.filter { seen.insert($0.id).inserted }
        return Bank(title: title, items: items)
    }

    // MARK: - Who said it

    private func whoSaid(_ facts: ArticleFacts, source: String, allSpeakers: SpeakerPool) -> [Item] {
        let named = Set(facts.quotes.compactMap(\.speaker).filter(isNamed))
        return facts.quotes.compactMap { quote -> Item? in
            // Descriptions ("a Pentagon official") may be one person under two names: only
            // named speakers make who-said items.
            guard let speaker = quote.speaker, isNamed(speaker), !quote.short, ByteText.wordCount(quote.text) >= 5,
                Self.sentence(quote.sentence, names: speaker)
            else { return nil }
            let id = StableID.make(article: facts.article, kind: "who", parts: [quote.text])
            // People of the same story first (the plausible confusions), then others.
            let distractors = allSpeakers.pick(3, excluding: speaker, preferring: named.subtracting([speaker]).sorted(), seed: id.rawValue)
            var choices: [String]? = nil
            if distractors.count >= 2 {
                choices = Self.deterministicShuffle([speaker] + distractors, seed: id.rawValue + "choices")
            }
            let accept = isNamed(speaker) && ByteText.wordCount(speaker) > 1 ? [String(speaker.split(separator: " ").last!)] : []
            return Item(
                id: id, kind: .whoSaid, prompt: "Who said this? “\(Self.trimmedQuote(quote.text))”",
                answer: .text(speaker), accept: accept, choices: choices,
                explanation: "\(speaker) said it, as \(source) reported.",
                evidence: Evidence(source: source, sentence: quote.sentence), tags: ["who-said", source])
        }
    }

    /// Quotes over 30 words are cut at a word with an ellipsis: still theirs, still readable.
    static func trimmedQuote(_ text: String) -> String {
        let edge = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") }
        let utf8 = text.utf8
        let start = utf8.firstIndex { !edge($0) } ?? utf8.endIndex
        let end = utf8.lastIndex { !edge($0) }.map { utf8.index(after: $0) } ?? start
        let cleaned = start < end ? String(text[start..<end]) : ""
        guard ByteText.wordCount(cleaned) > 30 else { return cleaned }
        let words = cleaned.split(separator: " ")
        return words.prefix(28).joined(separator: " ") + " …"
    }

    // MARK: - Figures

    private func figureItems(_ facts: ArticleFacts, source: String) -> [Item] {
        facts.figures.compactMap { figure -> Item? in
            guard let value = figure.value, let cloze = Cloze.blank(figure.text, in: figure.sentence) else { return nil }
            let id = StableID.make(article: facts.article, kind: "fig", parts: [figure.text, figure.sentence])
            // The qualifier stays in the sentence ("at least ____"): the blank is the number alone.
            var item = Item(
                id: id, kind: .figure, prompt: "Fill in the figure: “\(cloze)” — \(source)",
                answer: .text(figure.text), explanation: figure.source.map { "The figure is \(figure.text), according to \($0)." },
                evidence: Evidence(source: source, sentence: figure.sentence), tags: ["figure", source])
            switch value {
            case .number(let number):
                // The figure as written is the key ("£1bn"); its value in any notation counts.
                item.accept = [NumberFormatting.display(number)]
                if StableID.hash([id.rawValue]) % 2 == 0, let choices = NumericDistractors.choices(for: figure.text, value: number, seed: id.rawValue) {
                    item.choices = choices
                    item.tags.append("multiple-choice")
                }
            case .range(let low, let high):
                item.accept = ["\(NumberFormatting.display(low))-\(NumberFormatting.display(high))"]
            }
            return item
        }
    }

    // MARK: - Dates

    private func dateItems(_ facts: ArticleFacts, source: String) -> [Item] {
        facts.dates.compactMap { date -> Item? in
            guard let cloze = Cloze.blank(date.text, in: date.sentence) else { return nil }
            let id = StableID.make(article: facts.article, kind: "date", parts: [date.text, date.sentence])
            var accept: [String] = []
            var explanation = "The sentence says “\(date.text)”."
            if let resolved = date.resolved {
                accept.append(resolved)
                explanation += " With the article's date, that is \(resolved)."
            }
            return Item(
                id: id, kind: .date, prompt: "When? Fill in the time: “\(cloze)” — \(source)",
                answer: .text(date.text), accept: accept, explanation: explanation,
                evidence: Evidence(source: source, sentence: date.sentence), tags: ["date", source])
        }
    }

    // MARK: - True/false claims

    /// One claim per figure and per attributed quote, alternately true and false so a bank
    /// is balanced; a false claim changes exactly one thing and its explanation gives the
    /// correction.
    private func claimItems(_ facts: ArticleFacts, source: String, allSpeakers: SpeakerPool) -> [Item] {
        var items: [Item] = []
        var balance = 0  // true claims minus false ones so far
        var usedSentences = Set<String>()
        for figure in facts.figures {
            guard case .number(let value)? = figure.value, Cloze.blank(figure.text, in: figure.sentence) != nil,
                ByteText.wordCount(figure.sentence) <= 45
            else { continue }
            // One claim per sentence: two figures in one sentence would repeat the statement.
            guard usedSentences.insert(figure.sentence).inserted else { continue }
            let id = StableID.make(article: facts.article, kind: "claim", parts: [figure.text, figure.sentence])
            let makeFalse = balance > 0 || (balance == 0 && StableID.hash([id.rawValue, "truth"]) % 2 == 1)
            var statement = figure.sentence
            var explanation = "True: \(source) reported exactly this."
            if makeFalse, let changed = NumericDistractors.changed(figure.text, value: value, seed: id.rawValue) {
                statement = Cloze.replacing(figure.text, with: changed, in: figure.sentence) ?? statement
                explanation = "False: the figure was \(figure.text), not \(changed)."
            }
            balance += statement == figure.sentence ? 1 : -1
            items.append(Item(
                id: id, kind: .claim, prompt: "True or false? \(source) reported: “\(statement)”",
                answer: .truth(statement == figure.sentence), explanation: explanation,
                evidence: Evidence(source: source, sentence: figure.sentence), tags: ["claim", "figure", source]))
        }
        for quote in facts.quotes {
            // Whole statements only: "X said: 'is not known to …'" reads as no claim at all.
            guard let speaker = quote.speaker, isNamed(speaker), !quote.short, ByteText.wordCount(quote.text) >= 5,
                quote.text.first?.isUppercase == true, Self.sentence(quote.sentence, names: speaker)
            else { continue }
            let id = StableID.make(article: facts.article, kind: "claim-who", parts: [quote.text])
            let other = allSpeakers.pick(1, excluding: speaker, seed: id.rawValue).first
            let makeFalse = other != nil && (balance > 0 || (balance == 0 && StableID.hash([id.rawValue, "truth"]) % 2 == 1))
            balance += makeFalse ? -1 : 1
            let named = makeFalse ? other! : speaker
            items.append(Item(
                id: id, kind: .claim, prompt: "True or false? \(named) said: “\(Self.trimmedQuote(quote.text))”",
                answer: .truth(!makeFalse),
                explanation: makeFalse ? "False: \(speaker) said it, not \(named)." : "True: \(speaker) said it, as \(source) reported.",
                evidence: Evidence(source: source, sentence: quote.sentence), tags: ["claim", "who-said", source]))
        }
        return items
    }

    // MARK: - Across sources

    /// When two outlets report a count of the same thing with different numbers, ask
    /// which outlet reported which: the habit of checking who says what.
    private func crossSource(_ articles: [ArticleFacts]) -> [Item] {
        let sources = Set(articles.map { $0.source ?? $0.article })
        guard sources.count >= 2 else { return [] }
        // Every figure by what it counts, in article order: one pass, not one per figure.
        var byThing: [String: [(source: String, value: FigureValue?, figure: FigureFact)]] = [:]
        for facts in articles {
            for figure in facts.figures {
                if let noun = Self.countedThing(figure.unit) { byThing[noun, default: []].append((facts.source ?? facts.article, figure.value, figure)) }
            }
        }
        var items: [Item] = []
        for facts in articles {
            let source = facts.source ?? facts.article
            for figure in facts.figures {
                // The same counted thing ("Russian troops", not just "troops") given a
                // different number by another outlet.
                guard let noun = Self.countedThing(figure.unit), case .number(let value)? = figure.value, value >= 10,
                    Cloze.blank(figure.text, in: figure.sentence) != nil
                else { continue }
                // Up to three rival outlets, each with the first other number it gave.
                var rivals: [(source: String, figure: FigureFact)] = []
                for entry in byThing[noun] ?? [] where entry.source != source && entry.value != figure.value {
                    if !rivals.contains(where: { $0.source == entry.source }) { rivals.append((entry.source, entry.figure)) }
                    if rivals.count == 3 { break }
                }
                guard let rival = rivals.first else { continue }
                let id = StableID.make(article: facts.article, kind: "xsrc", parts: [figure.text, figure.sentence])
                items.append(Item(
                    id: id, kind: .crossSource,
                    prompt: "Outlets gave different numbers of \(figure.unit?.split(separator: "(").first?.trimmingCharacters(in: .whitespaces) ?? noun). Which one reported: “\(figure.sentence)”",
                    answer: .text(source), choices: ([source] + rivals.map(\.source)).sorted(),
                    explanation: "\(source) reported \(figure.qualifier.map { $0 + " " } ?? "")\(figure.text); other outlets gave other numbers, such as \(rival.figure.qualifier.map { $0 + " " } ?? "")\(rival.figure.text).",
                    evidence: Evidence(source: source, sentence: figure.sentence), tags: ["cross-source", source]))
            }
        }
        return items
    }

    /// The counted thing without its qualifier: "Russian troops (at least)" → "russian troops".
    static func countedThing(_ unit: String?) -> String? {
        guard let unit else { return nil }
        let words = unit.split(separator: "(").first?.split(separator: " ").map { $0.lowercased() } ?? []
        guard let last = words.last, last.count > 3, last.first?.isLetter == true,
            !["days", "miles", "years", "months", "hours"].contains(last)
        else { return nil }
        return words.joined(separator: " ")
    }

    // MARK: - Helpers

    /// The evidence must show the answer: a quote attributed through "he said" makes no
    /// who-said item unless its own sentence names the speaker (surname at least).
    static func sentence(_ sentence: String, names speaker: String) -> Bool {
        guard let surname = speaker.split(separator: " ").last else { return false }
        return ByteText.contains(sentence, String(surname))
    }

    /// A named person or organisation, not a description such as "a Pentagon official".
    private func isNamed(_ speaker: String) -> Bool {
        guard let first = speaker.first else { return false }
        return first.isUppercase
    }

    /// The same order every time for the same seed, so regenerated banks do not shuffle.
    static func deterministicShuffle<T>(_ items: [T], seed: String) -> [T] {
        // Each key hashed once, not once per comparison.
        items.enumerated().map { (key: StableID.hash([seed, String($0.offset)]), element: $0.element) }
            .sorted { $0.key < $1.key }.map(\.element)
    }
}
