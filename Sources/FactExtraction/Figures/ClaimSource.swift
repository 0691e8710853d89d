import TextMachinery
/// Who a sentence says asserts its facts: "a NATO official said", "according to the
/// city administration", "Gerasimov is reported to have said". Facts without their
/// claimant are half a fact-check.
enum ClaimSource {
    /// A claimant and the token positions whose facts it stands behind.
    struct Claimant {
        let name: String
        let reach: Range<Int>
    }

    /// "According to X, …" and "…, according to X." claim the whole sentence; an
    /// "according to X" in the middle ("Clinton leads by 10 points, according to the
    /// polls, where 475 delegates are at stake") claims only what comes before it.
    static func claimant(in tokens: [Token]) -> Claimant? {
        if let according = tokens.firstIndex(where: { $0.is(.according) }), according + 1 < tokens.count,
            tokens[according + 1].lowered == "to"
        {
            // "a CNN/ORC poll", "Ernst & Young"; the claimant ends before a time or a clause
            // ("… survey released on Thursday", "… poll in February").
            // "According to the study of 300 workers": the number ends the phrase, and the
            // small words left dangling before it are no part of the claimant's name.
            var phrase = tokens[(according + 2)...].prefix {
                ($0.isWord && !Self.claimantEnders.contains($0.lowered)) || $0.isMark("'") || $0.isMark("/") || $0.isMark("&")
            }
            while let last = phrase.last, Self.danglingWords.contains(last.lowered) { phrase = phrase.dropLast() }
            guard !phrase.isEmpty else { return nil }
            let name = Word.joinedWithSpaces(phrase.lazy.map(\.text)).split(separator: " / ").joined(separator: "/")
            // "(the actual number is closer to 15 percent, according to Factcheck.org)": in
            // brackets, the claimant stands behind the bracket only.
            if let open = tokens[..<according].lastIndex(where: { $0.isMark("(") }), !tokens[open..<according].contains(where: { $0.isMark(")") }) {
                let close = tokens[according...].firstIndex(where: { $0.isMark(")") }) ?? tokens.endIndex
                return Claimant(name: name, reach: open..<close)
            }
            let opensSentence = tokens[..<according].allSatisfy { !$0.isWord || Self.leadingConjunctions.contains($0.lowered) }
            let closesSentence = tokens[phrase.endIndex...].allSatisfy { !$0.isWord }
            return Claimant(name: name, reach: opensSentence || closesSentence ? tokens.indices : 0..<according)
        }
        // "X said" / "X told": the subject before the first speech verb, if it is short.
        // "Many of the estimated 50 million batteries …": after an article a participle is
        // an adjective, and the sentence's verb of saying comes later.
        guard let verb = tokens.indices.first(where: { index in
                (Lexicon.isSpeechVerb(tokens[index]) || tokens[index].is(.speechVerb) && tokens[index].lowered == "estimated")
                    && !(index > 0 && ["the", "a", "an"].contains(tokens[index - 1].lowered))
              }), verb > 0
        else {
            return nil
        }
        // "Gallinari added 25 points": "added" with a count for its object adds up; nobody
        // claims anything ("officials said 11 people died" is still a claim).
        // "Beauvillier added his seventh": "added" says something only before "that", a
        // comma, a colon or a quote, or closing the sentence ("…, he added.").
        if tokens[verb].lowered == "added" || tokens[verb].lowered == "adds", verb + 1 < tokens.count,
            tokens[verb + 1].kind != .punctuation && tokens[verb + 1].lowered != "that"
        {
            return nil
        }
        // "A $519-million relief program announced by the U.N.": a participle with its agent
        // describes a thing; the sentence's figures are the reporter's.
        if verb + 1 < tokens.count, tokens[verb + 1].lowered == "by" { return nil }
        // "Reuters reports that Mylan even claimed": the subject of the verb starts after the
        // "that" of the clause it stands in.
        var start = verb
        // "Florida Power & Light said": an ampersand joins one name.
        while start > 0, tokens[start - 1].isWord || tokens[start - 1].isMark(".") || tokens[start - 1].isMark("'") || tokens[start - 1].isMark("&"),
            !Self.clauseStarters.contains(tokens[start - 1].lowered)
        {
            start -= 1
        }
        // Read as token positions: the subject's words are joined only when it is kept.
        var end = verb
        // "The Times on Saturday wrote": the time between claimant and verb is not the claimant's.
        while end > start, tokens[end - 1].is(.weekday) || Self.trailingVerbWords.contains(tokens[end - 1].lowered)
            || (end < tokens.count && tokens[end].is(.weekday) && Self.claimantEnders.contains(tokens[end - 1].lowered))
        {
            end -= 1
        }
        // "Bautista ended by saying": a verb and its "by" before the gerund are the subject's
        // doing, not its name.
        if end - start >= 3, tokens[end - 1].lowered == "by", tokens[end - 2].isWord, !tokens[end - 2].isCapitalized {
            end -= 2
        }
        while start < end, Self.leadingConjunctions.contains(tokens[start].lowered) { start += 1 }
        // "Awali Mukuna, the LC 2 vice chairman, Nakalama parish said": a name opening the
        // sentence, then its appositives, is the subject; the words next to the verb, a
        // capitalised place and its lower-case kind, are where his role is held. "…, the
        // sheriff said" or "…, her husband said" is someone else speaking about him.
        if tokens[start].isCapitalized, !tokens[start].is(.determiner), !Lexicon.capitalisedFunctionWords.contains(tokens[start].lowered),
            let head = tokens[start..<end].last(where: \.isWord), !head.isCapitalized, !Self.isSourceNoun(head.lowered),
            !Lexicon.canSpeak(head.lowered),
            let opening = Self.openingName(before: start, in: tokens)
        {
            start = opening.lowerBound
            end = opening.upperBound
        }
        guard start < end, end - start <= 8 else { return nil }
        if end - start == 1, tokens[start].is(.pronoun) { return nil }
        guard Self.opensClaimant(tokens[start]) else { return nil }
        // "…, a deal announced at the start of the week": a described claimant is a person,
        // a body or a document, not any noun before a verb of saying.
        if !tokens[start].isCapitalized || tokens[start].is(.determiner), let head = tokens[start..<end].last(where: { $0.isWord }),
            !head.isCapitalized, !Self.isSourceNoun(head.lowered)
        {
            return nil
        }
        // "“Look at Wyoming,” Trump told supporters, while 475 Republicans voted": beside a
        // quote, the speech verb attributes the quote; the reporter's own figures are no one's.
        let marks = tokens.indices.filter { Self.quoteMarks.contains(tokens[$0].first) && tokens[$0].kind == .punctuation }
        var reach = marks.count >= 2 ? marks.first!..<(marks.last! + 1) : tokens.indices
        // "While Berkshire's profit fell 62.1% to $5.0 billion, Buffett has said that …": when
        // what is said follows the verb, the clause before the subject is the reporter's. A
        // few words after it are a listener or a time ("…, Palaszczuk told CNN on Friday.").
        if start > 0, tokens[start - 1].isMark(","), verb + 1 < tokens.count, tokens[verb + 1].isWord,
            !tokens[verb + 1].is(.weekday), !Self.settingWords.contains(tokens[verb + 1].lowered),
            tokens[(verb + 1)...].count(where: \.isWord) >= 4
        {
            reach = reach.clamped(to: start..<tokens.count)
        }
        return Claimant(name: Word.joinedWithSpaces(tokens[start..<end].lazy.map(\.text)), reach: reach)
    }

