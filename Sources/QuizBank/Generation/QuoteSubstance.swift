import TextMachinery

/// Whether a quote says something a learner could check against the article. Blind readers
/// rejected who-said items over banter and asides ("Man, you are working it hard", "I was
/// shaking my head", "We've got to thread the needle") and short lines whose subject is
/// something said before ("I don't believe that's a good idea"): recognising them tests
/// memory of wording, not who claims what. Over three rounds on unseen PolNeAR articles,
/// quotes under ten words that name nothing and hold no number were acceptable 59 % of the
/// time; those with a name or a number 85 %.
enum QuoteSubstance {
    /// Below this many words a quote needs a name or a number to carry a claim.
    static let shortQuoteWords = 10
    /// Below this many words a "this is" or "that's" points outside the quote.
    static let deicticQuoteWords = 16

    /// Why the quote makes no worthwhile who-said item, or nil when it does.
    static func lack(in quote: String, names: Set<String>) -> String? {
        // Trimmed, not bare: "that's" must keep its "'s".
        let spaced = quote.spaceSeparated
        let trimmed = spaced.map(PromptText.trimmed)
        let words = trimmed.map(ByteText.lowercased)
        // "Cape Breton If Donald Trump Wins": every word capitalised is a title, not speech.
        let written = trimmed.filter { $0.first?.isLetter == true }
        if written.count >= 3, written.allSatisfy({ $0.first?.isUppercase == true }) { return "a title in quote marks, not something said" }
        // "Zombies on Film: The Definitive Story of Undead Cinema": a book's title keeps its
        // small words lower-case; every other word is capitalised.
        if written.count >= 4, written.first?.first?.isUppercase == true,
            written.filter({ $0.first?.isUppercase == true }).count >= 3,
            written.allSatisfy({ $0.first?.isUppercase == true || titleSmallWords.contains($0) }),
            written.contains(where: { titleSmallWords.contains($0) })
        {
            return "a title in quote marks, not something said"
        }
        // "You would have to ask Mark May", "No comment": a short deflection says nothing.
        let opening = words.prefix(5).joined(separator: " ")
        if words.count < shortQuoteWords, Self.deflections.contains(where: { opening.hasPrefix($0) }) {
            return "a deflection (“\(words.prefix(4).joined(separator: " "))…”), not a statement"
        }
        // "Thank you, Tucson, for coming out tonight": a courtesy, not a claim.
        if words.count < deicticQuoteWords, Self.isCourtesy(words) {
            return "a courtesy (“\(words.prefix(3).joined(separator: " "))…”), not a statement"
        }
        // "We decline to comment beyond the note posted earlier": a refusal, however long.
        // Every refusal ends in "comment": most quotes hold no such word and are done here.
        if words.contains(where: { $0.hasPrefix("comment") }) {
            let whole = words.joined(separator: " ")
            if let refusal = Self.refusals.first(where: { whole.contains($0) }) { return "a refusal to comment (“\(refusal)”), not a statement" }
        }
        if isBareList(quote) { return "a list of things with no statement about them" }
        if words.count < shortQuoteWords, !PromptText.namesSomething(quote, names: names), !mentionsNumber(words) {
            return "a short remark naming no one and nothing: not a claim a learner could check"
        }
        if words.count < deicticQuoteWords, let pointer = deicticSubject(in: words) {
            return "“\(pointer)” points to something the quote does not say"
        }
        if words.count < deicticQuoteWords, let feeling = stockFeeling(in: words) {
            return "a stock reaction (“\(feeling)”) that says how the speaker feels, not what is so"
        }
        if let phrase = stockPhrase(in: words), !PromptText.namesSomething(quote, names: names), !mentionsNumber(words) {
            return "stock phrases (“\(phrase)”) that name nothing a learner could check"
        }
        if words.count < referringQuoteWords, let pointer = referenceOutside(in: spaced.map(String.init), words: words) {
            return "“\(pointer)” points to something the quote does not say"
        }
        return nil
    }

    /// Below this many words a quote rarely holds what "do so", "over this" or "it's going"
    /// refers to. Blind readers split on such quotes ("I think all candidates should do so",
    /// "up in arms over this", "I don't think it's going anywhere"): one in two accepted.
    static let referringQuoteWords = 20

