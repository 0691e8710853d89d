import FactExtraction
import TextMachinery
import Foundation

/// Turns extracted facts into quiz items a teacher could hand out as they are: who said it,
/// who put a figure forward, fill in the figure or the date, true/false claims made by
/// changing one thing, and which outlet reported what. Candidates are scored and the best
/// kept, one per sentence; a doubtful candidate is dropped, never emitted: an item must
/// never teach a falsehood, and its answer must stand in its evidence sentence.
public struct QuestionGenerator {
    /// The least attribution confidence (`QuoteFact.confidence`) a who-said item, or a
    /// prompt that names a quote's speaker, is built on. Above `extract`'s threshold: at
    /// 0.75 and over, 202 of 203 attributions on the seed, BBC and dev-news sets are right
    /// (PolNeAR dev: 0.887 against its partly machine-made gold).
    public static let whoSaidConfidence = 0.75

    public init() {}

    /// The bank with default options.
    public func bank(title: String, from articles: [ArticleFacts]) -> Bank {
        generate(title: title, from: articles).bank
    }

    public func generate(title: String, from articles: [ArticleFacts], options: GenerationOptions = GenerationOptions()) -> Generation {
        let names = articles.map(StoryGrouping.names(of:))
        let storyOf = StoryGrouping.stories(articles, names: names)
        var members: [Int: [Int]] = [:]
        for (index, story) in storyOf.enumerated() { members[story, default: []].append(index) }
        var context = Context(articles: articles, options: options)
        context.namesOfArticles = names
        let stories = members.sorted(by: { $0.key < $1.key })
        let casts = members.mapValues { StoryCast($0.map { articles[$0] }) }
        // Each article's candidates depend on it and its story's cast alone: worked out on
        // every core from a copy of the empty context, then taken in story order.
        let start = context
        let ofArticle = InOrder.map(count: articles.count) { index in
            var own = start
            own.candidates(article: index, cast: casts[storyOf[index]]!)
            return (candidates: own.candidates, skipped: own.skipped)
        }
        for (story, indices) in stories {
            for index in indices {
                context.candidates += ofArticle[index].candidates
                context.skipped += ofArticle[index].skipped
            }
            context.crossSource(story: indices, cast: casts[story]!)
        }
        var generation = context.select(title: title)
        generation.stories = stories.map(\.value).filter { $0.count > 1 }.map { $0.map { articles[$0].article } }
        return generation
    }

    // MARK: - Shared helpers

    /// Quotes over 30 words are cut at a word with an ellipsis: still theirs, still readable.
    static func trimmedQuote(_ text: String) -> String {
        let edge = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") }
        let utf8 = text.utf8
        let start = utf8.firstIndex { !edge($0) } ?? utf8.endIndex
        let end = utf8.lastIndex { !edge($0) }.map { utf8.index(after: $0) } ?? start
        var cleaned = start < end ? String(text[start..<end]) : ""
        // "…the labels of ‘criminal, super predator,’": the comma American style sets inside
        // a nested quote's closing mark belongs to the reporter's sentence ("…,’” she said"),
        // as the comma before the outer mark does.
        for nestedClose in ["\u{2019}", "'"] where cleaned.hasSuffix("," + nestedClose) {
            cleaned = String(cleaned.dropLast(2)) + nestedClose
        }
        guard ByteText.wordCount(cleaned) > 30 else { return cleaned }
        let words = cleaned.spaceSeparated
        return words.prefix(28).joined(separator: " ") + " …"
    }

    /// The counted thing without its qualifier: "Russian troops (at least)" → "russian troops".
    static func countedThing(_ unit: String?) -> String? {
        guard let unit else { return nil }
        let words = unit.split(separator: "(").first?.spaceSeparated.map { $0.lowercased() } ?? []
        guard let last = words.last, last.count > 3, last.first?.isLetter == true,
            !["days", "miles", "years", "months", "hours", "weeks", "minutes", "fraction", "rank"].contains(last)
        else { return nil }
        return words.joined(separator: " ")
    }

    /// The same order every time for the same seed, so regenerated banks do not shuffle.
    static func deterministicShuffle<T>(_ items: [T], seed: String) -> [T] {
        // Each key hashed once, not once per comparison.
        items.enumerated().map { (key: StableID.hash([seed, String($0.offset)]), element: $0.element) }
            .sorted { $0.key < $1.key }.map(\.element)
    }
}

