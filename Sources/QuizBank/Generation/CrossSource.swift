import FactExtraction
import TextMachinery
import Foundation

extension Context {
    /// Within one story, when two known outlets give different numbers for the same claim
    /// (the same counted thing, said of the same place or setting), ask which outlet
    /// reported which: the habit of checking who says what. An outlet that also reported
    /// the key's number is no wrong answer, so such pairs make no item.
    mutating func crossSource(story indices: [Int], cast: StoryCast) {
        let outlets = Set(indices.compactMap { articles[$0].source })
        guard outlets.count >= 2 else { return }
        struct Reported { let outlet: String; let figure: FigureFact; let value: Double; let setting: Set<String> }
        var byThing: [String: [Reported]] = [:]
        for index in indices {
            guard let outlet = articles[index].source else { continue }
            for figure in articles[index].figures {
                guard let thing = QuestionGenerator.countedThing(figure.unit), Self.isCountedThing(thing), case .number(let value)? = figure.value, value >= 10 else { continue }
                byThing[thing, default: []].append(Reported(outlet: outlet, figure: figure, value: value, setting: Self.setting(of: figure, thing: thing)))
            }
        }
        // Each sentence's names, made once: a figure is held against every report of its thing.
        var namesOfSentence: [String: Set<String>] = [:]
        func names(in sentence: String) -> Set<String> {
            if let known = namesOfSentence[sentence] { return known }
            let found = Self.names(in: sentence)
            namesOfSentence[sentence] = found
            return found
        }
        for index in indices {
            guard let outlet = articles[index].source else { continue }
            let facts = articles[index]
            let ranks = Self.ranks(in: facts)
            beginArticle(index, cast: cast)
            for figure in facts.figures {
                guard let thing = QuestionGenerator.countedThing(figure.unit), case .number(let value)? = figure.value, value >= 10,
                    let reports = byThing[thing]
                else { continue }
                let setting = Self.setting(of: figure, thing: thing)
                // The same claim: the same counted thing, an overlapping setting, and a place,
                // body or person both sentences name ("Ukraine"); "26 cases in China" and
                // "3,248 cases worldwide" are two claims.
                let named = names(in: figure.sentence)
                let sameClaim = reports.filter {
                    $0.outlet != outlet && !$0.setting.isDisjoint(with: setting) && !names(in: $0.figure.sentence).isDisjoint(with: named)
                }
                guard !sameClaim.isEmpty else { continue }
                // Outlets that reported the same number for this thing are not wrong answers.
                let agreeing = Set(reports.filter { $0.outlet != outlet && $0.value == value }.map(\.outlet))
                let rivals = sameClaim.filter { !agreeing.contains($0.outlet) && (max($0.value, value) / min($0.value, value)) >= 1.1 }
                guard let rival = rivals.first else { continue }
                let (shown, reason) = standalone(figure.sentence, facts, people: cast.people)
                guard let shown else { skip(index, "cross-source", figure.text, reason ?? "not self-contained"); continue }
                var rivalOutlets: [String] = []
                for rival in rivals where !rivalOutlets.contains(rival.outlet) && rivalOutlets.count < 3 { rivalOutlets.append(rival.outlet) }
                let choices = ([outlet] + rivalOutlets).sorted()
                if choices.contains(where: { ByteText.contains(shown, $0) }) { skip(index, "cross-source", figure.text, "the sentence names an outlet"); continue }
                let id = StableID.make(article: facts.article, kind: "xsrc", parts: [figure.text, figure.sentence])
                let label = Self.claimLabel(of: figure, thing: figure.unit?.split(separator: "(").first?.trimmingCharacters(in: .whitespaces) ?? thing)
                func said(_ figure: FigureFact) -> String {
                    (figure.qualifier.map { $0 + " " } ?? "") + figure.text + (figure.source.map { " (according to \(Claimants.display($0)))" } ?? "")
                }
                let item = Item(
                    id: id, kind: .crossSource,
                    prompt: "Outlets covering this story gave different figures for \(label). Which one reported: “\(shown)”",
                    answer: .text(outlet), choices: choices,
                    explanation: "\(outlet) reported \(said(figure)); \(rival.outlet) reported \(said(rival.figure)): \(PromptText.quoted(rival.figure.sentence))",
                    evidence: Evidence(source: outlet, sentence: figure.sentence), tags: ["cross-source", outlet])
                // Rarer and closer to the habit the tool teaches than asking who said it.
                let score = 0.85 + position(figure.sentence, facts, ranks: ranks) + 0.15
                candidates.append(Candidate(item: item, score: score, article: index, sentence: figure.sentence, fact: "figure:\(figure.start)"))
            }
        }
    }