    /// "should do so", "helpful for that,", "I don't think it's going anywhere": the object or
    /// subject of the quote's claim was named before it, outside the quote marks. `written`
    /// keeps each word's punctuation, which tells where a clause ends.
    static func referenceOutside(in written: [String], words: [String]) -> String? {
        for (position, word) in words.enumerated() where position > 0 {
            let before = words[position - 1]
            if word == "so", ["do", "did", "does", "doing", "done"].contains(before) { return before + " so" }
            // "over this, but …", "helpful for that": a demonstrative ending its clause after a
            // preposition. "anything like that" and "because of that" are idioms, kept.
            if word == "this" || word == "that", referringPrepositions.contains(before) {
                let next = position + 1 < words.count ? words[position + 1] : ""
                let endsClause = next.isEmpty || written[position].last.map { ",.;:!?—".contains($0) } == true || ["but", "and", "because"].contains(next)
                if endsClause { return before + " " + word }
            }
        }
        // "I don't think it's going anywhere", "I don't think it should be done behind closed
        // doors": an "it" that does something or has something done to it, with only the
        // speaker's hedge before it, is a thing named earlier. The empty "it" of "it's going
        // to be hard to …", "it will be important that …" or "it seems" is kept, and so is
        // "the sun … it's shining".
        for (position, word) in words.enumerated() {
            guard word == "it's" || word == "it’s" || word == "it" else { continue }
            guard words[..<position].allSatisfy(hedgeWords.contains) else { break }
            let following = words[(position + 1)...].prefix(4)
            if word == "it", let verb = following.first, itsVerbs.contains(verb) {
                // "I don't think it will rain this hard again": the weather's "it" names nothing.
                let weather = following.contains(where: weatherWords.contains)
                let empty = weather || following.contains { $0 == "to" || $0 == "that" } && following.contains { ["is", "was", "be", "been"].contains($0) }
                if empty { break }
                return "it " + verb
            }
            let verbAt = word == "it" ? position + 2 : position + 1
            guard word != "it" || (position + 1 < words.count && ["is", "was", "isn't", "isn’t"].contains(words[position + 1])) else { break }
            guard verbAt < words.count, words[verbAt].hasSuffix("ing"), words[verbAt].count > 4 else { break }
            if words[verbAt] == "going", verbAt + 1 < words.count, words[verbAt + 1] == "to" { break }
            return words[position...verbAt].joined(separator: " ")
        }
        return nil
    }

    /// What an "it" that stands for a thing does: "it should be done", "it doesn't have".
    /// Not "seems", "appears", "takes" or "matters", whose "it" is empty.
    static let itsVerbs: Set<String> = ["should", "would", "could", "must", "can", "will", "won't", "won’t", "wouldn't", "wouldn’t",
                                        "shouldn't", "shouldn’t", "can't", "can’t", "cannot", "doesn't", "doesn’t",
                                        "didn't", "didn’t", "may", "might", "needs"]

    /// After which "it" is the weather's, a span's or a price's: "it will rain", "it will take
    /// six months", "it will cost".
    static let weatherWords: Set<String> = ["rain", "rained", "raining", "rains", "snow", "snowed", "snowing", "pour", "poured", "pouring",
                                            "hail", "freeze", "blow", "blew", "blowing", "storm", "flood", "flooded",
                                            "take", "takes", "took", "cost", "costs", "happen", "happens"]

    /// "I am very excited to share this news", "We are pleased with the Court's decision":
    /// a speaker's feeling about news the quote does not give. One with a "that" clause
    /// ("I am happy to report that the county is sound") says what is so, and is kept.
    static func stockFeeling(in words: [String]) -> String? {
        guard !words.contains("that") else { return nil }
        var position = 0
        if words.count > 1, ["i", "we"].contains(words[0]), ["am", "are", "was", "were"].contains(words[1]) {
            position = 2
        } else if let first = words.first, ["i'm", "i’m", "we're", "we’re"].contains(first) {
            position = 1
        } else {
            return nil
        }
        if position < words.count, intensifiers.contains(words[position]) { position += 1 }
        guard position < words.count, feelings.contains(words[position]) else { return nil }
        return words[...position].joined(separator: " ")
    }