    /// The name that opens a sentence whose subject runs on in appositives up to `start`:
    /// two to four capitalised words, then parts set off by commas that each open on an
    /// article or a capital ("the LC 2 vice chairman"), with no verb in them.
    static func openingName(before start: Int, in tokens: [Token]) -> Range<Int>? {
        guard start > 0, tokens[start - 1].isMark(","), let comma = tokens.firstIndex(where: { $0.isMark(",") }), comma < start - 1 else { return nil }
        let name = tokens[..<comma]
        guard (2...4).contains(name.count), name.allSatisfy({ $0.isWord && $0.isCapitalized }),
            !Lexicon.capitalisedFunctionWords.contains(name[0].lowered), !Self.clauseOpeners.contains(name[0].lowered)
        else { return nil }
        let appositives = tokens[(comma + 1)..<(start - 1)].split(whereSeparator: { $0.isMark(",") })
        let describes = appositives.allSatisfy { part in
            guard let first = part.first, first.isWord, part.count <= 8 else { return false }
            return (first.is(.article) || first.isCapitalized) && !part.contains { Lexicon.isSpeechVerb($0) || $0.is(.according) || Self.appositiveBreakers.contains($0.lowered) }
        }
        return describes && !appositives.isEmpty ? 0..<comma : nil
    }

    /// Words that make a part a clause of its own, not a description of a name.
    static let appositiveBreakers: Set<Word> = ["is", "was", "are", "were", "has", "had", "have", "will", "would", "and", "but", "who", "which", "that"]

    /// A claimant is named ("Clinton", "NATO officials") or described ("a spokesman",
    /// "officials", "two aides"); a lowercase adverb or verb before the speech verb
    /// ("…, of 54 total, even expressed") is the tail of a clause, not who speaks.
    static func opensClaimant(_ token: Token) -> Bool {
        // "As reported by …", "If confirmed …": a capitalised conjunction opens a clause, not a name.
        if Self.clauseOpeners.contains(token.lowered) { return false }
        if token.isCapitalized { return true }
        return claimantOpeners.contains(token.lowered) || NumberWords.value(of: token.lowered) != nil
    }

