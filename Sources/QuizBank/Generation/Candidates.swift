import FactExtraction
import TextMachinery
import Foundation

/// One possible item, its score and the sentence it asks about (one item per sentence).
struct Candidate {
    var item: Item
    var score: Double
    var article: Int
    var sentence: String
    var fact: String
    /// For a claim: the same item made false; selection decides which one goes out, so the
    /// kept claims are half true and half false whatever was left out.
    var falseVersion: Item? = nil
    /// For an item that asks who said a quote (who-said, or a claim naming its speaker): the
    /// speaker, so an article asks that of each speaker once.
    var speaker: String? = nil
}

/// The candidates of a batch of articles and the facts left out, then the selection.
struct Context {
    let articles: [ArticleFacts]
    let options: GenerationOptions
    var candidates: [Candidate] = []
    var skipped: [SkippedFact] = []
    /// `standalone` per sentence of the article at hand: its figures and dates share sentences.
    var standaloneMemo: [String: (text: String?, reason: String?)] = [:]
    /// The article at hand's things introduced with "a" or "an" (`Introductions`), made once per article.
    var introductions = Introductions()
    /// The article at hand's headline as an item may cite it (`citableHeadline`): every
    /// sentence `standalone` reads is checked against it.
    var standaloneHeadline: String?
    /// The capitalised words the article at hand writes inside its sentences: its names.
    var articleNames: Set<String> = []
    /// Each article's names, computed once for story grouping.
    var namesOfArticles: [Set<String>] = []
    /// The article at hand's full names by the surname a later sentence uses alone
    /// ("Cooper" → "Anderson Cooper"): a prompt gives the name in full.
    var fullNames: [String: String] = [:]
    /// The article at hand's full names under each surname they end in.
    var namesBySurname: [String: Set<String>] = [:]

    /// Date texts by how many of the batch's articles give them: a date many articles give
    /// ("Nov. 8", "Jan. 20") is the background every reader knows, not one story's fact.
    let articlesGivingDate: [String: Int]

    init(articles: [ArticleFacts], options: GenerationOptions) {
        self.articles = articles
        self.options = options
        var counts: [String: Int] = [:]
        for facts in articles {
            for text in Set(facts.dates.map { $0.text.lowercased() }) { counts[text, default: 0] += 1 }
        }
        self.articlesGivingDate = counts
    }

    /// Given by at least three articles and a tenth of a batch of ten or more.
    func isBackgroundDate(_ text: String) -> Bool {
        guard articles.count >= 10, let count = articlesGivingDate[text.lowercased()] else { return false }
        return count >= 3 && count * 10 >= articles.count
    }

    /// Things a story introduces once and then calls "the foundation", "the flight", "the
    /// shooting": inside a sentence, they point to an earlier one unless the headline names
    /// them. ("The company", "the crash" and the like are `PromptText.backReferences`, refused
    /// whatever the headline says.)
    static let introducedThings: Set<String> = [
        "foundation", "shooting", "flight", "internment", "probe", "explosion", "facility", "centre", "center", "vessel", "aircraft",
        "plant", "factory", "mill", "mine", "refinery", "site", "sentencing", "trial", "hearing",
    ]

    static func unintroducedThing(in sentence: String, headline: String?) -> String? {
        let words = sentence.spaceSeparated
        // Only the words after a "the" are read: most sentences hold no such thing.
        for position in words.indices.dropFirst(2) where words[position - 1] == "the" {
            let noun = PromptText.bareWord(words[position]).lowercased()
            guard introducedThings.contains(noun) else { continue }
            // "the foundation's founder, Laura Varga" or "the flight MH17": named on the spot.
            if position + 1 < words.count, words[position + 1] == "of" || words[position + 1].first?.isUppercase == true { continue }
            if let headline, ByteText.contains(headline.lowercased(), noun) { continue }
            return noun
        }
        return nil
    }

    /// Words that name a kind of body, which alone name none ("the Times wrote").
    static let genericBodies: Set<String> = ["Times", "Post", "News", "Journal", "Herald", "Ministry", "Council", "Department", "Government",
                                             "Board", "Committee", "Court", "Agency", "Office", "Union", "Party", "Police", "Company", "Group",
                                             "Administration", "Authority", "Commission", "Centre", "Center", "Report", "Statement"]

    /// What a sentence of reporting ends on: its stop, or the quote mark or bracket after it.
    static let sentenceEnds: Set<Character> = [".", "!", "?", "\u{201D}", "\"", "\u{2019}", "'", ")", "…", ":"]

    /// A sentence set inside another ("who said that even as …"): its first word loses the
    /// capital it had only for opening the sentence.
    static func continuingSentence(_ sentence: String) -> String {
        guard let first = sentence.spaceSeparated.first, sentenceOpeners.contains(String(first)) else { return sentence }
        return first.lowercased() + sentence.dropFirst(first.count)
    }

    /// Words capitalised only because they open a sentence.
    static let sentenceOpeners: Set<String> = [
        "Even", "As", "The", "A", "An", "In", "On", "At", "For", "With", "After", "Before", "While", "When", "Although", "Though", "Despite",
        "Since", "By", "Under", "Over", "About", "More", "Most", "Some", "Many", "Only", "Just", "Still", "But", "And", "Yet", "So", "If",
        "Nearly", "Almost", "Roughly", "Around", "Of", "From", "Among",
    ]

    /// The headline as an item may cite it, or nil: one with a number in it may carry the
    /// key or its false twin's refutation, and a long one is no citation.
    static func citableHeadline(_ title: String?) -> String? {
        guard let headline = citable(title, words: 3...16, quoteMarks: ["“", "\""]) else { return nil }
        // "Yahoo News - Latest News & Headlines": a site's page title, not the story's.
        guard !headline.contains(" - "), !headline.contains(" | "), !ByteText.contains(headline, "Headlines") else { return nil }
        return headline
    }

    /// The lede as an item from a headline-less article may cite it, or nil: like a cited
    /// headline it holds no number and no quote; long enough to say what the story is, short
    /// enough to read beside a question.
    static func citableLede(_ lede: String?) -> String? {
        citable(lede, words: 6...35, quoteMarks: PromptText.quoteMarks)
    }