    static let intensifiers: Set<String> = ["very", "so", "really", "extremely", "incredibly", "deeply", "truly", "absolutely", "just", "most"]
    /// Stock words of a statement's opening courtesy. Grief ("We're devastated for the
    /// families who lost everything") is not stock, and is kept.
    static let feelings: Set<String> = ["excited", "pleased", "happy", "delighted", "thrilled", "proud", "honoured", "honored", "grateful", "glad",
                                        "humbled", "overjoyed"]

    /// The stock phrase a quote is made of, or nil. Post-match talk ("We would obviously have
    /// liked to have won that game", "the boys are raring to go"), a host's courtesies ("thank
    /// all the delegations for their participation", "how worthwhile it is to be here") and
    /// corporate lines ("we do that with all of our stakeholders"): both blind readers found
    /// seven such who-said items of 21 not worth asking on sets 161–168. Only quotes that also
    /// name nothing and hold no number are dropped.
    static func stockPhrase(in words: [String]) -> String? {
        // A long quote says more than its stock phrase.
        guard words.count < stockQuoteWords else { return nil }
        let whole = " " + words.joined(separator: " ") + " "
        if let phrase = stockPhrases.first(where: { CanonicalSearch.contains(whole, " \($0) ") }) { return phrase }
        // "thank all the delegations for their active participation": a courtesy anywhere.
        if let thank = words.firstIndex(where: { $0 == "thank" || $0 == "thanks" }),
            let forAt = words[thank...].prefix(8).firstIndex(of: "for"), forAt + 1 < words.count,
            ["coming", "joining", "being"].contains(words[forAt + 1])
                || ["their", "your"].contains(words[forAt + 1]) && words[(forAt + 1)...].prefix(3).contains(where: thanked.contains)
        {
            return words[thank...forAt + 1].joined(separator: " ")
        }
        return nil
    }