    /// Who or what can say something: "officials", "a spokesman", "the report", "analysts".
    static func isSourceNoun(_ word: Word) -> Bool {
        if sourceNouns.contains(word) { return true }
        let text = word.string
        let singular = text.hasSuffix("s") ? String(text.dropLast()) : text
        return ["er", "ist", "or", "ian", "ant", "ent", "man", "woman", "person"].contains { singular.hasSuffix($0) } && !singular.hasSuffix("ment")
            && !thingsNamedLikeAgents.contains(Word(singular))
    }

    /// Things whose names end like a word for someone who does something ("flyer",
    /// "monitor", "amount"): they never speak.
    static let thingsNamedLikeAgents: Set<Word> = [
        "order", "water", "center", "centre", "percent", "event", "amount", "flyer", "flier", "poster", "banner", "sticker", "computer",
        "trailer", "folder", "container", "meter", "monitor", "printer", "scanner", "tracker", "counter", "charter", "number", "cover",
        "filter", "barrier", "border", "corner", "river", "tower", "shelter", "chapter", "register", "character", "power", "matter",
        "manner", "answer", "motor", "factor", "sector", "error", "mirror", "floor", "door", "color", "colour", "humor", "honor",
        "labor", "tractor", "reactor", "elevator", "vector", "indicator", "calculator", "generator", "ventilator", "weather", "summer",
        "winter", "quarter", "dinner", "other", "content", "patent",
    ]

    static let sourceNouns: Set<Word> = [
        "official", "officials", "aide", "aides", "source", "sources", "report", "reports", "study", "studies", "survey", "surveys", "poll",
        "polls", "statement", "analysis", "document", "documents", "memo", "letter", "filing", "police", "authorities", "ministry",
        "department", "agency", "government", "court", "company", "firm", "group", "campaign", "committee", "office", "administration",
        "board", "union", "party", "council", "data", "figures", "estimate", "estimates", "records", "witnesses", "experts", "people",
        "members", "leaders", "executives", "staff", "team", "family", "relatives", "military", "army", "navy", "embassy", "kremlin",
        "white", "house", "network", "newspaper", "paper", "magazine", "website", "site", "organisation", "organization", "bank", "fund",
        "institute", "university", "school", "hospital", "coalition", "alliance", "panel", "commission", "research", "review", "audit",
        "census", "count", "tally", "index", "model", "projection", "projections", "forecast", "forecasts", "chief", "head", "boss",
    ]

    static let claimantEnders: Set<Word> = ["in", "on", "released", "conducted", "published", "taken", "last", "this", "which", "that", "who",
                                            "when", "since", "after", "before", "during", "as", "earlier", "late", "early"]
    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}"]
    static let clauseOpeners: Set<Word> = ["as", "if", "when", "while", "because", "since", "after", "before", "although", "though", "unless",
                                           "until", "once", "whether", "where", "what", "who", "how", "why", "it", "there", "this", "that"]

    /// Lowercase words a claimant's noun phrase opens with: determiners and the nouns
    /// news writing uses bare for groups of sources.
    static let claimantOpeners: Set<Word> = [
        "a", "an", "the", "some", "many", "several", "most", "other", "its", "their", "his", "her", "our", "this", "that", "these", "those",
        "officials", "police", "authorities", "witnesses", "residents", "analysts", "experts", "doctors", "prosecutors", "investigators",
        "researchers", "sources", "critics", "observers", "aides", "diplomats", "economists", "scientists", "officers", "rebels", "troops",
        "soldiers", "activists", "lawmakers", "democrats", "republicans", "voters", "supporters", "opponents", "organizers", "organisers",
    ]

    /// Words between a claimant and the verb: "Gerasimov is reported to have said", "Mylan
    /// even claimed".
    static let trailingVerbWords: [Word] = ["is", "reported", "to", "have", "has", "had", "also", "was", "even", "later", "then",
                                            "previously", "repeatedly", "reportedly", "once", "now", "still", "never"]

    /// Small words that cannot end a claimant's name: "the study of", "a report by".
    static let danglingWords: Set<Word> = ["of", "by", "from", "for", "with", "at", "to", "the", "a", "an", "and", "or"]

    /// Words after a closing verb of saying that say when or where, not what: "…, she said
    /// in a statement", "…, he said last week".
    static let settingWords: Set<Word> = ["in", "on", "at", "during", "after", "before", "last", "this", "yesterday", "today", "tonight",
                                          "earlier", "later", "of", "to", "from", "while", "when", "as", "with", "via", "through"]

    /// Words that open the clause a speech verb's subject stands in.
    static let clauseStarters: Set<Word> = ["that", "which", "who"]

    /// Words before a claimant that are not part of it: "But the ministry said".
    static let leadingConjunctions: [Word] = ["but", "and", "meanwhile", "however", "so"]
}