    /// A sentence without its full stop when it has `words` words, no number (it could carry
    /// a key or refute a false claim) and none of `quoteMarks`. "Candidates vie for vets'
    /// support;": a print headline's deck was cut at its semicolon, which is no part of it.
    private static func citable(_ text: String?, words: ClosedRange<Int>, quoteMarks: Set<Character>) -> String? {
        guard var text = text?.trimmingCharacters(in: .whitespaces) else { return nil }
        while let last = text.last, ".;:,".contains(last) { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard words.contains(ByteText.wordCount(text)), !text.contains(where: \.isNumber), !text.contains(where: quoteMarks.contains) else { return nil }
        return text
    }

    /// The outlet to name, or nil for "the article": never a headline or a file name.
    func outlet(_ index: Int) -> String? {
        articles[index].source ?? options.source
    }

    /// "12" of "12-year" when the sentence goes on "old": an age whose second hyphen the
    /// copy left out.
    static func ageNumber(_ text: String, before after: String) -> String? {
        let lowered = text.lowercased()
        guard lowered.hasSuffix("-year") || lowered.hasSuffix("-years"), after.lowercased().hasPrefix(" old") else { return nil }
        let number = String(text.prefix { $0.isNumber || $0 == "," || $0 == "." })
        return number.isEmpty ? nil : number
    }

    mutating func skip(_ index: Int, _ kind: String, _ fact: String, _ reason: String) {
        skipped.append(SkippedFact(article: articles[index].article, kind: kind, fact: fact, reason: reason))
    }

    /// The figure written as a plain number, also accepted as an answer: "$1,737.00" takes
    /// "1,737". Not for a number with a letter glued on and no currency ("4K" streaming is a
    /// resolution, not 4,000), nor a German "45.000" that would read as 45.
    static func numericForms(of text: String, value: Double) -> [String] {
        let hasCurrency = PromptText.showsCurrency(text)
        let gluedLetter = text.last?.isLetter == true && text.first?.isNumber == true && text.filter(\.isLetter).count <= 2
        if gluedLetter && !hasCurrency { return [] }
        // "a third" is no "0.333333333333": a value past three decimals is no form anyone types.
        if (value * 1000).rounded() != value * 1000 { return [] }
        return [NumberFormatting.display(value)]
    }

    /// The sentence without a weekday and its comma opening it ("Sunday, December 4, …").
    static func withoutLeadingWeekday(_ sentence: String) -> Substring {
        guard let comma = sentence.firstIndex(of: ","), loweredWeekdays.contains(sentence[..<comma].lowercased()) else { return sentence[...] }
        return sentence[sentence.index(after: comma)...].drop { $0 == " " }
    }

    /// A share written as a fraction, as a learner may type it in percent: 0.25 → "25 percent", "25%".
    static func percentForms(of value: Double) -> [String] {
        let percent = value * 100
        guard value > 0, value < 1, (percent * 10).rounded() == percent * 10 else { return [] }
        let shown = NumberFormatting.display(percent)
        return ["\(shown) percent", "\(shown)%"]
    }

    /// Where each sentence stands in its article (0 for the headline or lede), from the facts' offsets.
    static func ranks(in facts: ArticleFacts) -> [String: Int] {
        var ranks: [String: Int] = [:]
        for (rank, entry) in sentenceStarts(in: facts).sorted(by: { $0.value < $1.value }).enumerated() { ranks[entry.key] = rank }
        return ranks
    }

    /// Where each fact-bearing sentence starts in its article.
    static func sentenceStarts(in facts: ArticleFacts) -> [String: Int] {
        var first: [String: Int] = [:]
        for quote in facts.quotes { first[quote.sentence] = min(first[quote.sentence] ?? .max, quote.start) }
        for figure in facts.figures { first[figure.sentence] = min(first[figure.sentence] ?? .max, figure.start) }
        for date in facts.dates { first[date.sentence] = min(first[date.sentence] ?? .max, date.start) }
        return first
    }

    /// Verbs that date a statement rather than the story's event: "told CNN in October".
    static let statementVerbs: Set<String> = ["told", "said", "wrote", "tweeted", "testified", "stated"]

    static let factCheckers = ["snopes", "politifact", "factcheck.org", "fullfact", "full fact", "leadstories", "lead stories", "truthorfiction"]

    /// The comparison the rest of the sentence makes of a figure: "above", "more than".
    static func comparisonAfter(_ after: String) -> String? {
        let words = after.lowercased().spaceSeparated.map(PromptText.bareWord)
        return ["above", "below", "exceed", "exceeds", "exceeding", "higher", "lower", "beyond", "surpass", "surpassing", "short"]
            .first(where: words.contains)
    }

    /// Words a reporter uses to judge a figure's size.
    static let evaluativeWords: Set<String> = ["robust", "healthy", "whopping", "staggering", "mere", "paltry", "record", "modest", "meager", "meagre",
                                               "impressive", "solid", "dismal", "hefty", "massive", "tiny", "slim", "narrow", "comfortable",
                                               "commanding", "scant", "stunning", "remarkable", "sizable", "sizeable", "huge", "low", "high"]

    /// How far into an article (in fact-bearing sentences, the lede being 0) a figure with no
    /// claimant, or a date, may stand and still be asked.
    static let deepestUncreditedFigure = 10

    /// Headline and lede facts first, long sentences last.
    func position(_ sentence: String, _ facts: ArticleFacts, ranks: [String: Int]) -> Double {
        let rank = ranks[sentence] ?? 99
        var score = rank <= 2 ? 0.15 : rank <= 5 ? 0.05 : 0
        if ByteText.wordCount(sentence) > 35 { score -= 0.1 }
        return score
    }

    // MARK: - Sentences that stand alone

    /// The sentence as a prompt may show it, with a leading "He"/"She" replaced by the speaker
    /// the extractor attributed a quote of this sentence to; nil with a reason when it
    /// cannot stand alone.
    /// Starts on the article at `index`: forgets the last article's `standalone` answers
    /// and takes this one's names and citable headline.
    mutating func beginArticle(_ index: Int, cast: StoryCast) {
        let facts = articles[index]
        standaloneMemo.removeAll(keepingCapacity: true)
        standaloneHeadline = Self.citableHeadline(facts.title)
        articleNames = index < namesOfArticles.count ? namesOfArticles[index] : StoryGrouping.names(of: facts)
        namesBySurname = PromptText.namesBySurname(in: facts)
        // "Met Office" names a body, not a person whose surname "Office" would be: its last
        // word may head another body's name ("Office of National Statistics").
        let organisations = Set(facts.quotes.lazy.filter { $0.mention == "organisation" }.compactMap(\.speaker))
        fullNames = PromptText.fullNames(namesBySurname, speakers: cast.speakers.keys.filter { !organisations.contains($0) })
    }

    mutating func standalone(_ sentence: String, _ facts: ArticleFacts, people: Set<String> = []) -> (text: String?, reason: String?) {
        if let known = standaloneMemo[sentence] { return known }
        if introductions.article != facts.article { introductions = Introductions(facts) }
        let result = standaloneUncached(sentence, facts, people: people)
        standaloneMemo[sentence] = result
        return result
    }

    func standaloneUncached(_ sentence: String, _ facts: ArticleFacts, people: Set<String>) -> (text: String?, reason: String?) {
        // A headline is no sentence, and the lede says it again in full; a file without one
        // opens on its lede, which is the story's first sentence.
        if let title = facts.title, title == sentence, facts.lede != title { return (nil, "the headline, which the article's own sentences say in full") }
        if PromptText.isBoilerplate(sentence) { return (nil, "boilerplate, not part of the story") }
        if PromptText.isPhotoCaption(sentence) { return (nil, "a photo caption (“… signs autographs … on February 27, 2016 in Millington”), not the story") }
        if PromptText.isMarketDataLine(sentence) { return (nil, "a line of market data (instrument codes), not a fact of the story") }
        if PromptText.isInterviewLabel(sentence) { return (nil, "an interview's question, a list label or a fact-check's claim line, not a statement") }
        if PromptText.isListLine(sentence) { return (nil, "a line of a list, not a sentence") }
        if PromptText.isForeignScript(sentence) { return (nil, "written in another language") }
        if PromptText.hasUnpairedQuotes(sentence) { return (nil, "the sentence is cut inside a quote") }
        if sentence.hasSuffix("?") { return (nil, "a question, not a statement") }
        // "Minimum of £23,703 in London and £21,024 elsewhere": a subheading, or text cut off.
        if let last = sentence.last(where: { !$0.isWhitespace }), !Self.sentenceEnds.contains(last) {
            return (nil, "no full stop: a heading or a cut-off line, not a sentence of the story")
        }
        // "While other eighteen prisoners … were also accused …": a subordinate clause with no
        // comma has no main clause; the sentence is a fragment of the one before.
        let words = sentence.spaceSeparated
        if let first = words.first, ["While", "Whereas", "Although", "Though"].contains(String(first)), !CanonicalSearch.contains(sentence, ",") {
            return (nil, "a subordinate clause without its main clause")
        }
        if sentence.hasPrefix("(") { return (nil, "an aside in brackets") }
        if let thing = Self.unintroducedThing(in: sentence, headline: standaloneHeadline) {
            return (nil, "“the \(thing)” points to an earlier sentence, and the headline does not say which")
        }
        if let thing = introductions.introducedEarlier(in: sentence) {
            return (nil, "“the \(thing)” is the “a \(thing)” an earlier sentence introduced")
        }
        // "“It was 50 percent more than Hillary's show,” Trump added": the quote opens on what
        // the speaker was asked about.
        if let first = sentence.first, PromptText.quoteMarks.contains(first),
            let opening = sentence.dropFirst().spaceSeparated.first.map(PromptText.bareWord),
            ["It", "It's", "That", "That's", "This", "They", "He", "She", "Those", "These"].contains(opening)
        {
            return (nil, "the quote opens on “\(opening)”, which it does not resolve")
        }
        // "Number two, between 2003 and 2012, …": a speaker's list in a transcript.
        let listOpening = words.prefix(2).map { PromptText.bareWord($0).lowercased() }
        if listOpening.first == "number", listOpening.count == 2, PromptText.spelled.contains(listOpening[1]) {
            return (nil, "an item of a speaker's list (“Number \(listOpening[1])”), not the outlet's report")
        }
        // "- exchange during an Oct. 22 hearing …": a caption's tail or a list item, cut from its start.
        if let first = sentence.unicodeScalars.first, ["-", "\u{2013}", "\u{2014}", "\u{2022}", "*"].contains(first) {
            return (nil, "a fragment after a dash, not a whole sentence")
        }
        // "THE MANY CAVEATS Polls show …": a section heading run into the sentence.
        let opening = words.prefix(2).map(PromptText.bareWord)
        if opening.count == 2, opening.allSatisfy({ $0.count > 1 && $0.allSatisfy { $0.isUppercase || !$0.isLetter } && $0.contains(where: \.isLetter) }),
            !opening.allSatisfy({ $0.count <= 4 })
        {
            return (nil, "opens on a heading in capitals")
        }
        if ByteText.wordCount(sentence) < 7 { return (nil, "too short to stand alone") }
        var text = PromptText.withoutLeadingConnective(PromptText.withoutDateline(sentence))
        if text != sentence { return standaloneChecked(PromptText.withFullName(text, fullNames: fullNames), people: people) }
        if let first = words.first, ["He", "She"].contains(String(first)),
            !words.dropFirst().contains(where: { ["he", "she", "him", "her", "his", "hers"].contains(PromptText.bareWord($0).lowercased()) }),
            // Only a quote attributed through that very pronoun ("…," he said) says who "He"
            // is: "He testified that Sondland said "…"" quotes someone else.
            let speaker = facts.quotes.first(where: { $0.sentence == sentence && $0.speaker != nil && $0.mention == "pronoun"
                && ($0.confidence ?? 1) >= QuestionGenerator.whoSaidConfidence })?.speaker,
            Claimants.sort(of: speaker) == .person
        {
            text = speaker + sentence.dropFirst(first.count)
        }
        return standaloneChecked(PromptText.withFullName(text, fullNames: fullNames), people: people)
    }

    /// The name before an amount's verb ("Adelson has committed"): the sentence's capitalised
    /// subject, when it opens the sentence.
    static func moneyGiver(before: String) -> String? {
        let words = before.spaceSeparated.map(PromptText.bareWord)
        // Only an amount given: "Microsoft posted revenue of $62 billion" says what it is.
        guard let verb = words.last?.lowercased(), givingVerbs.contains(verb) else { return nil }
        guard let first = words.first, first.first?.isUppercase == true, !StoryGrouping.notNames.contains(first),
            !["The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "In", "On", "At", "But", "And"].contains(first)
        else { return nil }
        let name = words.prefix { $0.first?.isUppercase == true }
        return name.isEmpty || name.count > 3 ? nil : name.joined(separator: " ")
    }

    static let givingVerbs: Set<String> = ["committed", "pledged", "donated", "gave", "given", "contributed", "promised", "raised", "put", "spent",
                                           "invested", "paid", "commit", "pledge", "donate", "give", "contribute"]

    /// Words after "announced DATE" that make the date the thing announced.
    static let dateRoleWords: Set<String> = ["as", "for", "to", "was", "is", "will", "would"]

    /// The word a hyphenated figure runs on into past its unit ("schoolgirl" of
    /// "Sixteen-year-schoolgirl"), or nil. An age's "old" and a size's "long" or "high" end
    /// the figure as written ("16-year-old", "40-foot-high").
    static func wordGluedAfterUnit(_ figure: FigureFact) -> String? {
        guard let unit = figure.unit?.lowercased(), let last = figure.text.split(separator: "-").last.map({ $0.lowercased() }),
            CanonicalSearch.contains(figure.text, "-"), last.count >= 4, last.allSatisfy(\.isLetter),
            last != unit, last != unit + "s", !unit.hasSuffix(last), !Self.figureEnders.contains(last)
        else { return nil }
        return last
    }

    /// Words a hyphenated figure ends on: "16-year-old", "a 40-foot-long tank", "R42-million".
    static let figureEnders: Set<String> = ["old", "long", "high", "wide", "deep", "tall", "strong", "thick", "plus", "odd",
                                            "million", "billion", "trillion", "thousand", "hundred", "lakh", "crore", "percent", "cent"]

    /// Whether the words before a date read it as when a status held: "as of", "as at", or
    /// "on" in a sentence that says the state "still" held.
    static func timestampsStatus(before: Substring) -> Bool {
        var words = before.spaceSeparated.map { PromptText.bareWord($0).lowercased() }
        if let last = words.last, Context.loweredWeekdays.contains(last) { words.removeLast() }
        if words.suffix(2) == ["as", "of"] || words.suffix(2) == ["as", "at"] { return true }
        return words.last == "on" && words.contains("still")
    }

    /// Verbs of saying a reporter dates: "said Tuesday", "announced Jan. 14".
    static let timestampedVerbs: Set<String> = ["said", "says", "announced", "told", "declared", "confirmed", "stated", "added", "revealed",
                                                "noted", "wrote", "tweeted", "posted"]

    /// Distinct people credited by name alone after a dash that make an article a gathering of voices.
    static let voxPopVoices = 3

    /// Around a credit line's name: spaces (no-break ones too), dashes and the full stop.
    static let creditEdges = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ".―—–-"))

    /// A quote whose credit line is its speaker's name and nothing else: "“…” ― Jorge Falcon".
    static func isCreditedByNameAlone(_ quote: QuoteFact) -> Bool {
        guard quote.attribution == "dash-signature", let speaker = quote.speaker else { return false }
        let credit = PromptText.outsideQuotes(quote.sentence).trimmingCharacters(in: Self.creditEdges)
        return credit == speaker
    }