    /// The preamble a long quote, cut at 28 words, opens on, when the cut leaves mostly the
    /// preamble: "I have been doing a lot of thinking recently about where we are as a country
    /// …" (both readers, in every PolNeAR sample that drew it: the point came after the cut).
    static func preambleCut(_ shown: String) -> String? {
        guard shown.hasSuffix(" …") else { return nil }
        let opening = String(shown.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
        return preambles.first { opening.hasPrefix($0) }
    }

    static let preambles = ["i have been doing a lot of thinking", "i've been doing a lot of thinking", "i have been thinking", "i've been thinking",
                            "let me say", "let me just say", "i want to say", "i just want to say", "i would like to say", "i'd like to say",
                            "i want to start by", "let me start by", "first of all, i want to"]

    /// Below this many words a stock phrase can be what a quote is made of.
    static let stockQuoteWords = 30

    /// What a host thanks guests for.
    static let thanked: Set<String> = ["participation", "support", "hospitality", "attendance", "cooperation", "contribution", "presence", "time"]

    static let stockPhrases = [
        "liked to have won", "raring to go", "team spirit", "fighting spirit", "fighting mentality",
        "take the positives", "onwards and upwards",
        "all of our stakeholders", "all our stakeholders", "look forward to working",
        "good to be here", "great to be here", "nice to be here", "glad to be here", "happy to be here", "it is to be here",
        "honour to be", "honor to be", "privilege to be", "pleasure to be",
    ]

    /// Prepositions after which "this" or "that" alone stands for something said before.
    static let referringPrepositions: Set<String> = ["for", "over", "about", "on", "with", "against", "into", "behind", "from", "by", "to"]

    /// What a speaker says before the subject of a claim without naming anything.
    static let hedgeWords: Set<String> = ["i", "don't", "don’t", "do", "not", "think", "believe", "know", "guess", "hope", "and", "but", "so", "well",
                                         "just", "really", "yes", "no", "honestly", "frankly", "i'm", "i’m", "sure", "certain", "say", "said", "that",
                                         "if", "because", "when"]

    /// "Mental health, radiology department, optometry, and, I believe, audiology": an answer
    /// that only lists things (three or more short items between commas, with no verb) names
    /// what it is about outside its quote marks; who listed them is trivia.
    static func isBareList(_ quote: String) -> Bool {
        // Most quotes hold fewer than two commas: counted in bytes before any word is split.
        guard quote.utf8.lazy.filter({ $0 == UInt8(ascii: ",") }).count >= 2 else { return false }
        let items = quote.split(separator: ",").map { part in
            part.spaceSeparated.map { PromptText.trimmed($0).lowercased() }.filter { !$0.isEmpty && !listConnectors.contains($0) }
        }.filter { !$0.isEmpty }
        guard items.count >= 3, items.allSatisfy({ $0.count <= 3 }) else { return false }
        return !items.joined().contains { word in statementWords.contains(word) || word.hasSuffix("n't") || word.hasSuffix("n’t") || word.hasSuffix("'s") || word.hasSuffix("’s") }
    }

    /// Words between a list's items: joiners and a speaker's hedges ("and, I believe,").
    static let listConnectors: Set<String> = ["and", "or", "i", "believe", "think", "guess", "maybe", "also", "plus", "then"]

    /// Words that make a part a statement rather than an item: verbs and their subjects.
    static let statementWords: Set<String> = ["is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "has", "have", "had",
                                         "do", "does", "did", "need", "needs", "want", "wants", "said", "says", "get", "got", "go", "went",
                                         "we", "you", "they", "he", "she", "it", "let", "make", "made", "take", "took", "see", "saw"]

    /// Words a title leaves lower-case.
    static let titleSmallWords: Set<String> = ["of", "on", "the", "a", "an", "and", "in", "for", "to", "at", "by", "with", "from", "or", "vs", "vs.",
                                               // Names of programmes in other languages: "Oplan Bulig Tubig sa Syudad", "Plan de Acción".
                                               "sa", "ng", "de", "del", "da", "do", "la", "le", "les", "des", "du", "van", "von", "y"]

    static let deflections = ["you would have to ask", "you'd have to ask", "you’d have to ask", "you'll have to ask", "you’ll have to ask",
                              "ask him", "ask her", "ask them", "no comment", "i have no comment", "i can't comment", "i can’t comment",
                              "i cannot comment", "i don't know", "i don’t know", "we'll see", "we’ll see", "time will tell"]

    /// "Thank you, Tucson", "Thanks, everyone", "I want to thank all of you": not "Thanks to the
    /// pay rise, nurses are coming back", "Thanksgiving will be cheaper" or "I thank our farmers,
    /// who have produced 70 million bags", which say something.
    static func isCourtesy(_ words: [String]) -> Bool {
        let first = words.first ?? "", second = words.count > 1 ? words[1] : "", third = words.count > 2 ? words[2] : ""
        if first == "thank" || first == "thank-you" { return second == "you" || first == "thank-you" }
        if first == "thanks" { return second != "to" }
        if ["i", "we"].contains(first), second == "thank" { return ["you", "everyone", "all", "everybody"].contains(third) }
        let joined = words.prefix(5).joined(separator: " ")
        return ["i want to thank", "i'd like to thank", "i’d like to thank", "we want to thank", "we'd like to thank", "we’d like to thank",
                "i would like to thank", "we would like to thank"].contains { joined.hasPrefix($0) }
    }

    static let refusals = ["decline to comment", "declined to comment", "declines to comment", "decline comment", "no further comment",
                           "not going to comment", "won't comment", "won’t comment", "will not comment", "would not comment",
                           "cannot comment", "can't comment", "can’t comment", "unable to comment", "not able to comment",
                           "not in a position to comment", "do not comment", "don't comment", "don’t comment"]

    static func mentionsNumber(_ words: [String]) -> Bool {
        words.contains { $0.first?.isNumber == true || PromptText.spelled.contains($0) }
    }

    /// "this is", "that's", "I don't believe that is …": a subject that refers back. A
    /// "that" after a noun opens a relative clause ("a wall that is beautiful") and is kept;
    /// "it's" is mostly the empty subject of "it's time to …" and is kept too.
    static func deicticSubject(in words: [String]) -> String? {
        for (position, word) in words.enumerated() {
            let next = position + 1 < words.count ? words[position + 1] : ""
            if word == "this", ["is", "was", "will", "would"].contains(next) { return "this " + next }
            let opensClause = position == 0 || clauseOpeners.contains(words[position - 1])
            if opensClause, word == "that's" || word == "that’s" { return word }
            if opensClause, word == "that", ["is", "was"].contains(next) { return "that " + next }
        }
        return nil
    }

    /// Words after which "that" is a subject, not a relative pronoun.
    static let clauseOpeners: Set<String> = ["think", "believe", "know", "and", "but", "because", "so", "said", "say", "guess", "hope", "if"]
}