    /// The capitalised words a sentence names after its first word: places, bodies, people.
    static func names(in sentence: String) -> Set<String> {
        Set(sentence.spaceSeparated.dropFirst().filter(PromptText.mayOpenCapitalised).map(PromptText.bareWord).filter { word in
            word.count > 1 && word.first?.isUppercase == true && !StoryGrouping.notNames.contains(word)
        })
    }

    /// A thing two outlets can count differently: "Russian troops", "cases". Money and
    /// measures ("dollars", "inch") are said of too many different things ($6.5 billion in
    /// debt, an $8 billion lifeline; a 16-inch laptop, an 11-inch tablet) to be one claim.
    static func isCountedThing(_ thing: String) -> Bool {
        guard let head = thing.spaceSeparated.first.map({ $0.lowercased() }) else { return false }
        return !measureWords.contains(head)
    }

    static let measureWords: Set<String> = [
        "dollars", "dollar", "pounds", "pound", "euros", "euro", "yen", "yuan", "rupees", "francs", "inch", "inches", "feet",
        "foot", "miles", "mile", "km", "kilometres", "kilometers", "metres", "meters", "percent", "per", "points", "point",
        "gigabytes", "gb", "tb", "mph", "degrees", "kg", "tonnes", "tons", "acres", "hectares",
    ]

    /// The content words after a figure's counted thing ("inside Ukraine", "over the border"):
    /// two figures of the same thing in different settings are different claims.
    static func setting(of figure: FigureFact, thing: String) -> Set<String> {
        guard let range = figure.sentence.byteRange(of: figure.text) else { return [] }
        let thingWords = Set(thing.spaceSeparated.map(String.init))
        let words = figure.sentence[range.upperBound...].spaceSeparated.prefix(10).map { PromptText.bareWord($0).lowercased() }
        let filler: Set<String> = ["the", "a", "an", "of", "to", "in", "into", "inside", "were", "was", "are", "is", "have", "has", "had", "been",
                                   "and", "with", "that", "there", "right", "over", "had", "who", "which", "on", "at", "by", "for", "from"]
        return Set(words.filter { !filler.contains($0) && !thingWords.contains($0) && $0.count > 2 })
    }

    /// What the figure counts, as the sentence says it: "people evacuated from the Ostrel
    /// valley", "Russian troops in Ukraine" (the counted thing and what follows it, without
    /// auxiliaries, up to a clause boundary).
    static func claimLabel(of figure: FigureFact, thing: String) -> String {
        guard let range = figure.sentence.byteRange(of: figure.text) else { return thing }
        let thingCount = thing.spaceSeparated.count
        var words = figure.sentence[range.upperBound...].spaceSeparated.dropFirst(thingCount).map(String.init)
        let auxiliaries: Set<String> = ["have", "has", "had", "been", "were", "was", "are", "is", "be", "being", "that", "who", "which"]
        while let first = words.first, auxiliaries.contains(first) { words.removeFirst() }
        var label: [String] = []
        let stops: Set<String> = ["with", "after", "before", "when", "because", "and", "but", "while", "as", "since", "according", "said", "says"]
        for word in words.prefix(6) {
            if stops.contains(word.lowercased()) { break }
            let bare = word.trimmingCharacters(in: PromptText.edgePunctuation)
            label.append(bare)
            if word.last.map({ ",.;:".contains($0) }) == true { break }
        }
        // Cut at six words, "people evacuated from the Ostrel valley in" would end on a
        // preposition whose object was left behind.
        while let last = label.last, Self.danglingWords.contains(last.lowercased()) { label.removeLast() }
        return ([thing] + label).joined(separator: " ")
    }