    private func standaloneChecked(_ text: String, people: Set<String>) -> (text: String?, reason: String?) {
        if let reason = PromptText.continuation(text) { return (nil, reason) }
        if let marked = PromptText.footnoteMarked(text) { return (nil, "“\(marked)” carries a footnote number from the page, which reads as a typo") }
        let reporters = PromptText.outsideQuotes(text)
        if let reason = PromptText.unresolvedReference(reporters, people: people, names: articleNames) { return (nil, reason) }
        // "3,248 cases were reported", "Dealers sold 30,154 cars": a sentence that names no
        // one and nowhere does not say what it is about once it is out of its article.
        if !PromptText.namesSomething(reporters, names: articleNames) { return (nil, "names no person, place or organisation: out of its article it is about nothing") }
        // A quote is introduced by its speaker: a bare quote sentence says nothing of who spoke.
        if let opening = text.first, PromptText.quoteMarks.contains(opening) {
            let reporter = reporters.spaceSeparated.map(PromptText.bareWord)
            if !reporter.contains(where: { $0.first?.isUppercase == true && !StoryGrouping.notNames.contains($0) }) {
                return (nil, "a quote whose speaker the sentence does not name")
            }
        }
        return (text, nil)
    }

    // MARK: - Candidates of one article

    mutating func candidates(article index: Int, cast: StoryCast) {
        let facts = articles[index]
        guard ArticleLanguage.isEnglish(facts) else {
            skip(index, "article", facts.title ?? facts.article, "not written in English: FactDrill's rules read English news")
            return
        }
        let outlet = outlet(index)
        let source = outlet ?? "the article"
        let headline = Self.citableHeadline(facts.title)
        // "— Huffington Post, “Hillary Clinton Wins Missouri Democratic Primary”": the story a
        // sentence comes from tells which contest "on Saturday" or "the poll" means.
        // With no headline to cite, the story's first sentence says what it is about: "the
        // season" in "… could go on as scheduled on ____" is the football season the lede named.
        let lede = headline == nil ? Self.citableLede(facts.lede) : nil
        let plainCitation = outlet.map { " — \($0)" } ?? ""
        let storyCitation = headline.map { headline in outlet.map { " — \($0), “\(headline)”" } ?? " — from “\(headline)”" }
            ?? lede.map { lede in (outlet.map { " — \($0), in a story that opens" } ?? " — from a story that opens") + ": “\(lede)”" }
            ?? plainCitation
        // An item from the lede itself cites only the outlet.
        func citation(for sentence: String) -> String {
            lede != nil && facts.lede.map({ CanonicalSearch.contains($0, sentence) }) == true ? plainCitation : storyCitation
        }
        // Lower-cased once per article: every figure reads its source line this way.
        let loweredCitations = (plain: plainCitation.lowercased(), story: storyCitation.lowercased())
        // "Who said this? “We will achieve justice in this case”": out of its article a quote's
        // "this case", "the plan" or "the city" points nowhere, and the story it comes from
        // says which. Where that story's line names the speaker, a choice or the speaker's
        // office, it would answer or mislead, and the outlet alone is cited (nothing, where
        // the outlet is named so).
        func citation(forQuoteOf sentence: String, speaker names: [String], others: [String], roles: [String]) -> String {
            let line = citation(for: sentence)
            if !StoryCitation.givesAway(line, people: names + others, roles: roles) { return line }
            // The outlet is no one's answer but its own. Its place name may hold a given name
            // ("Alaska Highway News (Fort St. John)" for John Tebulte): only a surname gives away.
            let surnames = names.compactMap { $0.spaceSeparated.last.map(String.init) }
            return StoryCitation.givesAway(plainCitation, people: surnames, roles: []) ? "" : plainCitation
        }
        // "Police Chief Marta Kovic said …" a sentence before her quote: the offices the
        // article gives a speaker anywhere it names her in full.
        let namingSentences = facts.quotes.map(\.sentence) + [facts.lede].compactMap { $0 }
        // Where the article writes names: what a short answer is read against.
        let writtenSentences = namingSentences + facts.figures.map(\.sentence) + facts.dates.map(\.sentence) + [facts.title].compactMap { $0 }
        func roles(of speaker: String) -> [String] {
            namingSentences.filter { ByteText.contains($0, speaker) }.flatMap { StoryCitation.roleWords(of: speaker, in: $0) }
        }
        let reporter = switch (outlet, headline) {
        case let (outlet?, headline?): "In a story headlined “\(headline)”, \(outlet) reported"
        case let (outlet?, nil): "\(outlet) reported"
        case let (nil, headline?): "The article “\(headline)” reports"
        case (nil, nil): "The article reports"
        }
        let ranks = Self.ranks(in: facts)
        beginArticle(index, cast: cast)
        let bySurname = namesBySurname
        let speakers = cast.speakers.keys.sorted()
        // The article's own speakers first: a name from another article of the story ("Rabbi
        // Rick Jacobs" for a Sanders aide's line) stood out to blind readers.
        let ownSpeakers = Set(facts.quotes.compactMap { $0.speaker.flatMap(Claimants.castName) })
        let ownCast = speakers.filter(ownSpeakers.contains)
        // "Matthew Martin, a Met Éireann forecaster, said": two speakers named together in the
        // sentence that attributes one of them may be one voice (a forecaster and his service,
        // an aide and her boss), so neither is a wrong choice for the other.
        // Sentences are compared as written, and ignoring accents only where a letter has one
        // ("Met Éireann" beside "Met Eireann").
        var quoteSentences: [String: Set<String>] = [:]
        for quote in facts.quotes {
            if let speaker = quote.speaker.flatMap(Claimants.castName) { quoteSentences[speaker, default: []].insert(quote.sentence) }
        }
        func namedTogether(_ one: String, _ other: String) -> Bool {
            func names(_ name: String, in sentence: String) -> Bool {
                if ByteText.contains(sentence, name) { return true }
                // Accented Latin letters are two bytes led by 0xC3–0xC9 (curly quotes are not).
                let accented = { (text: String) in text.utf8.contains { $0 >= 0xC3 && $0 <= 0xC9 } }
                return (accented(name) || accented(sentence)) && sentence.range(of: name, options: [.diacriticInsensitive, .caseInsensitive]) != nil
            }
            let together = { (sentence: String) in names(one, in: sentence) && names(other, in: sentence) }
            return (quoteSentences[one] ?? []).contains(where: together) || (quoteSentences[other] ?? []).contains(where: together)
        }

        // "“Maybe we can build a wall around Donald Trump.” ― Steve Quinlan": a line credited
        // by a name alone, one of several, is a gathering of voices (readers' comments, a vox
        // pop). Blind readers failed every such item: which of thirty people said a line is
        // trivia, however sure the attribution.
        let listedVoices = facts.quotes.filter(Self.isCreditedByNameAlone)
        let isVoxPop = Set(listedVoices.compactMap(\.speaker)).count >= Self.voxPopVoices

        for quote in facts.quotes {
            let text = QuestionGenerator.trimmedQuote(quote.text)
            guard let rawSpeaker = quote.speaker else { skip(index, "who-said", text, "the speaker is not known with confidence"); continue }
            if isVoxPop, Self.isCreditedByNameAlone(quote) {
                skip(index, "who-said", text, "one of \(listedVoices.count) lines the article credits by name alone: which voice said which is trivia"); continue
            }
            if let reason = PromptText.quoteLeansOnContext(text) { skip(index, "who-said", text, reason); continue }
            if let reason = QuoteSubstance.lack(in: text, names: articleNames) { skip(index, "who-said", text, reason); continue }
            if let preamble = QuoteSubstance.preambleCut(text) {
                skip(index, "who-said", text, "cut after its preamble (“\(preamble) …”), before its point"); continue
            }
            // An item teaches its key: extraction's confidence must be higher for that than
            // for printing a speaker.
            guard (quote.confidence ?? 1) >= QuestionGenerator.whoSaidConfidence else {
                skip(index, "who-said", text, "the attribution (\(quote.attribution ?? "?"), confidence \(quote.confidence ?? 0)) is too uncertain to ask"); continue
            }
            guard Claimants.sort(of: rawSpeaker) != .description, rawSpeaker.first?.isUppercase == true else {
                skip(index, "who-said", text, "the speaker is described (“\(rawSpeaker)”), not named"); continue
            }
            // "the Times wrote": one word that names a kind of body ("Times", "Ministry") is
            // no answer a learner can give or check.
            if !rawSpeaker.contains(" "), Self.genericBodies.contains(rawSpeaker) {
                skip(index, "who-said", text, "“\(rawSpeaker)” names a kind of body, not which one"); continue
            }
            // "the MEC said": an office alone is no answer; who holds it is.
            if !rawSpeaker.contains(" "), Claimants.titleWords.contains(rawSpeaker) || Claimants.titleWords.contains(rawSpeaker.capitalized) {
                skip(index, "who-said", text, "“\(rawSpeaker)” names an office, not who holds it"); continue
            }
            // "a South Carolina Democrat", "a Pentagon official": someone described, not named.
            if let last = rawSpeaker.spaceSeparated.last.map(PromptText.bareWord),
                ["Democrat", "Republican", "Democrats", "Republicans", "Official", "Officials", "Spokesman", "Spokeswoman", "Aide", "Source", "Sources"].contains(last)
                    || Claimants.commonNouns.contains(last) || ByteText.contains(last, "\u{00C3}")
            {
                skip(index, "who-said", text, "“\(rawSpeaker)” describes the speaker, it does not name them"); continue
            }
            let personal = Claimants.sort(of: rawSpeaker) == .person
            guard var speaker = Claimants.castName(of: rawSpeaker),
                !personal || speaker.spaceSeparated.count >= 2
            else {
                skip(index, "who-said", text, "“\(rawSpeaker)” is not a person's full name"); continue
            }
            guard !quote.short, ByteText.wordCount(quote.text) >= 5, quote.text.first?.isUppercase == true,
                !Self.followsDeterminer(quote.text, in: quote.sentence)
            else {
                skip(index, "who-said", text, "a fragment, not a whole statement"); continue
            }
            // "Cllr Kelleher (Fianna Fáil) responded": a name in brackets is a party or a place
            // beside the speaker, never the speaker.
            if ByteText.contains(quote.sentence, "(" + speaker + ")") {
                skip(index, "who-said", text, "“\(speaker)” is in brackets beside the speaker"); continue
            }
            // "Broadcaster Mara Quill" is "Mara Quill" where the article writes her name alone
            // (extraction's names say so). Where it never does, the word before is part of the
            // name if it is a known given name ("Anna Maria Lopez"); otherwise it cannot be told
            // from one ("Developer Marcus Lyle", "Kayden John Smith" both open a sentence), and
            // either key could teach a wrong name, so no item is made.
            if personal, let surname = speaker.spaceSeparated.last.map(String.init),
                // "Lo Verso" is Emmanuelle Lo Verso's surname, not a shorter name of hers.
                let shorter = bySurname[surname]?.filter({
                    speaker.hasSuffix(" " + $0) && $0.spaceSeparated.count >= 2 && !PromptText.surnameParticles.contains(String($0.spaceSeparated[0]).lowercased())
                }).min(by: { $0.count < $1.count })
            {
                let before = String(speaker.dropLast(shorter.count + 1))
                if PromptText.writtenOnlyAfterCourtesyTitle(shorter, of: speaker, in: writtenSentences) {
                    // "Mr. Guajardo Villarreal": the surname of the name in full, which stays the key.
                } else if facts.fullNames.contains(shorter) {
                    speaker = shorter
                } else if !(before.spaceSeparated.last.map { GivenNames.contains(String($0)) } ?? false) {
                    skip(index, "who-said", text, "the name may or may not begin with “\(before)”, which opens its sentence"); continue
                }
            }
            // "Nielsen Hayden" where the article quotes Teresa and Patrick Nielsen Hayden: a
            // surname two people share is no key, however it is written.
            if personal, let surname = speaker.spaceSeparated.last.map(String.init),
                (bySurname[surname] ?? []).filter({ $0 != speaker && $0.hasSuffix(" " + speaker) }).count >= 2
            {
                skip(index, "who-said", text, "“\(speaker)” is the surname of more than one person in the article"); continue
            }
            if !ByteText.contains(quote.sentence, speaker), PromptText.surnameIsShared(speaker, bySurname) {
                skip(index, "who-said", text, "the article names another person called \(speaker.spaceSeparated.last ?? "")"); continue
            }
            // "Senator Cruz appreciates all of his supporters," said the Cruz slate card: a
            // quote that speaks of the key in the third person was most likely said by
            // someone else (a card, an aide, a rival).
            if personal, let surname = speaker.spaceSeparated.last.map(String.init),
                quote.text.spaceSeparated.contains(where: { PromptText.bareWord($0) == surname })
            {
                skip(index, "who-said", text, "the quote speaks of \(surname) in the third person"); continue
            }
            // "…," said Robert Stone, a 59-year-old from Hilton Head: a passer-by, whose name a
            // learner has no reason to remember.
            if PromptText.describesByAge(speaker, in: quote.sentence) {
                skip(index, "who-said", text, "\(speaker) is a passer-by the article describes by age: the words matter, not the name"); continue
            }
            guard PromptText.namesOutsideQuotes(quote.sentence, speaker: speaker) else {
                skip(index, "who-said", text, "the sentence does not name \(speaker) outside the quote marks"); continue
            }
            let besideVerb = PromptText.namesBesideVerb(quote.sentence)
            if !besideVerb.isEmpty, let surname = speaker.spaceSeparated.last,
                !besideVerb.contains(where: { $0.spaceSeparated.contains(surname) })
            {
                skip(index, "who-said", text, "the sentence puts \(besideVerb[0]) beside the verb, not \(speaker)"); continue
            }
            if let reason = PromptText.notSpoken(quote.text, in: quote.sentence) { skip(index, "who-said", text, reason); continue }
            guard PromptText.isCompleteQuote(quote.text, in: quote.sentence) else {
                skip(index, "who-said", text, "the quote is not whole in its sentence"); continue
            }
            let openingWords = quote.text.spaceSeparated.prefix(2).map(PromptText.bareWord)
            if let first = openingWords.first,
                PromptText.pronouns.contains(first.lowercased())
                    || (PromptText.demonstratives.contains(first) && ["is", "was", "will", "has", "would", "could", "means", "shows", "must", "should", "isn't", "wasn't"].contains(openingWords.last ?? ""))
            {
                skip(index, "who-said", text, "the quote opens on “\(first)”, which it does not resolve"); continue
            }
            let id = StableID.make(article: facts.article, kind: "who", parts: [quote.text])
            // Choices are the article's own other speakers, or none (free answer): blind readers
            // struck names a reader of the article rules out unread, whether quoted in another
            // article of the story ("Rabbi Rick Jacobs" beside a Sanders aide) or named without
            // being quoted (the victim of the killing a rally was about, Putin named in passing).
            let others = cast.others(of: speaker, among: ownCast.filter { !namedTogether($0, speaker) }, seed: id.rawValue, quote: quote.text)
            var score = 0.65 + position(quote.sentence, facts, ranks: ranks) + ((cast.speakers[speaker] ?? 0) >= 2 ? 0.05 : 0)
            // A fragment the reporter's sentence finishes is less of a statement than a whole one.
            if quote.text.first?.isLowercase == true { score -= 0.1 }
            // "said the WSU": a learner knows the body by the name the article spells out
            // ("the Wancho Students’ Union (WSU)"), and may answer with either.
            let spelledOut = facts.spelledOut[speaker]
            let key = spelledOut ?? speaker
            // The article may quote the body by both names ("the Nigeria Labour Congress", "the
            // NLC"): the key stands once among the choices.
            let rivals = others.filter { $0 != key && $0 != speaker && facts.spelledOut[$0] != key }
            // With no choices, anyone the story line names is an answer a learner might give.
            let storyLine = citation(forQuoteOf: quote.sentence, speaker: [key, speaker], others: rivals.count >= 2 ? rivals : facts.fullNames + ownCast,
                                     roles: roles(of: speaker))
            var item = Item(
                id: id, kind: .whoSaid, prompt: "Who said this? “\(text)”" + storyLine,
                answer: .text(key),
                explanation: "\(key) said it, as \(outlet ?? "the article") reported.",
                evidence: Evidence(source: source, sentence: quote.sentence), tags: ["who-said"] + (outlet.map { [$0] } ?? []))
            if spelledOut != nil { item.accept = [speaker] }
            if rivals.count >= 2 {
                item.choices = QuestionGenerator.deterministicShuffle([key] + rivals, seed: id.rawValue + "choices")
            } else {
                // Free answer: the surname counts too, when the article names no one else of it
                // ("Trump" is no answer for Eric Trump beside Donald).
                // "Umm Ahmad", "Abu Bakr": a name by one's child or father has no surname to accept.
                if let surname = speaker.spaceSeparated.last, ByteText.contains(speaker, " "), cast.sort(of: speaker) == .person,
                    !["Umm", "Um", "Abu", "Abou", "Bin", "Ibn"].contains(speaker.spaceSeparated.first.map(String.init) ?? ""),
                    (bySurname[String(surname)] ?? []).allSatisfy({ speaker.hasSuffix($0) || $0.hasSuffix(speaker) })
                {
                    // "Standing Bear", the article's short form of Geoffrey Standing Bear, is a
                    // surname already: "Bear" would accept a wrong answer.
                    if !facts.fullNames.contains(where: { $0.hasSuffix(" " + speaker) }) {
                        if let surname = PromptText.surname(of: speaker, asWrittenIn: writtenSentences) { item.accept = [surname] }
                    }
                }
                score -= 0.05
            }
            candidates.append(Candidate(item: item, score: score, article: index, sentence: quote.sentence, fact: "quote:\(quote.start)", speaker: speaker))

            // The same quote as a claim about its speaker, false with another of the story's speakers.
            if quote.text.first?.isUppercase == true, let wrong = others.first {
                let claimID = StableID.make(article: facts.article, kind: "claim-who", parts: [quote.text])
                // One story line for both versions, naming neither person they name.
                let claimLine = citation(forQuoteOf: quote.sentence, speaker: [key, speaker], others: [wrong], roles: roles(of: speaker))
                func claim(naming named: String) -> Item {
                    Item(
                        id: claimID, kind: .claim, prompt: "True or false? \(named) said: “\(text)”" + claimLine, answer: .truth(named == speaker),
                        explanation: named != speaker ? "False: \(speaker) said it, not \(named)." : "True: \(speaker) said it, as \(outlet ?? "the article") reported.",
                        evidence: Evidence(source: source, sentence: quote.sentence), tags: ["claim", "who-said"] + (outlet.map { [$0] } ?? []))
                }
                candidates.append(Candidate(item: claim(naming: speaker), score: score - 0.15, article: index, sentence: quote.sentence,
                                            fact: "quote:\(quote.start)", falseVersion: claim(naming: wrong), speaker: speaker))
            }
        }

        let takenValues = Set(facts.figures.compactMap { figure -> Double? in if case .number(let value)? = figure.value { return value } else { return nil } })
        var askedFigures = Set<String>()
        // Every value the article gives each counted thing, by the thing's head noun, and
        // whether a quote gives it (a source's count) or the reporter does.
        let quoteSpans = facts.quotes.map { $0.start..<($0.start + $0.text.unicodeScalars.count) }
        func quoted(_ figure: FigureFact) -> Bool { quoteSpans.contains { $0.contains(figure.start) } }
        // "“The scheme is designed for the youth. In the coming time, 50% of the population will
        // be youth …”": a sentence inside a quote paragraph, with neither the marks nor the
        // speaker, reads as the outlet's own report.
        func insideUnmarkedQuote(_ start: Int, _ sentence: String) -> Bool {
            quoteSpans.contains { $0.contains(start) } && !sentence.contains(where: { $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" })
        }
        var counts: [String: [(value: Double, quoted: Bool)]] = [:]
        for figure in facts.figures {
            guard case .number(let value)? = figure.value, let head = QuestionGenerator.countedThing(figure.unit)?.spaceSeparated.last else { continue }
            counts[String(head), default: []].append((value, quoted(figure)))
        }
        // A fact-checker's article states the claims it checks ("… has a net worth of $17
        // million", rated Unproven): its figures are not facts it reports.
        let checksClaims = outlet.map { name in Self.factCheckers.contains { ByteText.contains(name.lowercased(), $0) } } ?? false
        // Amounts of money of the article, for rounded twins: read once, not once per figure.
        // Only qualified amounts ("more than", "nearly") are roundings; "$2.31 billion, up from
        // $2.30 billion" are two amounts, and so are two in one sentence.
        let amounts: [(text: String, value: Double, sentence: String, qualified: Bool)] = facts.figures.compactMap { figure in
            guard case .number(let value)? = figure.value, value >= 1000, PromptText.showsCurrency(figure.text) else { return nil }
            return (figure.text, value, figure.sentence, figure.qualifier != nil)
        }
        for figure in facts.figures {
            if checksClaims { skip(index, "figure", figure.text, "a fact-checker's article states the claims it checks: its figures are not its report"); continue }
            if insideUnmarkedQuote(figure.start, figure.sentence) { skip(index, "figure", figure.text, "a sentence inside a quote that shows neither its marks nor its speaker"); continue }
            // "a net loss of more than $915 million" beside "lost nearly $916 million": where the
            // article rounds the same amount two ways, either answer is right.
            let roundedTwin = amounts.first { $0.text == figure.text }.flatMap { own in
                amounts.first {
                    $0.value != own.value && abs($0.value - own.value) <= 0.01 * max($0.value, own.value)
                        && $0.sentence != own.sentence && ($0.qualified || own.qualified)
                }
            }
            guard let sense = FigureSense(figure, specificThing: QuestionGenerator.countedThing(figure.unit).map { $0.contains(" ") } ?? false) else { skip(index, "figure", figure.text, "a range or a figure without a value"); continue }
            // "emergency aid of up to ____ for every affected family and another 2 thousand for
            // the families who lost people": the same amount written again in its sentence gives
            // the blank away (both readers, sets 225–228).
            if figure.value != nil, facts.figures.contains(where: { $0.sentence == figure.sentence && $0.start != figure.start && $0.value == figure.value }) {
                skip(index, "figure", figure.text, "the sentence writes the same amount again, which gives the blank away"); continue
            }
            // "Sixteen-year-schoolgirl, Dulanjalee Ranasinghe …": a number glued into a compound
            // word asks for the word, not the number (both readers, sets 221–224).
            if let glued = Self.wordGluedAfterUnit(figure) {
                skip(index, "figure", figure.text, "the number is glued into a compound word (“…-\(glued)”): the blank would ask for the word"); continue
            }
            // "— 980 CJME": the source line printed under the prompt must not hold the key. The
            // lede's own figures are printed under the outlet alone, so only that line counts.
            let sourceLine = citation(for: figure.sentence)
            // "“A Third of Independent Pharmacies May Close”" holds "a third" in capitals.
            let loweredLine = sourceLine == plainCitation ? loweredCitations.plain : loweredCitations.story
            let loweredFigure = figure.text.lowercased()
            if ByteText.contains(loweredLine, loweredFigure), PromptText.containsWord(loweredLine, loweredFigure) {
                skip(index, "figure", figure.text, "the source line (“\(sourceLine.dropFirst(3))”) gives the figure away"); continue
            }
            // "… killing ____ people" under the headline "Suspected double murder": a word for
            // a small count says it as well as its digits.
            if let word = Self.countWords[sense.value]?.first(where: { PromptText.containsWord(sourceLine.lowercased(), $0) }) {
                skip(index, "figure", figure.text, "the source line says “\(word)”, which gives the figure away"); continue
            }
            let (shown, reason) = standalone(figure.sentence, facts, people: cast.people)
            guard let shown else { skip(index, "figure", figure.text, reason ?? "not self-contained"); continue }
            if let name = sense.partOfName ?? sense.inTitle { skip(index, "figure", figure.text, name); continue }
            // A side character's age, or how long an interview ran, is trivia; the lede's are
            // the story's.
            let inLede = (ranks[figure.sentence] ?? 99) <= 2
            // An age is the story only when the story is a death ("dies aged 92").
            let death = FigureSense.deathWords.contains { ByteText.contains(figure.sentence, $0) }
            if (sense.sort == .age && !(inLede && death)) || Self.isDuration(figure.unit) || Self.isDuration(figure.text) {
                skip(index, "figure", figure.text, "an age or a duration outside the lede: trivia"); continue
            }
            // "Keysha Bennett has lived in the neighborhood for 20 years": how long a witness has
            // lived or worked somewhere introduces them; it is not the story.
            // Only a story's very first fact may be such a span ("… who has farmed here for 60 years, retires").
            if (ranks[figure.sentence] ?? 99) > 0, Self.saysTenure(sense) {
                skip(index, "figure", figure.text, "how long someone has lived or worked somewhere, which introduces them: trivia"); continue
            }
            // "Rosy Erganian has 14 horses": what one person owns introduces them; it is not the story.
            if !inLede, Self.saysPersonalHolding(sense) {
                skip(index, "figure", figure.text, "what one person owns or keeps, which introduces them: trivia"); continue
            }
            let thing = QuestionGenerator.countedThing(figure.unit)
            // "will allocate 5.5 million for first aid stations": millions of what (shekels?
            // doses?), the sentence does not say, and the key would be a bare number.
            // (Money has a unit: its currency.)
            if figure.unit == nil, sense.value >= 1_000_000, Self.countsNothing(after: sense.after) {
                skip(index, "figure", figure.text, "the sentence does not say what “\(figure.text)” counts"); continue
            }
            // "received over 180 reports" and, in a quote, "230 witness reports": the reporter
            // and a source count one thing differently, and a learner who gives the other count
            // has the article on their side. (Two sources' counts are of their own things:
            // "the 21 workers at Abertillery", "the 44 workers at the Croespenmaen plant".)
            if let head = thing?.spaceSeparated.last.map(String.init), !Self.countsOfManyKinds.contains(head),
                let other = counts[head]?.first(where: { $0.value != sense.value && $0.quoted != quoted(figure) })?.value
            {
                skip(index, "figure", figure.text, "the article gives another count of \(head) (\(other == other.rounded() ? String(Int(other)) : String(other)))"); continue
            }
            let companions = sense.hasCompanions
            var base = position(figure.sentence, facts, ranks: ranks)
            if sense.sort == .smallCount { base -= 0.15 }
            if sense.sort == .magnitude && sense.value >= 100 || sense.sort == .percent || figure.text.contains(where: { "£$€".contains($0) }) { base += 0.05 }
            // Fill-in or true/false for this figure: the coin decides which one leads, so a bank has both.
            let claimLeads = StableID.hash([facts.article, figure.text, figure.sentence, "lead"]) % 2 == 0
            let credited = figure.source.flatMap { Claimants.isUsable($0, in: figure.sentence) ? Claimants.display($0) : nil }
            if credited != nil { base += 0.1 }
            if let trivia = sense.trivia(inLede: inLede) { skip(index, "figure", figure.text, trivia); continue }
            // "Feb. 23, 2015 -- …": a dateline's day is part of a date, not a figure.
            // "(defined as May 1-September 30)": so is the day after a month joined by a dash.
            if let written = sense.before.spaceSeparated.last.map(PromptText.bareWord),
                case let previous = written.split(whereSeparator: { $0 == "-" || $0 == "\u{2013}" }).last.map(String.init) ?? written,
                Self.months.contains(where: { $0.hasPrefix(previous) && previous.count >= 3 })
            {
                skip(index, "figure", figure.text, "the day of a date (“\(previous) \(figure.text)”), not a figure"); continue
            }
            // "Adelson has committed ____, and the Ricketts family will donate $1 million": an
            // amount whose sentence does not say what it is for, where the article gives the same
            // giver's other amounts ("$20 million to a Senate super PAC"), fits them all.
            if PromptText.showsCurrency(figure.text), sense.after.isEmpty || sense.after.hasPrefix(",") || sense.after.hasPrefix(".") || sense.after.hasPrefix(" and "),
                let giver = Self.moneyGiver(before: sense.before),
                facts.figures.contains(where: { $0.sentence != figure.sentence && PromptText.showsCurrency($0.text) && ByteText.contains($0.sentence, giver) })
            {
                skip(index, "figure", figure.text, "the sentence does not say what \(figure.text) is for, and the article gives \(giver)'s other amounts"); continue
            }
            // "19,,700 acres": a figure glued to a number before it is a typo's remnant, and its
            // key would teach the wrong amount.
            if let glued = sense.before.last, glued.isNumber || glued == "," || glued == "." {
                skip(index, "figure", figure.text, "the figure is glued to what comes before it (“\(sense.before.suffix(4))\(figure.text)”): a typo, not a whole number"); continue
            }
            if let aside = PromptText.openAside(before: sense.before[...]) {
                skip(index, "figure", figure.text, "background in an aside (“\(aside) …”), not what the sentence reports"); continue
            }
            // News puts its numbers first (the inverted pyramid): a figure deep in the article
            // that nobody stands behind is background, a listing or a spec sheet's line.
            if (ranks[figure.sentence] ?? 99) > Self.deepestUncreditedFigure, credited == nil {
                skip(index, "figure", figure.text, "deep in the article and credited to no one: background, not the story"); continue
            }
            // "… two awards representing the $4 million.": "the" before an amount that ends its
            // clause points back to the same amount an earlier sentence gave.
            if PromptText.showsCurrency(figure.text), sense.before.lowercased().hasSuffix("the "),
                sense.after.isEmpty || sense.after.hasPrefix(".") || sense.after.hasPrefix(",") || sense.after.hasPrefix(";"),
                facts.figures.contains(where: { $0.start < figure.start && $0.text == figure.text })
            {
                skip(index, "figure", figure.text, "“the \(figure.text)” points back to the amount an earlier sentence gave"); continue
            }
            // "$20 billion" in the lede and again in the tenth paragraph is one fact.
            guard askedFigures.insert(figure.text.lowercased()).inserted else {
                skip(index, "figure", figure.text, "the same figure was already asked from an earlier sentence"); continue
            }

            // Fill in the figure. "a 12-year old" (the second hyphen missing): blanked whole it
            // reads "a ____ old" with "12-year" for its key; the number alone is asked.
            let age = Self.ageNumber(figure.text, before: sense.after).flatMap { number in
                Cloze.replacing(figure.text, with: Cloze.blank + figure.text.dropFirst(number.count), in: shown)
                    .flatMap { sense.giveaway(in: $0) == nil ? (cloze: $0, answer: number) : nil }
            }
            if let cloze = age?.cloze ?? Cloze.blank(figure.text, in: shown) {
                if age == nil, let giveaway = sense.giveaway(in: cloze) {
                    skip(index, "figure", figure.text, giveaway)
                } else {
                    let id = StableID.make(article: facts.article, kind: "fig", parts: [figure.text, figure.sentence])
                    var item = Item(
                        id: id, kind: .figure, prompt: "Fill in the figure: \(PromptText.quoted(cloze))" + sourceLine,
                        answer: .text(age?.answer ?? figure.text), accept: age == nil ? Self.numericForms(of: figure.text, value: sense.value) : [figure.text],
                        explanation: credited.map { "The figure is \(figure.text), according to \($0)." },
                        evidence: Evidence(source: source, sentence: figure.sentence), tags: ["figure"] + (outlet.map { [$0] } ?? []))
                    if let roundedTwin { item.accept += Self.numericForms(of: roundedTwin.text, value: roundedTwin.value).filter { !item.accept.contains($0) } }
                    // "Less than ____ of … donors": "a quarter" is "25 percent" too.
                    if sense.sort == .fraction { item.accept += Self.percentForms(of: sense.value).filter { !item.accept.contains($0) } }
                    // "more than ____" with 2,000 among the choices is true of 2,000 too: a
                    // bounded figure is answered freely, never picked from a list.
                    if age == nil, roundedTwin == nil, StableID.hash([id.rawValue]) % 2 == 0, !companions, sense.bound != .floor, sense.bound != .ceiling,
                        let others = sense.distractors(storyValues: thing.flatMap { cast.values[$0] } ?? [], seed: id.rawValue)
                    {
                        item.choices = QuestionGenerator.deterministicShuffle([figure.text] + others, seed: id.rawValue + "order")
                        item.tags.append("multiple-choice")
                    }
                    candidates.append(Candidate(item: item, score: (claimLeads ? 0.58 : 0.62) + base, article: index, sentence: figure.sentence, fact: "figure:\(figure.start)"))
                }
            } else {
                skip(index, "figure", figure.text, "the figure occurs twice in its sentence, or the sentence is too long")
            }

            // True or false: made only where a false version is safe, so the truth is a coin toss.
            // A figure inside quote marks is the speaker's, not what the outlet reported.
            // A sentence with a quote in it mixes a speaker's words with the outlet's: "X
            // reported: “…”" would present either as the other.
            if figure.sentence.contains(where: { PromptText.quoteMarks.contains($0) && $0 != "'" && $0 != "\u{2019}" }) {
                skip(index, "claim", figure.text, "the sentence quotes someone: the speaker's claim, not the outlet's report")
            } else if [.smallCount, .ordinal].contains(sense.sort) {
                // "five positive indicators" before a list of three, "the third case … the
                // earlier four": a changed small count is refuted by its own sentence.
                skip(index, "claim", figure.text, "a small count or a rank, whose false twin its own sentence refutes")
            } else if Self.numericForms(of: figure.text, value: sense.value).isEmpty {
                skip(index, "claim", figure.text, "a number that names something (“\(figure.text)”): changing it gives itself away")
            } else if sense.sort == .fraction || companions {
                skip(index, "claim", figure.text, sense.sort == .fraction ? "a fraction has no believable false twin" : "other figures in the sentence would have to change with it")
            } else if ByteText.wordCount(shown) > 45 {
                skip(index, "claim", figure.text, "the sentence is too long for a claim")
            } else if Self.tellsOwnReporting(figure.sentence, outlet: outlet) {
                // "The Herald spoke with Cllr Cundy … and asked why he is against the build of 240
                // homes": how the story was reported, not what it reports (both readers).
                skip(index, "claim", figure.text, "the sentence tells how the outlet reported the story, not what it reports")
            } else if let comparison = Self.comparisonAfter(sense.after) {
                // "$15 would put California well above the 1960s peak": $30 would too, so the
                // false twin is not false in substance.
                skip(index, "claim", figure.text, "the sentence compares the figure (“\(comparison)”): a changed one may still fit")
            } else if let ranked = sense.before.spaceSeparated.last.map({ PromptText.bareWord($0).lowercased() }), Self.rankedSetWords.contains(ranked) {
                // "the first 10 finishers all came in under the record" is true when the first
                // 13 did (both readers: a "false" claim that was true); "in the top 15" when in
                // the top 10. Which way stays true depends on what the sentence says of them.
                skip(index, "claim", figure.text, "the size of a ranked set (“\(ranked) \(figure.text)”): a changed one may still be true")
            } else if let judged = sense.before.spaceSeparated.last.map({ PromptText.bareWord($0).lowercased() }), Self.evaluativeWords.contains(judged) {
                // "a robust 53%" changed to "a robust 38%" contradicts itself.
                skip(index, "claim", figure.text, "“\(judged)” judges the figure: a changed one would contradict it")
            } else {
                let id = StableID.make(article: facts.article, kind: "claim", parts: [figure.text, figure.sentence])
                if let changed = sense.falseValue(avoiding: takenValues, seed: id.rawValue),
                    let falseStatement = Cloze.replacing(figure.text, with: changed, in: shown).map({ NumberArticle.agreeing($0, before: changed) })
                {
                    let written = sense.bound == .exact ? "" : figure.qualifier ?? FigureSense.qualifier(before: sense.before.lowercased()) ?? ""
                    let qualifier = written.isEmpty ? "" : written + " "
                    func claim(_ makeFalse: Bool) -> Item {
                        Item(
                            id: id, kind: .claim, prompt: "True or false? \(reporter): \(PromptText.quoted(makeFalse ? falseStatement : shown))",
                            answer: .truth(!makeFalse),
                            // The claim is about what was reported: "more than $15 million" is false as a
                            // report of "more than $10 million", whatever the world holds.
                            explanation: makeFalse ? "False: \(outlet ?? "the article") reported “\(qualifier)\(figure.text)”, not “\(qualifier)\(changed)”." : "True: \(outlet ?? "the article") reported exactly this.",
                            evidence: Evidence(source: source, sentence: figure.sentence), tags: ["claim", "figure"] + (outlet.map { [$0] } ?? []))
                    }
                    candidates.append(Candidate(item: claim(false), score: (claimLeads ? 0.62 : 0.58) + base, article: index, sentence: figure.sentence,
                                                fact: "figure:\(figure.start)", falseVersion: claim(true)))
                } else {
                    skip(index, "claim", figure.text, "no false value that is false given “\(figure.qualifier ?? "exactly")” and believable")
                }
            }

            // According to whom.
            if let claimant = figure.source {
                accordingToWhom(index, figure: figure, claimant: claimant, thing: thing, cast: cast, base: base, outlet: outlet)
            }
        }

        var askedDates = Set<String>()
        // Worked out once per article, and only when it has dates.
        let storyYear = facts.dates.isEmpty ? nil : facts.published ?? Self.latestYearStated(facts)
        for date in facts.dates {
            guard Self.isDefinite(date.text) else { skip(index, "date", date.text, "too vague to ask (“\(date.text)”)"); continue }
            guard ByteText.contains(PromptText.outsideQuotes(date.sentence), date.text), !insideUnmarkedQuote(date.start, date.sentence) else {
                skip(index, "date", date.text, "inside a quote"); continue
            }
            // The sentence around the date; both empty when the text is not found in it as written.
            let range = date.sentence.byteRange(of: date.text)
            let before = range.map { date.sentence[..<$0.lowerBound] } ?? "", after = range.map { date.sentence[$0.upperBound...] } ?? ""
            if let previous = before.spaceSeparated.last.map(PromptText.bareWord),
                previous.first?.isUppercase == true, !StoryGrouping.notNames.contains(previous), before.hasSuffix(" ")
            {
                skip(index, "date", date.text, "part of a name (“\(previous) \(date.text)”)"); continue
            }
            // "Don Hutton said Jan. 11 he will not seek a second term": the day something was
            // said is the reporter's timestamp; what was said is the news (readers failed both
            // such items on sets 98–104).
            let spokenWords = before.spaceSeparated.suffix(2).map { PromptText.bareWord($0).lowercased() }
            // "announced 14 November as the date for the by-election" names the news's date.
            let nextWord = after.spaceSeparated.first.map { PromptText.bareWord($0).lowercased() } ?? ""
            if let verb = spokenWords.last == "on" ? spokenWords.first : spokenWords.last, Self.timestampedVerbs.contains(verb),
                !Self.dateRoleWords.contains(nextWord)
            {
                skip(index, "date", date.text, "the day something was \(verb == "said" || verb == "says" ? "said" : verb) (“\(verb) \(date.text)”), not the day of the news"); continue
            }
            // "a native St. Johnian born on the island in 1931": a birth year introduces someone.
            if before.spaceSeparated.suffix(6).contains(where: { ["born", "b."].contains(PromptText.bareWord($0).lowercased()) }) {
                skip(index, "date", date.text, "a birth year, which introduces someone: not the story's date"); continue
            }
            // "from 18 August to 20 August, 2023": the year of a day the sentence gives is the
            // article's own year, read off its dateline.
            if date.text.count == 4, date.text.allSatisfy(\.isNumber), before.hasSuffix(", "),
                let day = before.dropLast(2).spaceSeparated.suffix(2).map(PromptText.bareWord).first(where: { word in Self.months.contains { $0.hasPrefix(word) && word.count >= 3 } })
            {
                skip(index, "date", date.text, "the year of a day the sentence gives (“\(day) …, \(date.text)”): read off the article's date"); continue
            }
            // "(see 35 Innovators Under 35, 2013)": a date in brackets is a reference or an aside.
            if let open = before.lastIndex(of: "("), !before[open...].contains(")") {
                skip(index, "date", date.text, "in brackets: a reference or an aside, not the story's date"); continue
            }
            // "according to a 2003 article in the News-Register": the date of a source, not of the story.
            if let next = after.spaceSeparated.first.map({ PromptText.bareWord($0).lowercased() }),
                ["article", "report", "story", "study", "interview", "book", "paper", "column", "memo", "survey", "editorial"].contains(next)
            {
                skip(index, "date", date.text, "the date of a source (“\(date.text) \(next)”), not of the story"); continue
            }
            // "Feb. 23, 2015 -- Peanut allergies …": a dateline says when the story was filed;
            // "Aug. 6 (UPI) -- Researchers …" with its agency.
            // "Sunday, December 4, 2022 – Lamu County Governor …": its weekday may come first.
            let opening = Self.withoutLeadingWeekday(date.sentence)
            let afterDate = opening.dropFirst(date.text.count).spaceSeparated.map(String.init)
            let dashAt = afterDate.first.map { $0.hasPrefix("(") && $0.hasSuffix(")") } == true ? 1 : 0
            if opening.hasPrefix(date.text), dashAt < afterDate.count, ["--", "\u{2014}", "\u{2013}", "-"].contains(afterDate[dashAt]) {
                skip(index, "date", date.text, "the dateline: when the story was filed, not a fact of it"); continue
            }
            // "reducing its litre price from 1 November to 27.05p/litre": between "from" and "to"
            // and an amount, the blank reads as the amount's old value (both readers, session 19).
            if before.spaceSeparated.last.map({ PromptText.bareWord($0).lowercased() }) == "from",
                case let rest = after.spaceSeparated.prefix(2).map({ PromptText.bareWord($0) }), rest.count == 2, rest[0].lowercased() == "to",
                rest[1].contains(where: \.isNumber), rest[1].contains(where: { $0.isLetter || "%$£€¥₹.".contains($0) })
            {
                skip(index, "date", date.text, "“from \(date.text) to \(rest[1])” reads as the amount's old value"); continue
            }
            // "Voting results … were still pending on Monday, November 14", "as of June 3": the
            // moment a status was read is the reporter's timestamp; the status is the news
            // (both readers, sets 213–220).
            if Self.timestampsStatus(before: before) {
                skip(index, "date", date.text, "the moment a status was read (“still … on”, “as of”), not the day of an event"); continue
            }
            // "between Friday, July 28, and Thursday, ____", "on ____ or 22": one end of a range
            // or of a choice whose other end the sentence gives is read off it (both readers).
            if Self.isEndOfGivenRange(before: before, after: after) {
                skip(index, "date", date.text, "one end of a range the sentence gives the other end of"); continue
            }
            // "the Investment Company Act of 1940", "the Class of 2020": a year that ends a name.
            if case let lead = before.spaceSeparated.suffix(2).map(PromptText.bareWord), lead.count == 2,
                lead[1] == "of", lead[0].first?.isUppercase == true, !Self.months.contains(lead[0])
            {
                skip(index, "date", date.text, "part of a name (“\(lead[0]) of \(date.text)”)"); continue
            }
            // "the 2020 Lexus RX", "the 2019 Tour de France": a year naming a model or an edition.
            if date.text.count == 4, date.text.allSatisfy(\.isNumber),
                let next = after.spaceSeparated.first.map(PromptText.bareWord),
                next.first?.isUppercase == true, !Self.months.contains(next)
            {
                skip(index, "date", date.text, "a year naming a model or an edition (“\(date.text) \(next)”)"); continue
            }
            // "since the 1300s": a decade or a century is history every reader may know, not the story's date.
            if date.text.hasSuffix("0s") {
                skip(index, "date", date.text, "a decade or a century: background, not the story's date"); continue
            }
            // "Tuesday night", "last week": which weekday a tweet or an interview fell on is
            // trivia to a fact-checker. A day, month or year is asked, and a weekday only when
            // it dates the story's own event (the lede) and resolves to a calendar date.
            if isBackgroundDate(date.text) {
                skip(index, "date", date.text, "a date many of the articles give: background every reader knows"); continue
            }
            let absoluteDate = date.text.contains(where: \.isNumber) || Self.months.contains { ByteText.contains(date.text, $0) }
            // "Wednesday evening", "last week": which day of the week something fell on is
            // trivia even in the lede; the calendar date is what a fact-checker checks.
            if !absoluteDate {
                skip(index, "date", date.text, "a weekday or relative time: trivia"); continue
            }
            if let aside = PromptText.openAside(before: before) {
                skip(index, "date", date.text, "background in an aside (“\(aside) …”), not the sentence's event"); continue
            }
            // "their choice on Nov. 8" in a 2016 campaign story: Election Day is a date every
            // reader of the story knows (both readers, four PolNeAR samples).
            if let day = date.resolved.flatMap(CalendarDay.init(iso:)), Self.isUSElectionDay(day), Self.speaksOfAnElection(facts) {
                skip(index, "date", date.text, "Election Day (\(day)): a date every reader of an election story knows"); continue
            }
            if let background = Self.backgroundDate(date, published: storyYear) {
                skip(index, "date", date.text, background); continue
            }
            // As with figures: the story's dates come first; one deep in the article is
            // background (an earlier film, a programme's launch, one stop of a tour).
            if (ranks[date.sentence] ?? 99) > Self.deepestUncreditedFigure {
                skip(index, "date", date.text, "deep in the article: background, not the story's date"); continue
            }
            let (shown, reason) = standalone(date.sentence, facts, people: cast.people)
            guard let shown else { skip(index, "date", date.text, reason ?? "not self-contained"); continue }
            guard askedDates.insert((date.resolved ?? date.text).lowercased()).inserted else {
                skip(index, "date", date.text, "the same date was already asked from an earlier sentence"); continue
            }
            guard let cloze = Cloze.blank(date.text, in: shown) else { skip(index, "date", date.text, "the date occurs twice in its sentence, or the sentence is too long"); continue }
            let id = StableID.make(article: facts.article, kind: "date", parts: [date.text, date.sentence])
            var accept: [String] = []
            var explanation = "The sentence says “\(date.text)”."
            if let resolved = date.resolved {
                accept.append(resolved)
                explanation += " With the article's date, that is \(resolved)."
            }
            let citation = citation(for: date.sentence)
            let item = Item(
                id: id, kind: .date, prompt: "When? Fill in the time: \(PromptText.quoted(cloze))" + citation,
                answer: .text(date.text), accept: accept, explanation: explanation,
                evidence: Evidence(source: source, sentence: date.sentence), tags: ["date"] + (outlet.map { [$0] } ?? []))
            candidates.append(Candidate(item: item, score: 0.4 + (absoluteDate ? 0.1 : 0) + position(date.sentence, facts, ranks: ranks), article: index,
                                        sentence: date.sentence, fact: "date:\(date.start)"))
        }
    }

    /// The US general election: the Tuesday after the first Monday of November, in an even year.
    static func isUSElectionDay(_ day: CalendarDay) -> Bool {
        day.year % 2 == 0 && day.month == 11 && (2...8).contains(day.day) && day.weekday == 1
    }

    static func speaksOfAnElection(_ facts: ArticleFacts) -> Bool {
        let sentences = [facts.title ?? "", facts.lede ?? ""] + facts.dates.map(\.sentence) + facts.figures.map(\.sentence) + facts.quotes.map(\.sentence)
        return sentences.contains { sentence in
            sentence.lowercased().spaceSeparated.contains { ["election", "elections", "vote", "voters", "ballot", "ballots", "polls"].contains(PromptText.bareWord($0)) }
        }
    }

    /// Words before the size of a set counted from one end: "the first 13 finishers", "the top 10".
    static let rankedSetWords: Set<String> = ["first", "top", "last", "bottom", "leading", "highest", "lowest", "best", "worst"]

    /// Units of a span of time: "11 years", "30 minutes", "a decade".
    static let spanUnits: Set<String> = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                                         "month", "months", "year", "years", "decade", "decades"]

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let loweredWeekdays = Set(weekdays.map { $0.lowercased() })

    /// Whether a date written between `before` and `after` is one end of a range or a choice
    /// whose other end the sentence gives: "on ____ or 22", "between Friday, July 28, and
    /// Thursday, ____", "between Friday, ____, and Thursday, August 3". Not "between 6pm and
    /// 10pm yesterday, Monday ____" (a range of hours; the day is the story's) nor "returned
    /// from Geneva on ____, and 3 aides followed" ("from" opens no range there).
    static func isEndOfGivenRange(before: Substring, after: Substring) -> Bool {
        let nextTwo = after.spaceSeparated.prefix(2).map { PromptText.bareWord($0).lowercased() }
        if after.first == " ", nextTwo.count == 2, choiceJoints.contains(nextTwo[0]), nextTwo[1].first?.isNumber == true { return true }
        let lastTwo = before.spaceSeparated.suffix(2).map { PromptText.bareWord($0).lowercased() }
        // "… and ____", "… and Thursday, ____": the last end, after a first one with a number.
        if lastTwo.last == "and" || lastTwo.count == 2 && lastTwo[0] == "and" && loweredWeekdays.contains(lastTwo[1]) {
            return before.lowercased().range(of: "between ", options: .backwards).map { before[$0.upperBound...].contains(where: \.isNumber) } ?? false
        }
        // "between ____ and …", "from Friday, ____ to …": the first end, with a day or a number after the joint.
        let opensRange = rangeOpeners.contains(lastTwo.last ?? "") || lastTwo.count == 2 && rangeOpeners.contains(lastTwo[0]) && loweredWeekdays.contains(lastTwo[1])
        guard opensRange else { return false }
        let laterWords = after.spaceSeparated.prefix(5).map { PromptText.bareWord($0) }
        guard let joint = laterWords.firstIndex(where: { rangeJoints.contains($0.lowercased()) }) else { return false }
        return laterWords[(joint + 1)...].contains { $0.first?.isNumber == true || months.contains($0) }
    }

    static let rangeOpeners: Set<String> = ["between", "from"]
    static let choiceJoints: Set<String> = ["or", "and", "to", "through"]
    static let rangeJoints: Set<String> = choiceJoints.union(["until"])

    /// Why a date is background or guessed rather than learnt, or nil: a year that names an
    /// event ("the 1967 Six-Day War", "the 2016 election", "2001: A Space Odyssey"), history
    /// told as background (a year long before the article, away from its lede), a month with
    /// no day or year ("win in November") or a time of day away from the lede.
    static func backgroundDate(_ date: DateFact, published: String?) -> String? {
        guard let range = date.sentence.byteRange(of: date.text) else { return nil }
        let before = date.sentence[..<range.lowerBound], after = date.sentence[range.upperBound...]
        let next = after.spaceSeparated.first.map(PromptText.bareWord) ?? ""
        let isYear = date.text.count == 4 && date.text.allSatisfy(\.isNumber)
        // "On Nov. 18, the Daily News suggested …": when a source spoke, not when the story
        // happened. "In 2017, Kerry said …" in a 2015 article is no date of a statement at all
        // (a fiscal year's target, misread).
        let opening = before.lowercased().spaceSeparated.map(PromptText.bareWord).drop { ["then", "but", "and", "so", "later"].contains($0) }
        if opening.count == 1, ["on", "in"].contains(opening.first ?? ""), after.hasPrefix(","),
            after.lowercased().spaceSeparated.prefix(8).contains(where: { ["said", "suggested", "reported", "wrote", "argued", "announced", "tweeted"].contains(PromptText.bareWord($0)) })
        {
            return "when a source spoke (“\(opening.first ?? "") \(date.text), … said”), not when the story happened"
        }
        // "the Nov. 8 U.S. presidential election": any date used as an adjective names its event.
        if before.lowercased().hasSuffix("the ") || (isYear && (before.hasSuffix("'s ") || before.hasSuffix("’s "))), after.hasPrefix(" "), !next.isEmpty,
            next.first?.isLetter == true, !["and", "or", "to", "through", "until", "when"].contains(next)
        {
            return "a year naming a known event or thing (“the \(date.text) \(next)”): background, or given away by the name"
        }
        if after.hasPrefix(":") { return "the date opens a title (“\(date.text):”)" }
        // "told Business Insider in October 2018", "said in a September 2015 statement": when
        // a source spoke before, not when the story's event happened.
        let saysSomething = Self.statementVerbs.contains { ByteText.contains(String(before), $0) }
        let lead = saysSomething ? before.lowercased().spaceSeparated.suffix(5).map(PromptText.bareWord) : []
        if let saying = lead.firstIndex(where: Self.statementVerbs.contains),
            lead[saying...].last == "in" || lead[saying...].contains("a") && lead.last == "a"
        {
            return "when a source spoke (“\(lead[saying]) … in \(date.text)”), not when the story happened"
        }
        // "2013's Star Trek Into Darkness": a year naming a work or an edition.
        if isYear, after.hasPrefix("'s ") || after.hasPrefix("\u{2019}s "), after.dropFirst(3).first?.isUppercase == true {
            return "a year naming a work or an edition (“\(date.text)'s \(after.dropFirst(3).spaceSeparated.first ?? "")”)"
        }
        let holidays = ["Election Day", "Cinco de Mayo", "Christmas", "New Year", "Independence Day", "Fourth of July", "Thanksgiving", "Halloween", "Valentine", "Easter", "Labor Day", "Memorial Day", "Bastille Day"]
        if let holiday = holidays.first(where: { ByteText.contains(date.sentence, $0) }) { return "“\(holiday)” gives the date away" }
        if !date.text.contains(where: \.isNumber), months.contains(where: { ByteText.contains(date.text, $0) }) {
            return "a month with no day or year is guessed from the story's calendar, not learnt"
        }
        // "The Soviet Union's costly 1979 invasion … ended in 1989", "in 2004 …, in 2006 …":
        // a year beside other years is one step of a timeline. Blind readers passed 27 % of
        // such items (13 on five sets), and a full date or a span beside a year did well.
        if isYear {
            let years = Set(PromptText.numbers(in: date.sentence).filter { $0 >= 1800 && $0 <= 2100 && $0 == $0.rounded() })
            if years.count >= 2 { return "one of \(years.count) years in its sentence: a step of a timeline, not the story's date" }
        }
        if ByteText.contains(date.text.lowercased(), " ago") { return "a time counted back from a day the prompt does not give (“\(date.text)”)" }
        if let year = Int(date.text.suffix(4)), date.text.suffix(4).allSatisfy(\.isNumber),
            let published = published.flatMap({ Int($0.prefix(4)) }), year < published - 2
        {
            return "a year long before the story (\(year)): background history"
        }
        // "conceded when polls closed at 8 p.m.": blind readers took a time of day for
        // trivia even in the lede; the day is the fact.
        let lowered = date.text.lowercased()
        if ["a.m.", "p.m.", "am", "pm", "o'clock", "noon", "midnight"].contains(where: { lowered.hasSuffix($0) }) {
            return "a time of day: trivia, the day is the fact"
        }
        return nil
    }

    /// The latest year an undated article states as past or present, as a stand-in for its
    /// date: a story tells its own year, and years well before it are background ("the
    /// costly 1979 invasion", "born in Afghanistan in 1985"). "By 2030", "until 2025" are
    /// targets, not the story's year.
    static func latestYearStated(_ facts: ArticleFacts) -> String? {
        var latest: Int?
        for date in facts.dates {
            guard let year = Int(date.text.suffix(4)), date.text.suffix(4).allSatisfy(\.isNumber), year >= 1800,
                let range = date.sentence.byteRange(of: date.text)
            else { continue }
            let previous = date.sentence[..<range.lowerBound].spaceSeparated.last.map { PromptText.bareWord($0).lowercased() } ?? ""
            if ["by", "until", "through", "till", "before"].contains(previous) { continue }
            latest = max(latest ?? year, year)
        }
        return latest.map(String.init)
    }

    /// Words that say a small count without its number: a headline's "double murder" gives
    /// away the "two" its prompt blanks.
    static let countWords: [Double: [String]] = [2: ["double", "twin", "pair", "duo"], 3: ["triple", "trio"], 4: ["quadruple"]]

    /// Nouns counted for many different things in one story ("20 people died, 5 people
    /// were hurt"): the sentence's verb tells its count from the others. Money too: a story's
    /// sums are of many things.
    static let countsOfManyKinds: Set<String> = [
        "people", "persons", "percent", "points", "times", "votes", "members", "dollars", "euros", "pounds", "pence", "cents", "yen",
        "yuan", "rupees", "roubles", "rubles", "rand", "naira", "pesos", "shillings", "ringgit", "rupiah", "taka", "cedis", "money",
    ]

    /// The figure is followed by no noun it counts: "5.5 million for …", "… 5.5 million."
    static func countsNothing(after: String) -> Bool {
        guard let next = after.spaceSeparated.first else { return true }
        if next.first.map({ !$0.isLetter }) ?? true { return true }
        return wordsAfterNothingCounted.contains(next.lowercased())
    }

    /// Words that follow a number with no noun of its own: "5.5 million for …".
    static let wordsAfterNothingCounted: Set<String> = ["for", "in", "to", "of", "on", "and", "or", "by", "over", "from", "at", "this", "last",
                                                        "a", "an", "the", "into", "towards", "toward", "with"]

    /// What is counted is time spent: "a three-hour interview", "30 minutes".
    /// Verbs that say how long someone has lived or worked somewhere.
    static let tenureRoles = ["served as", "serving as", "served on", "serving on"]

    static let tenureVerbs = ["lived", "living", "resided", "worked", "working", "farmed", "farming", "run the", "ran the", "managed", "owned", "taught",
                              "teaching", "coached", "coaching", "studying", "studied", "researching", "volunteered", "volunteering"]

    /// A sentence that opens on a person's name and "has", "owns" or "keeps" right before
    /// the figure: "Rosy Erganian has 14 horses at Sunny Oak".
    static func saysPersonalHolding(_ sense: FigureSense) -> Bool {
        let words = sense.before.spaceSeparated
        guard (3...4).contains(words.count), let verb = words.last, ["has", "owns", "keeps", "raises", "breeds"].contains(String(verb)) else { return false }
        let name = words.dropLast().map(PromptText.bareWord)
        return name.allSatisfy { $0.first?.isUppercase == true && !Claimants.organisationWords.contains($0) } && name.first.map { !sentenceOpeners.contains($0) } == true
    }

    /// "has lived in the neighborhood for (over) 20 years", "the 30 years he's managed the
    /// acequia": a span of years someone has spent in a place or a job.
    /// "The Herald spoke with …", "This newspaper asked …": a sentence whose subject is the
    /// outlet itself, contacting someone.
    static func tellsOwnReporting(_ sentence: String, outlet: String?) -> Bool {
        let words = sentence.spaceSeparated.prefix(4).map { PromptText.bareWord($0).lowercased() }
        guard words.count >= 3 else { return false }
        var names: Set<[String]> = [["this", "newspaper"], ["this", "paper"], ["the", "paper"], ["this", "reporter"], ["this", "publication"]]
        if let outlet {
            let outletWords = outlet.spaceSeparated.map { PromptText.bareWord($0).lowercased() }.filter { !$0.isEmpty }
            names.insert(outletWords)
            if let last = outletWords.last { names.insert(["the", last]) }
        }
        return names.contains { name in
            words.count > name.count && Array(words.prefix(name.count)) == name && Self.contactVerbs.contains(words[name.count])
        }
    }

    static let contactVerbs: Set<String> = ["spoke", "asked", "contacted", "reached", "interviewed", "approached", "visited", "requested", "met", "emailed", "called"]

    static func saysTenure(_ sense: FigureSense) -> Bool {
        // Only a span of years or months: "3,400 residents living along the river" is a count.
        let span = ((sense.figure.unit ?? "") + " " + sense.figure.text).lowercased()
        guard ["year", "month", "decade"].contains(where: { ByteText.contains(span, $0) }) else { return false }
        let before = sense.before.lowercased()
        let lastWords = before.spaceSeparated.suffix(3).map(PromptText.bareWord)
        if lastWords.contains("for"), tenureVerbs.contains(where: { ByteText.contains(before, $0) }) { return true }
        // "has served as mayor for 12 years". ("has been a part of the festival for 40 years"
        // and "has been a hub … for almost 70 years" are the story's.)
        if lastWords.contains("for"), tenureRoles.contains(where: { ByteText.contains(before, $0) }) { return true }
        let nextWords = sense.after.lowercased().spaceSeparated.prefix(3).map(PromptText.bareWord)
        // "Mr. Byrne, a 36-year veteran of the Garda": a career's length introduces him.
        if nextWords.first == "veteran" { return true }
        return before.hasSuffix("the ") && nextWords.contains { word in tenureVerbs.contains(word) }
    }

    /// 'she has been a "Lord Mayor of credit to the city"': a quote right after an article or
    /// a possessive is a noun phrase of the reporter's sentence, however it is capitalised.
    static func followsDeterminer(_ quote: String, in sentence: String) -> Bool {
        guard let range = CanonicalSearch.range(of: quote, in: sentence) else { return false }
        let before = sentence[..<range.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " \"\u{201C}'\u{2018}"))
        guard let last = before.split(separator: " ").last else { return false }
        return PromptText.determiners.contains(last.lowercased())
    }