/// The people, claimants, outlets and figures of one story: where distractors come from.
struct StoryCast {
    /// Named speakers with how often they are quoted: the story's main actors first.
    var speakers: [String: Int] = [:]
    /// Claimants of figures, as displayed, with the (counted thing, value) pairs they claim.
    var claimants: [String: Set<String>] = [:]
    /// Values the story gives for each counted thing.
    var values: [String: [Double]] = [:]
    /// Names the story writes after "the": organisations, whatever they look like.
    var organisations: Set<String> = []
    /// The words of the story's speakers' and claimants' names: "he" after one of them is resolved.
    var people: Set<String> = []
    /// The US party the story gives a speaker, where it gives one.
    var parties: [String: PartyLabels.Party] = [:]

    init(_ articles: [ArticleFacts]) {
        var sentences = Set<String>()
        for facts in articles {
            for quote in facts.quotes { sentences.insert(quote.sentence) }
            for figure in facts.figures { sentences.insert(figure.sentence) }
            for date in facts.dates { sentences.insert(date.sentence) }
        }
        // "the Varnian Red Cross": an organisation, though its name reads like a person's.
        var organisations = Set<String>()
        for sentence in sentences {
            let words = sentence.spaceSeparated
            for (index, word) in words.enumerated() where (word == "the" || word == "The") && index + 1 < words.count {
                if let name = Self.capitalisedRun(after: index, in: words),
                    !Self.styleAfterThe.contains(name.spaceSeparated.first.map(String.init) ?? "")
                {
                    organisations.insert(name)
                }
            }
            // "Matthew Martin, a Met Éireann forecaster": a name between "a" and someone's
            // work is where they work.
            for (index, word) in words.enumerated() where (word == "a" || word == "an") && index + 2 < words.count {
                guard let name = Self.capitalisedRun(after: index, in: words) else { continue }
                let end = index + 1 + name.spaceSeparated.count
                guard end < words.count, Self.isWorker(PromptText.bareWord(words[end])) else { continue }
                organisations.insert(name)
                organisations.insert(name.folding(options: .diacriticInsensitive, locale: nil))
            }
        }
        for facts in articles {
            // The cast a distractor is drawn from: speakers extraction named as people or
            // organisations with confidence, never a heading or a show ("Squawk Box"). A
            // fragment ("asked about the 'not there yet' comment") is often someone else's
            // words in the reporter's sentence, so its speaker joins no cast.
            for quote in facts.quotes where (quote.confidence ?? 1) >= QuestionGenerator.whoSaidConfidence && !quote.short
                && (quote.mention == nil || quote.mention == "name" || quote.mention == "role" || quote.mention == "organisation")
            {
                // "Hampshire Monday": a weekday or a month in a name is a misread, not a person.
                if let raw = quote.speaker, raw.first?.isUppercase == true, Claimants.sort(of: raw) != .description,
                    !raw.spaceSeparated.contains(where: { PromptText.calendarWords.contains(String($0)) && $0 != "I" }),
                    let speaker = Claimants.castName(of: raw)
                {
                    speakers[speaker, default: 0] += 1
                    if Claimants.sort(of: speaker) == .person { people.formUnion(speaker.spaceSeparated.map(String.init)) }
                    if parties[speaker] == nil, let party = PartyLabels.party(of: speaker, in: quote.sentence) { parties[speaker] = party }
                }
            }
            for figure in facts.figures {
                let thing = QuestionGenerator.countedThing(figure.unit)
                if let thing, case .number(let value)? = figure.value, !(values[thing]?.contains(value) ?? false) { values[thing, default: []].append(value) }
                if let source = figure.source, Claimants.isUsable(source, in: figure.sentence) {
                    claimants[Claimants.display(source), default: []].insert("\(thing ?? "")|\(figure.value.map { "\($0)" } ?? "")")
                }
            }
        }
        // "the Clinton campaign", "the Trump administration": a speaker's or claimant's surname used as a
        // modifier names no organisation, and Hillary Clinton stays a person.
        let persons = (Array(speakers.keys) + Array(claimants.keys)).filter { Claimants.sort(of: $0) == .person && $0.spaceSeparated.count >= 2 }
        let surnames = Set(persons.compactMap { $0.spaceSeparated.last.map(String.init) })
        self.organisations = organisations.subtracting(surnames)
    }

    /// Styles written after "the" before a person's name: "the Rev. Al Sharpton" and "the Hon.
    /// Jane Lee" are people, not organisations like "the Varnian Red Cross".
    static let styleAfterThe: Set<String> = ["Rev.", "Rev", "Reverend", "Revd", "Rt.", "Rt", "Hon.", "Hon", "Honourable", "Honorable", "Venerable", "Ven."]