    /// Words a label cannot end on: they need what follows them.
    static let danglingWords: Set<String> = [
        "a", "an", "the", "in", "into", "inside", "of", "from", "to", "at", "on", "for", "by", "near", "over", "across", "outside",
        "than", "about", "around", "within", "under", "its", "their", "his", "her", "our", "this", "these", "those",
    ]

    // MARK: - Selection

    /// The best candidate per sentence, then the best few per article; the rest is reported.
    func select(title: String) -> Generation {
        var skipped = self.skipped
        let ordered = candidates.enumerated().sorted {
            $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.element.item.id < $1.element.item.id
        }
        var usedSentences = Set<String>()
        var perArticle: [Int: [String: Int]] = [:]
        var kept: [(order: Int, candidate: Candidate)] = []
        var ids = Set<Item.ID>()
        var speakersAsked = Set<String>()
        for (order, candidate) in ordered {
            let sentenceKey = ByteText.lowercased(candidate.sentence).spaceSeparated.joined(separator: " ")
            let name = articles[candidate.article].article
            let what = candidate.item.answer.description
            guard ids.insert(candidate.item.id).inserted else { continue }
            guard usedSentences.insert(sentenceKey).inserted else {
                skipped.append(SkippedFact(article: name, kind: candidate.item.kind.rawValue, fact: what, reason: "a better item asks about the same sentence"))
                continue
            }
            // Three "Who said this?" items of one article with one answer and one set of
            // choices: a learner learns the pattern, not who says what.
            if let speaker = candidate.speaker, !speakersAsked.insert("\(candidate.article)|\(speaker)").inserted {
                usedSentences.remove(sentenceKey)
                skipped.append(SkippedFact(article: name, kind: candidate.item.kind.rawValue, fact: what,
                                           reason: "a better item of the article already asks who said a quote of \(speaker)"))
                continue
            }
            var kinds = perArticle[candidate.article, default: [:]]
            let count = kinds.values.reduce(0, +)
            guard count < options.maxPerArticle else {
                usedSentences.remove(sentenceKey)
                skipped.append(SkippedFact(article: name, kind: candidate.item.kind.rawValue, fact: what,
                                           reason: "not among the best \(options.maxPerArticle) of its article (score \(Self.rounded(candidate.score)))"))
                continue
            }
            kinds[candidate.item.kind.rawValue, default: 0] += 1
            perArticle[candidate.article] = kinds
            var item = candidate.item
            item.score = Self.rounded(candidate.score)
            var chosen = candidate
            chosen.item = item
            kept.append((order, chosen))
        }
        // True and false in turn, best claims first: a learner cannot guess "true".
        var balance = 0
        for index in kept.indices {
            guard let falseVersion = kept[index].candidate.falseVersion else { continue }
            let makeFalse = balance > 0 || (balance == 0 && StableID.hash([falseVersion.id.rawValue, "truth"]) % 2 == 1)
            balance += makeFalse ? -1 : 1
            if makeFalse {
                let score = kept[index].candidate.item.score
                kept[index].candidate.item = falseVersion
                kept[index].candidate.item.score = score
            }
        }
        // A web article's address goes into the evidence, so a learner can open the original.
        for index in kept.indices {
            if let url = articles[kept[index].candidate.article].url { kept[index].candidate.item.evidence?.url = url }
        }
        // Article order, best first within an article.
        let items = kept.sorted {
            $0.candidate.article != $1.candidate.article ? $0.candidate.article < $1.candidate.article : $0.order < $1.order
        }.map(\.candidate.item)
        return Generation(bank: Bank(title: title, items: items), skipped: skipped)
    }

    static func rounded(_ score: Double) -> Double {
        (min(1, max(0, score)) * 100).rounded() / 100
    }
}