    static func isDuration(_ unit: String?) -> Bool {
        guard let unit = unit?.lowercased() else { return false }
        return ["hour", "minute", "second"].contains { ByteText.contains(unit, $0) }
    }

    /// A date a learner can be asked for: a day, a month or a year, not "during the night".
    static func isDefinite(_ text: String) -> Bool {
        // "for the last 11 years", "more than 30 minutes before": a span of time, no date on
        // a calendar, unless a year or a month names one.
        let lowered = text.lowercased()
        let words = lowered.spaceSeparated.map { PromptText.bareWord($0) }
        if !words.contains(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) }), !months.contains(where: { ByteText.contains(text, $0) }),
            words.contains(where: { Self.spanUnits.contains($0) })
        {
            return false
        }
        if text.contains(where: \.isNumber) || months.contains(where: { ByteText.contains(text, $0) }) || weekdays.contains(where: { ByteText.contains(text, $0) }) { return true }
        return ["last week", "next week", "last month", "next month", "last year", "next year", "this year"].contains(lowered)
    }

    /// "Who put the figure forward?", with the story's other claimants of the same sort.
    mutating func accordingToWhom(_ index: Int, figure: FigureFact, claimant rawClaimant: String, thing: String?, cast: StoryCast, base: Double, outlet: String?) {
        let facts = articles[index]
        guard Claimants.isUsable(rawClaimant, in: figure.sentence) else {
            skip(index, "according-to-whom", figure.text, "“\(rawClaimant)” is not clearly the one claimant of the sentence"); return
        }
        let claimant = Claimants.display(rawClaimant)
        // A lone capitalised word ("Buchanan", "Initial") may be a surname, a sentence's first
        // word or an outlet: only full names, descriptions and organisations are asked about.
        guard Claimants.sort(of: claimant) != .person || claimant.spaceSeparated.count >= 2 else {
            skip(index, "according-to-whom", figure.text, "“\(claimant)” is not a full name"); return
        }
        guard let claim = Claimants.claim(of: figure.sentence, by: rawClaimant) else {
            skip(index, "according-to-whom", figure.text, "the claim cannot be told apart from its attribution"); return
        }
        if PromptText.unresolvedReference(claim, people: cast.people, names: articleNames) != nil || ByteText.contains(claim.lowercased(), claimant.lowercased()) {
            skip(index, "according-to-whom", figure.text, "the claim does not stand alone without its claimant"); return
        }
        let id = StableID.make(article: facts.article, kind: "whom", parts: [figure.text, figure.sentence])
        let others = cast.others(of: claimant, among: Array(Set(cast.claimants.keys).union(cast.speakers.keys)).sorted(), seed: id.rawValue,
                                 excluding: "\(thing ?? "")|\(figure.value.map { "\($0)" } ?? "")")
        guard others.count >= 2 else {
            skip(index, "according-to-whom", figure.text, "the story has fewer than two other claimants like “\(claimant)”"); return
        }
        let item = Item(
            id: id, kind: .whoSaid, prompt: "According to \(outlet ?? "the article"), who said that \(Self.continuingSentence(claim))?", answer: .text(claimant),
            choices: QuestionGenerator.deterministicShuffle([claimant] + others, seed: id.rawValue + "choices"),
            explanation: "\(outlet ?? "The article") attributes this to \(claimant).",
            evidence: Evidence(source: outlet ?? "the article", sentence: figure.sentence), tags: ["according-to-whom"] + (outlet.map { [$0] } ?? []))
        candidates.append(Candidate(item: item, score: 0.75 + base, article: index, sentence: figure.sentence, fact: "figure:\(figure.start)"))
    }
}