    /// Up to four capitalised words after `index`, as one name: a possessive ("The Who's
    /// Roger Daltrey") or a comma ("The Chancellor, Rachel Reeves") ends it.
    static func capitalisedRun(after index: Int, in words: [Substring]) -> String? {
        var name: [String] = []
        for word in words[(index + 1)...].prefix(4) {
            guard word.first?.isUppercase == true else { break }
            name.append(PromptText.trimmed(word))
            if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") || word.hasSuffix(",") { break }
        }
        return name.isEmpty ? nil : name.joined(separator: " ")
    }

    /// "forecaster", "official", "spokeswoman": a lower-case word for someone's work for a
    /// body ("a Donald Trump loyalist" or "a Dublin tourist" works for no one).
    static func isWorker(_ word: String) -> Bool {
        guard word.first?.isLowercase == true, word.count >= 4 else { return false }
        return workers.contains(word) || ["caster", "ologist", "ographer"].contains { word.hasSuffix($0) }
    }

    static let workers: Set<String> = ["official", "spokesman", "spokeswoman", "spokesperson", "employee", "source", "aide", "staffer",
                                       "executive", "engineer", "researcher", "scientist", "economist", "analyst", "officer", "worker"]

    /// Up to three others of the same sort as `key`, none sharing a name with it (Tak and
    /// "Nico Tak" are one person; "NATO" and "a top NATO official" may be one voice).
    /// A person, an organisation or a description, as this story writes the name.
    func sort(of name: String) -> Claimants.Sort {
        let sort = Claimants.sort(of: name)
        return sort == .person && organisations.contains(where: { $0.hasSuffix(name) || name.hasSuffix($0) }) ? .organisation : sort
    }

    func others(of key: String, among names: [String], seed: String, excluding claimed: String? = nil, quote: String = "") -> [String] {
        let sort = self.sort(of: key)
        let keyWords = Set(key.spaceSeparated.map(PromptText.bareWord).filter { $0.first?.isUppercase == true })
        // Full names with full names: "Power" beside "Vladimir Putin" would stand out.
        let keyIsFull = key.spaceSeparated.count >= 2
        let spokenParties = quote.isEmpty || parties.isEmpty ? [] : PartyLabels.parties(spokenOfIn: quote)
        let candidates = names.filter { name in
            guard name.lowercased() != key.lowercased(), self.sort(of: name) == sort else { return false }
            // Mojibake: "FranA A" for "François Hollande".
            // "FranA A.": an initial where the surname should be.
            if name.contains("\u{00C3}") || name.contains("\u{00E2}")
                || name.spaceSeparated.last.map({ $0.count == 1 || ($0.count == 2 && $0.hasSuffix(".")) }) == true
            {
                return false
            }
            // "Biden Jr": a suffix left where a first name was lost.
            if name.spaceSeparated.count == 2, let last = name.spaceSeparated.last, ["Jr", "Sr", "II", "III", "IV"].contains(String(last)) { return false }
            // "North Africa", "West Virginia": a place, not a speaker.
            if let first = name.spaceSeparated.first, ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "New", "Saint", "St", "Los", "San", "Las"].contains(String(first)) { return false }
            if sort == .person, (name.spaceSeparated.count >= 2) != keyIsFull { return false }
            let words = Set(name.spaceSeparated.map(PromptText.bareWord).filter { $0.first?.isUppercase == true && $0 != "The" && $0 != "A" && $0 != "An" })
            if !words.isDisjoint(with: keyWords.subtracting(["The", "A", "An"])) { return false }
            if let claimed, claimants[name]?.contains(claimed) == true { return false }
            // Someone the quote talks about is no one who might have said it.
            if !quote.isEmpty, words.contains(where: { ByteText.contains(quote, $0) }) { return false }
            // Nor, of another party than the speaker's, one of the party it talks about.
            if let party = parties[name], spokenParties.contains(party), parties[key] != party { return false }
            return true
        }
        // One name per person: "Brent Bozell" and "Brent Bozell III" are one choice.
        var picked: [String] = [], used = Set<String>()
        for name in QuestionGenerator.deterministicShuffle(candidates.sorted(), seed: seed) where picked.count < 3 {
            let words = Set(name.spaceSeparated.map(PromptText.bareWord).filter { $0.first?.isUppercase == true && !["The", "A", "An"].contains($0) })
            guard used.isDisjoint(with: words) else { continue }
            used.formUnion(words)
            picked.append(name)
        }
        return picked
    }
}
