import FactExtraction
import TextMachinery
import Foundation

/// What a sentence must be to stand alone as a question: these checks follow news-writing
/// conventions that hold across outlets (attribution outside the quote marks, "he" for
/// someone named in an earlier sentence, numbers that are parts of names).
enum PromptText {
    /// A word without the punctuation around it and without a possessive "'s".
    static func bareWord(_ word: Substring) -> String {
        let text = trimmed(word)
        // A possessive: "Ryan's" → "Ryan", "Ryan’s" → "Ryan".
        if text.utf8.count > 2, text.utf8.last == UInt8(ascii: "s") {
            if text.hasSuffix("'s") { return String(text.dropLast(2)) }
            if text.hasSuffix("\u{2019}s") { return String(text.dropLast(2)) }
        }
        return text
    }

    /// Whether the word's bare form (`bareWord`) may open on a capital: not when the first
    /// letter or digit it holds is an ASCII lower-case letter or a digit (what comes before
    /// is ASCII punctuation, trimmed or itself no capital). Read off the bytes before any
    /// string is made: most words of a sentence open so.
    static func mayOpenCapitalised(_ word: Substring) -> Bool {
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let isLetter = { (byte: UInt8) in byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z") }
        guard let head = word.utf8.first(where: { $0 >= 0x80 || isDigit($0) || isLetter($0) }) else { return true }
        return head >= 0x80 || (head >= UInt8(ascii: "A") && head <= UInt8(ascii: "Z"))
    }

    /// The word without the punctuation around it (Foundation's `trimmingCharacters` took a
    /// fifth of the time of generating a bank).
    static func trimmed(_ word: String) -> String { trimmed(Substring(word)) }

    static func trimmed(_ word: Substring) -> String {
        let utf8 = word.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        // ASCII punctuation, and the three-byte curly quotes and dashes (E2 80 93/94/98/99/9C/9D).
        func isEdge(_ index: String.Index) -> Int {
            let byte = utf8[index]
            if byte < 0x80 { return isASCIIEdge(byte) ? 1 : 0 }
            guard byte == 0xE2, utf8.distance(from: index, to: utf8.endIndex) >= 3 else { return 0 }
            let second = utf8[utf8.index(after: index)], third = utf8[utf8.index(index, offsetBy: 2)]
            return second == 0x80 && [0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D].contains(third) ? 3 : 0
        }
        while start < end {
            let width = isEdge(start)
            if width == 0 { break }
            start = utf8.index(start, offsetBy: width)
        }
        while start < end {
            let last = utf8.index(before: end)
            if isEdge(last) == 1 { end = last; continue }
            guard utf8.distance(from: start, to: end) >= 3 else { break }
            let lead = utf8.index(end, offsetBy: -3)
            if isEdge(lead) == 3 { end = lead } else { break }
        }
        return String(word[start..<end])
    }

    /// `.,;:!?()[]"'-`, tested without hashing: `trimmed` runs on every word of every sentence.
    @inline(__always) static func isASCIIEdge(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "-"):
            return true
        default: return false
        }
    }

    static let edgeScalars: Set<Unicode.Scalar> = Set(".,;:!?()[]\"'\u{201C}\u{201D}\u{2018}\u{2019}\u{2014}\u{2013}-".unicodeScalars)

    static let edgePunctuation = CharacterSet(charactersIn: ".,;:!?()[]\"'\u{201C}\u{201D}\u{2018}\u{2019}\u{2014}\u{2013}-")

    static let doubleOpen: Set<Character> = ["\"", "\u{201C}"]
    static let doubleClose: Set<Character> = ["\"", "\u{201D}"]
    static let quoteMarks: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"]

    /// The aside a fact sits in, when the text before it opens a non-restrictive relative
    /// clause (", who …", ", which …", ", whose …") that has not closed yet: by news-writing
    /// convention such an aside gives background on someone the sentence is not about
    /// ("Trump, who has nearly 9 million followers, tweeted …").
    static func openAside(before text: Substring) -> String? {
        // Still open when the last comma before the fact opens it.
        guard let comma = text.utf8.lastIndex(of: UInt8(ascii: ",")) else { return nil }
        let aside = text[text.utf8.index(after: comma)...]
        // "Binghamton, a town of some 45,000 people about 150 miles …", "Mariupol, a port city
        // of 450,000": a place described in passing, with up to two words before its noun.
        let describesPlace = describesPlaceInPassing(aside)
        // "…, an Iranian journalist whose reformist views led to his imprisonment in 2003": a
        // relative clause inside an appositive tells someone's past.
        let relativeInAppositive = (aside.hasPrefix(" a ") || aside.hasPrefix(" an ") || aside.hasPrefix(" the "))
            && { (text: String) in ByteText.contains(text, " who ") || ByteText.contains(text, " whose ") }(String(aside))
        guard aside.hasPrefix(" who ") || aside.hasPrefix(" which ") || aside.hasPrefix(" whose ") || describesPlace || relativeInAppositive,
            !aside.contains(where: { ";:\u{2014}\u{2013}(".contains($0) || quoteMarks.contains($0) })
        else { return nil }
        return String(aside.dropFirst())
    }

    /// ", a town of 45,000", ", an island of 2 million", ", a port city of 450,000": an
    /// appositive opened by "a" or "an" whose noun, within its first three words, is a place's
    /// and is followed by "of".
    static func describesPlaceInPassing(_ aside: Substring) -> Bool {
        guard aside.hasPrefix(" a ") || aside.hasPrefix(" an ") else { return false }
        let words = aside.spaceSeparated.dropFirst().prefix(4).map { $0.lowercased() }
        return words.indices.dropLast().contains { $0 < 3 && placeNouns.contains(words[$0]) && words[$0 + 1] == "of" }
    }

    /// Nouns of an appositive that describes a place.
    static let placeNouns: Set<String> = ["town", "city", "village", "community", "county", "suburb", "borough", "state", "country",
                                          "nation", "island", "region", "province", "district", "municipality", "settlement", "enclave",
                                          "port", "hamlet", "township"]

    /// The sentence with every quoted span removed: the reporter's own words, where news
    /// writing names a speaker ("…," Poroshenko said). A name inside the quote is someone
    /// the speaker talks about, never the evidence of who spoke.
    static func outsideQuotes(_ sentence: String) -> String {
        // Most sentences quote no one: no quote mark, nothing to remove.
        var hasMark = false
        var before: (UInt8, UInt8) = (0, 0)
        for byte in sentence.utf8 {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { hasMark = true; break }
            // U+2018, U+2019, U+201C, U+201D are E2 80 98/99/9C/9D.
            if before == (0xE2, 0x80), byte == 0x98 || byte == 0x99 || byte == 0x9C || byte == 0x9D { hasMark = true; break }
            before = (before.1, byte)
        }
        if !hasMark { return sentence }
        var out = String.UnicodeScalarView()
        var inDouble = false, inSingle = false
        var previous: Unicode.Scalar = " "
        let scalars = Array(sentence.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let next: Unicode.Scalar = index + 1 < scalars.count ? scalars[index + 1] : " "
            if scalar == "\u{201C}" { inDouble = true } else if scalar == "\u{201D}" { inDouble = false } else if scalar == "\"" {
                inDouble.toggle()
            } else if scalar == "\u{2018}" || (scalar == "'" && (previous == " " || previous == "\u{201C}")) {
                if !inDouble { inSingle = true }
            } else if (scalar == "\u{2019}" || scalar == "'") && inSingle && !next.properties.isAlphabetic {
                inSingle = false
            } else if !inDouble && !inSingle {
                out.append(scalar)
            }
            previous = scalar
        }
        return String(out)
    }

    /// True when the sentence names `speaker` (at least the surname) outside its quote marks.
    static func namesOutsideQuotes(_ sentence: String, speaker: String) -> Bool {
        guard let surname = speaker.spaceSeparated.last.map(bareWord), !surname.isEmpty else { return false }
        let reporter = outsideQuotes(sentence)
        // "Ryan's campaign said" names the campaign, not Ryan: possessives do not count.
        return reporter.spaceSeparated.contains { trimmed($0) == surname }
    }

    static let auxiliaryVerbs: Set<String> = ["is", "was", "has", "had", "will", "would", "could", "means", "meant", "shows", "showed"]

    static let sayingVerbs: Set<String> = ["said", "says", "added", "told", "asked", "explained", "insisted", "warned", "noted", "argued", "replied"]

    /// The person the reporter's words put beside the verb of saying ("…," said Dario Fenn
    /// of the Red Cross; Mayor Tomas Brel said): by news convention, the speaker.
    static func namesBesideVerb(_ sentence: String) -> [String] {
        let words = outsideQuotes(sentence).spaceSeparated.map { trimmed($0) }
        var names: [String] = []
        func isName(_ word: String) -> Bool { word.first?.isUppercase == true && word.count > 1 && !StoryGrouping.notNames.contains(word) }
        for (index, word) in words.enumerated() where sayingVerbs.contains(word) {
            // After the verb: "said Dario Fenn".
            var after: [String] = []
            var next = index + 1
            while next < words.count, isName(words[next]) { after.append(words[next]); next += 1 }
            // "said Nils Berg's spokesman Tor Haug": an owner, not the speaker.
            let owner = after.last.map { $0.hasSuffix("'s") || $0.hasSuffix("\u{2019}s") } ?? false
            if after.count >= 2, !owner { names.append(after.joined(separator: " ")) }
            // Before the verb: "Mayor Tomas Brel said".
            var before: [String] = []
            var previous = index - 1
            while previous >= 0, isName(words[previous]) { before.insert(words[previous], at: 0); previous -= 1 }
            if before.count >= 2 { names.append(before.joined(separator: " ")) }
        }
        return names
    }

    /// True when `quote` stands in its sentence between its own quote marks, whole: not cut
    /// at a nested quote ("…he was the" before 'nice guy'), nor started inside one.
    static func isCompleteQuote(_ quote: String, in sentence: String) -> Bool {
        let trimmed = quote.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        guard !trimmed.isEmpty, let range = sentence.byteRange(of: trimmed) else { return false }
        // Balanced double quotes inside: a nested quote stays inside.
        let inner = trimmed.filter { $0 == "\"" }.count
        let opens = trimmed.filter { $0 == "\u{201C}" }.count, closes = trimmed.filter { $0 == "\u{201D}" }.count
        guard inner % 2 == 0, opens == closes else { return false }
        // Opened by a quote mark (perhaps after "…").
        var before = range.lowerBound
        while before > sentence.startIndex, sentence[sentence.index(before: before)] == "\u{2026}" || sentence[sentence.index(before: before)] == "." {
            before = sentence.index(before: before)
        }
        guard before > sentence.startIndex, quoteMarks.contains(sentence[sentence.index(before: before)]) else { return false }
        // Closed by a quote mark right after (perhaps after its punctuation), and that mark
        // is not the opening of a nested quote ("the "nice guy"").
        var after = range.upperBound
        while after < sentence.endIndex, ",.?!\u{2026}".contains(sentence[after]) { after = sentence.index(after: after) }
        guard after < sentence.endIndex, quoteMarks.contains(sentence[after]) else { return false }
        if after > sentence.startIndex, sentence[sentence.index(before: after)].isWhitespace { return false }
        let beyond = sentence.index(after: after)
        if beyond < sentence.endIndex, sentence[beyond].isLetter || sentence[beyond].isNumber { return false }
        return true
    }

    /// Why a quote is not a statement its speaker made whole, or nil: the first half of a quote
    /// the reporter splits ("If you look at it," Rubio said, "I don't …"), words on a sign or
    /// a shirt, or a paper a team wrote.
    static func notSpoken(_ quote: String, in sentence: String) -> String? {
        let core = quote.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        if let range = sentence.byteRange(of: core) {
            let rest = sentence[range.upperBound...]
            let opensAgain = rest.dropFirst().contains { $0 == "\u{201C}" } || rest.dropFirst().filter({ $0 == "\"" }).count >= 2
                || ByteText.contains(String(rest), " ''")
            if rest.hasPrefix(",") || rest.hasPrefix("\u{2026}") || rest.hasPrefix("\u{201D},") || rest.hasPrefix("\","), opensAgain {
                return "the first half of a quote the reporter splits"
            }
        }
        let reporter = outsideQuotes(sentence).lowercased()
        let words = reporter.spaceSeparated.map { bareWord($0) }
        if let carrier = ["sign", "banner", "placard", "poster", "t-shirt", "shirt", "headline", "billboard"].first(where: words.contains) {
            return "words on a \(carrier), not a statement someone made"
        }
        // "…," Trump told the crowd, reciting the reptile's taunt: someone else's words, read out.
        // Only the verbs of reading out: a "sang" or "chanted" elsewhere in the sentence may be
        // the crowd's, not the speaker's.
        if let recital = ["reciting", "recited", "recites", "quoting"].first(where: words.contains) {
            return "words someone \(recital == "quoting" ? "quoted" : "recited") (“\(recital)”), not their own statement"
        }
        if let team = ["and his team", "and her team", "and colleagues", "and co-authors", "and his colleagues", "and her colleagues"].first(where: { ByteText.contains(reporter, $0) }) {
            return "written by a group (“\(team)”), not said by one person"
        }
        return nil
    }

    static let pronouns: Set<String> = ["he", "she", "him", "his", "her", "hers", "they", "them", "their", "it", "its"]
    /// Articles and possessives: a word after one is a noun phrase's ("the top 100", 'a "Lord Mayor …"').
    static let determiners: Set<String> = ["a", "an", "the", "his", "her", "their", "its", "our", "my"]
    static let demonstratives: Set<String> = ["This", "That", "These", "Those", "Such", "Both", "Another", "Other", "Its", "Their", "His", "Her",
                                              "Each", "Neither", "Either"]
    /// Words that open a sentence before its clause: "In fact, …", "However, …".
    static let sentenceAdverbs: Set<String> = [
        "in fact", "however", "still", "meanwhile", "now", "also", "instead", "indeed", "yet", "moreover", "in addition", "additionally",
        "as a result", "for now", "for example", "at the same time", "in the meantime", "even so", "nevertheless", "nonetheless",
        "of course", "in turn", "so far", "by contrast", "in contrast", "similarly", "likewise", "overall", "in all", "in total",
    ]

    /// "The donation was …", "The embattled French president is …", "The super PAC has …":
    /// a subject whose head is a common noun, with no "of" or name to pin it down, is
    /// something an earlier sentence introduced. An apposition ("The French interior
    /// minister, Bernard Cazeneuve, said") names it, and some things are one of a kind
    /// ("the unemployment rate").
    static func definiteSubject(_ words: [Substring]) -> String? {
        var phrase: [String] = []
        for word in words.prefix(6) {
            let bare = bareWord(word)
            if auxiliaryVerbs.contains(bare.lowercased()) || subjectVerbs.contains(bare.lowercased()) { break }
            // "the bridge opens", "the shop stays": a verb after its one-word noun.
            if phrase.count == 1, phrase[0].first?.isLowercase == true, bare.first?.isLowercase == true, bare.hasSuffix("s"), !bare.hasSuffix("ss"),
                !bare.hasSuffix("'s"), !bare.hasSuffix("\u{2019}s")
            {
                break
            }
            phrase.append(bare)
            if word.hasSuffix(",") { return nil }  // an apposition or a clause follows
        }
        guard let head = phrase.last, phrase.count < words.count, phrase.count <= 4, !phrase.contains("of"),
            !uniqueThings.contains(head.lowercased())
        else { return nil }
        let modifiers = phrase.dropLast()
        // "The Marlow Park stadium" is pinned by its name; "The embattled French president"
        // and "the Republican candidate" are not by an adjective of nation or party.
        // "The April survey": a month pins nothing down either.
        if modifiers.contains(where: { $0.first?.isUppercase == true && !isAdjectiveOfPlaceOrParty($0) && !calendarWords.contains($0) }) { return nil }
        let headIsCommon = head.first?.isLowercase == true
        // "super PAC", "new CEO": an acronym after a lowercase word is used as a common noun.
        let acronymAsNoun = head.count <= 4 && head.allSatisfy(\.isUppercase) && modifiers.last?.first?.isLowercase == true
        guard headIsCommon || acronymAsNoun else { return nil }
        return phrase.joined(separator: " ")
    }

    /// "French", "Iraqi", "Republican", "Democratic": capitalised, yet naming no one.
    static func isAdjectiveOfPlaceOrParty(_ word: String) -> Bool {
        ["an", "ese", "ish", "ch", "i", "ic"].contains { word.hasSuffix($0) } && word.count > 3
    }

    /// Words in -s that are no plural noun: "Wealth-X says they …" has one claimant.
    static let singularInS: Set<String> = ["says", "does", "was", "has", "thinks", "believes", "claims", "argues", "reports", "estimates",
                                           "lists", "shows", "adds", "notes", "tells", "wants", "plans", "expects", "insists", "warns",
                                           "news", "politics", "economics", "this", "its", "his", "always", "perhaps", "across", "status"]

    /// Nouns American copy uses for a person named before: "the billionaire", "the Ohio native".
    static let epithets: Set<String> = personEpithets.union(["real-estate", "lawmaker", "congressman", "congresswoman", "candidate"])

    /// The noun after a demonstrative "that", or nil. "That" opens a clause after a verb
    /// ("said that change is coming") but never after a comma or a preposition, where a
    /// lower-case word after it is the noun it points with ("that change", "that plan").
    static func demonstrativeThat(in words: [Substring]) -> String? {
        for (position, word) in words.enumerated() where position + 1 < words.count && bareWord(word).lowercased() == "that" {
            let previous: Substring = position == 0 ? "," : words[position - 1]
            guard previous.hasSuffix(",") || demonstrativePrepositions.contains(bareWord(previous).lowercased()), !word.hasSuffix(",") else { continue }
            let noun = bareWord(words[position + 1])
            guard noun.count > 2, noun.first?.isLowercase == true, noun.allSatisfy(\.isLetter) else { continue }
            let lower = noun.lowercased()
            guard !pronounFollowers.contains(lower), !auxiliaryVerbs.contains(lower), !timeNouns.contains(lower), !degreeWords.contains(lower),
                !clauseWords.contains(lower)
            else { continue }
            return lower
        }
        return nil
    }

    /// Prepositions after which "that" is a determiner.
    static let demonstrativePrepositions: Set<String> = ["in", "on", "at", "with", "under", "from", "about", "after", "before", "during", "into", "against", "over"]
    /// Words after "that" that make it a pronoun or a conjunction ("that said", "that if").
    static let clauseWords: Set<String> = ["said", "says", "if", "when", "because", "while", "although", "may", "might", "can", "should",
                                           "must", "does", "did", "are", "were", "have", "been", "not", "also", "still", "only", "just"]

    /// Why a locative "there" leaves the place unsaid, or nil. "There is/was …" is the empty
    /// subject and says nothing of a place; "… suffered damage there" points at one an
    /// earlier sentence named, unless this sentence names a place before it ("moved to
    /// Paris and has lived there since", "rulers of Afghanistan … troops are still there").
    static func locativeThere(in words: [Substring]) -> String? {
        for (position, word) in words.enumerated() where bareWord(word).lowercased() == "there" {
            let next = position + 1 < words.count ? bareWord(words[position + 1]).lowercased() : ""
            if existentialFollowers.contains(next) || next.hasPrefix("’") || next.hasPrefix("'") || word.lowercased().hasSuffix("there's") { continue }
            let before = words.prefix(position).map { bareWord($0) }
            // "San Francisco had 910 murders, but prosecutors there …": a named subject may be the place.
            let namedSubject = before.first.map { $0.first?.isUppercase == true && !StoryGrouping.notNames.contains($0) } == true
            let placed = namedSubject || before.indices.dropLast().contains { index in
                placePrepositions.contains(before[index].lowercased()) && before[index + 1].first?.isUppercase == true
            }
            if !placed { return "“there” points to a place an earlier sentence named" }
        }
        return nil
    }

    /// The number in "the 14 represent …" or "the two have …": after "the", then a verb (an
    /// auxiliary, or a lower-case word with a name or an article after it), not a noun.
    static func countedBefore(in words: [Substring]) -> String? {
        for position in words.indices.dropLast(2) where bareWord(words[position]).lowercased() == "the" {
            let number = bareWord(words[position + 1]), next = bareWord(words[position + 2])
            let isCount = number.allSatisfy(\.isNumber) && !(number.count == 4 && (1800...2100).contains(Int(number) ?? 0))
                || NumberWords.units[number.lowercased()] != nil || NumberWords.tens[number.lowercased()] != nil
            guard isCount, !words[position + 1].hasSuffix(","), next.first?.isLowercase == true else { continue }
            let after = position + 3 < words.count ? bareWord(words[position + 3]) : ""
            if auxiliaryVerbs.contains(next) || after.first?.isUppercase == true || ["the", "a", "an", "their", "its", "his", "her"].contains(after) {
                return number
            }
        }
        return nil
    }

    /// What follows the empty subject "there": "there is", "there will be", "there have been".
    static let existentialFollowers: Set<String> = ["is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "must",
                                                    "should", "has", "have", "had", "seems", "seemed", "appears", "appeared", "remain",
                                                    "remains", "remained", "exist", "exists", "existed", "used", "isn't", "aren't", "wasn't",
                                                    "weren't", "isn’t", "aren’t", "wasn’t", "weren’t", "being", "to", "be", "ought",
                                                    "comes", "came", "shall", "won't", "won’t", "wouldn't", "wouldn’t", "also", "still",
                                                    "simply", "just", "already", "now", "again", "never"]
    /// Prepositions that put a named place before a later "there".
    static let placePrepositions: Set<String> = ["in", "to", "at", "near", "from", "into", "outside", "inside", "across", "around", "of"]

    /// Words after a "that" standing alone ("a quarter of that is …"), not before its noun.
    static let pronounFollowers: Set<String> = ["is", "was", "per", "will", "would", "goes", "went", "has", "had", "in", "on", "to", "for", "and", "or"]

    /// Verbs that put a claim forward: "says", "estimates".
    static let claimVerbs: Set<String> = ["says", "said", "estimates", "estimated", "projects", "projected", "predicts", "predicted", "believes",
                                          "calculates", "calculated", "finds", "found", "argues", "argued", "claims", "claimed"]

    /// Verbs that end a sentence's subject.
    static let subjectVerbs: Set<String> = ["are", "were", "have", "can", "may", "might", "should", "did", "does", "said", "says", "told", "announced", "spent", "raised", "gave", "made", "paid", "received", "found",
                                            "showed", "shows", "rose", "fell", "grew", "reached", "hit", "won", "lost", "cost", "costs", "added",
                                            "killed", "left", "took", "set", "expects", "expected", "plans", "planned", "remains", "remained"]
    /// "during the night", "at the weekend": times, not things introduced before.
    static let timeNouns: Set<String> = ["night", "morning", "evening", "afternoon", "day", "week", "weekend", "month", "year", "past", "future",
                                         "time", "end", "start", "beginning", "moment", "season", "summer", "winter", "spring", "autumn", "fall"]
    /// Things there is only one of in a story's world: "the unemployment rate", "the economy".
    static let uniqueThings: Set<String> = ["rate", "economy", "average", "index", "market", "dollar", "toll", "turnout", "deficit", "debt",
                                            "unemployment", "inflation", "budget", "weather", "world", "sun", "moon", "public", "nation", "electorate"]

    /// Nouns a reporter uses for someone or something named in an earlier sentence.
    static let backReferences: Set<String> = Set<String>([
        "company", "firm", "group", "club", "party", "minister", "president", "man", "woman", "boy", "girl", "couple", "pair",
        "player", "star", "singer", "actor", "actress", "team", "side", "organisation", "organization", "charity", "bank", "airline",
        "retailer", "spokesman", "spokeswoman", "official", "victim", "suspect", "teenager", "pilot", "driver", "family", "mother",
        "father", "officer", "report", "study", "move", "deal", "plan", "bill", "decision", "former", "agency", "department",
        "council", "campaign", "candidate", "result", "upshot", "reason", "answer", "problem", "catch", "irony", "bottom", "senator", "governor", "leader", "chief", "prime", "country", "city", "government",
        "union", "business", "church", "school", "hospital", "court", "judge", "measure", "proposal", "survey", "poll", "research",
        "researchers", "scientists", "band", "show", "programme", "program", "film", "book", "album", "company's", "event", "incident",
        "attack", "accident", "crash", "case", "investigation", "inquiry", "review", "project", "scheme", "figures", "latest", "same",
        "new", "other", "two", "three", "pair's", "men", "women", "children", "couple's", "player's",
        "bunch", "pack", "field", "latter", "trio", "duo",
    ]).union(personEpithets)

    /// Epithets American copy uses for someone named before: "the billionaire", "the Point Pleasant native".
    static let personEpithets: Set<String> = ["billionaire", "mogul", "businessman", "businesswoman", "front-runner", "frontrunner", "native",
                                              "nominee", "incumbent", "challenger"]

    /// Nouns that in news copy stand for a thing named earlier ("the share", "the figure",
    /// "the data", "the patient"), with or without other names in the sentence.
    static let definiteBackReferences: Set<String> = [
        "patient", "share", "figure", "figures", "data", "veto", "changes", "change", "findings", "results", "number", "numbers",
        "rate", "total", "amount", "sum", "cost", "price", "policy", "law", "rule", "rules", "vote", "ruling", "verdict",
        "statement", "letter", "video", "footage", "tweet", "post", "interview", "meeting", "talks", "trip", "visit", "speech",
        "debate", "race", "election", "contest", "disease", "virus", "outbreak", "cases", "drug", "product", "device", "app",
        "site", "area", "region", "town", "village", "building", "scandal", "state", "nation", "claim", "two", "three",
        "managers", "ad", "ads", "book", "column", "article", "story", "series", "network", "station", "paper", "allegations", "claims", "charges", "lawsuit",
    ]

    /// Whether a sentence names something: a capitalised word after its first that is no
    /// month, weekday or "I".
    static func namesSomething(_ sentence: String, names: Set<String>? = nil) -> Bool {
        let words = sentence.spaceSeparated
        func isName(_ word: String) -> Bool {
            word.count > 1 && word.first?.isUppercase == true && !calendarWords.contains(word) && !StoryGrouping.notNames.contains(word)
        }
        return words.dropFirst().contains { mayOpenCapitalised($0) && isName(bareWord($0)) }
            || words.first.map { bareWord($0) }.map { isName($0) && !sentenceOpeners.contains($0) && (names?.contains($0) ?? true) } == true
    }

    /// Written with a currency sign ("$20 million", "£1.2bn"): an amount of money as the copy shows it.
    static func showsCurrency(_ text: some StringProtocol) -> Bool {
        text.contains { "$£€¥".contains($0) }
    }

    /// Capitalised words that name no one: months, weekdays, "I" and its contractions.
    static let calendarWords: Set<String> = Set(Context.months + Context.weekdays
        + ["I", "I'll", "I'm", "I've", "I'd", "I\u{2019}ll", "I\u{2019}m", "I\u{2019}ve", "I\u{2019}d"])
    /// Capitalised only because they open the sentence.
    static let sentenceOpeners: Set<String> = ["The", "A", "An", "In", "On", "At", "But", "And", "It", "This", "That", "He", "She", "They", "We"]

    /// Words that open a quote only when it answers or continues something said before it.
    static let contextualOpenings: Set<String> = [
        "that", "this", "these", "those", "it", "it's", "that's", "he", "she", "they", "he's", "she's", "they're", "but", "and",
        "so", "or", "compare", "which", "also", "then", "there", "here",
    ]

    /// Why a quote asked on its own would not make sense ("Compare that to his other
    /// competitor", "But it can happen"), or nil: a who-said item shows the quote alone.
    static func quoteLeansOnContext(_ quote: String) -> String? {
        let original = quote.spaceSeparated.map(bareWord)
        // "she’ll" and "she'll" are one word: compared with the straight apostrophe.
        let words = original.map { straightApostrophes(ByteText.lowercased($0)) }
        guard let first = words.first else { return "an empty quote" }
        if words.count < 4 { return "too short to recognise out of its article" }
        // "If he does a good job …": a third person the quote never names is someone the
        // reader of the article knew from an earlier sentence, not the reader of the item.
        for (position, word) in words.enumerated() {
            if original[position].first?.isUppercase == true, position > 0, original[position] != "I" { break }
            if thirdPersonWords.contains(word) {
                return "the quote speaks of “\(original[position])” without naming who that is"
            }
        }
        if quote.trimmingCharacters(in: .whitespaces).hasSuffix("?") { return "a question, not a statement" }
        let joined = words.joined(separator: " ")
        if ["just to be clear", "to be clear", "to be honest", "thank god", "let me be clear", "i mean"].contains(where: { joined.hasPrefix($0) }) {
            return "an aside, not a statement a learner could recognise"
        }
        // "those workers", "those 5,000 people": what was said before.
        for (position, word) in words.enumerated().dropLast() where ["these", "those"].contains(word) {
            if let next = original[position + 1].first, next.isLowercase || next.isNumber { return "“\(word) \(original[position + 1])” points to what was said before" }
        }
        guard contextualOpenings.contains(first) else { return nil }
        // "This young team showed …" names what it points at; "That is why …" does not.
        if ["this", "that", "these", "those"].contains(first), words.count > 1, let second = words.dropFirst().first,
            !auxiliaryVerbs.contains(second), !["is", "was", "are", "were", "'s", "’s", "means", "why", "kind", "sort"].contains(second)
        {
            return nil
        }
        return "the quote opens on “\(first)”, which leans on what was said before"
    }

    /// Third persons a quote may speak of without naming them.
    static let thirdPersonWords: Set<String> = [
        "he", "she", "him", "his", "her", "he's", "she's", "they", "them", "they're", "they've", "they'd", "they'll", "he'd", "he'll",
        "she'd", "she'll", "they’ve", "they’re", "he’s", "she’s",
    ]

    /// The word with its curly apostrophes straight. Foundation's replacement runs only on
    /// a word that holds one: with no U+2019 in it (nor any sequence canonically the same:
    /// it has none), the word is returned as it is.
    static func straightApostrophes(_ word: String) -> String {
        ByteText.contains(word, "\u{2019}") ? word.replacingOccurrences(of: "\u{2019}", with: "'") : word
    }

    /// Short lists `unresolvedReference` tests every word against: compared in turn, which
    /// for a handful of short words costs less than hashing the word.
    static let femininePronouns = ["she", "her", "hers"]
    static let masculinePronouns = ["he", "him", "his"]
    static let pluralPronouns = ["they", "them", "their"]
    static let mensTitles = ["Mr", "Mr."]
    static let womensTitles = ["Mrs", "Mrs.", "Ms", "Ms.", "Miss"]
    /// "A quarter of that", "of this", "of it".
    static let amountPointers = ["that", "this", "it"]
    static let articleWords = ["the", "a", "an"]

    /// "paid that little", "went that far": a degree measured against something said before.
    static let degreeWords: Set<String> = ["little", "much", "far", "long", "few", "many"]

    static let personPronouns: Set<String> = ["he", "she", "him", "his", "her", "hers"]
    static let firstPerson: Set<String> = ["i", "we", "us", "our", "my", "me", "you", "your"]
    /// Words before a name that make it a person's ("Mr Brown", "Sen. Cruz").
    static let titles: Set<String> = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Sen", "Rep", "Gov", "Gen", "Col",
                                      "President", "Minister", "Secretary", "Chancellor", "Speaker", "Senator", "Governor", "Judge", "Prince", "Princess", "King", "Queen",
                                      // Councillors and officers as local papers abbreviate them ("Cr McNamara", "Cllr Porter").
                                      "Cr", "Cllr", "Coun", "Councillor", "Councilor", "Mayor", "Ald", "Alderman", "Hon", "Supt", "Insp", "Det", "Sgt", "Capt", "Lt", "Maj"]

    /// Why the sentence cannot be read on its own, or nil when it can: a pronoun before any
    /// name it could refer to ("he" needs a person: "In Nevada, he …" is unresolved), an
    /// opening that points back ("This", "The company", "The region shares …"), or the first
    /// person outside quote marks (a quote that lost its marks or its speaker).
    static func unresolvedReference(_ sentence: String, people: Set<String> = [], names: Set<String> = []) -> String? {
        let words = sentence.spaceSeparated
        guard !words.isEmpty else { return "empty sentence" }
        // Each word bare and lower-cased once: the rules below read them many times over.
        let bareWords = words.map(bareWord)
        let loweredWords = bareWords.map(ByteText.lowercased)
        let opening = bareWords[0]
        if demonstratives.contains(opening) { return "opens on “\(opening)”, which points to an earlier sentence" }
        // "All five are set to take part …", "All of them": a count of people or things an
        // earlier sentence named.
        if opening == "All", words.count > 1, case let next = loweredWords[1],
            next == "of" || next.allSatisfy(\.isNumber) || NumberWords.units[next] != nil || NumberWords.tens[next] != nil
        {
            return "opens on “All \(next)”, which points to an earlier sentence"
        }
        // "Out of these, 40 were …", "Of those, …", "Among them, …": a share of what an
        // earlier sentence counted.
        let openingPair = Array(loweredWords.prefix(3))
        if let share = [["out", "of"], ["of"], ["among"], ["besides"]].first(where: { openingPair.starts(with: $0) }),
            openingPair.count > share.count, ["these", "those", "them", "which", "whom"].contains(openingPair[share.count])
        {
            return "opens on “\((share + [openingPair[share.count]]).joined(separator: " "))”, which points to an earlier sentence"
        }
        // "In fact, the bridge opens …", "However, the company said …": after a sentence
        // adverb, the clause opens where the sentence would have.
        if let comma = words.prefix(3).firstIndex(where: { $0.hasSuffix(",") }), comma + 1 < words.count,
            sentenceAdverbs.contains(words[...comma].joined(separator: " ").dropLast().lowercased())
        {
            return unresolvedReference(words[(comma + 1)...].joined(separator: " "), people: people, names: names)
        }
        if opening == "The" || opening == "the", words.count > 1 {
            let noun = loweredWords[1]
            if backReferences.contains(noun) || noun.hasSuffix("-year-old") {
                return "opens on “The \(noun)”, which points to an earlier sentence"
            }
            // "The endorsement comes …": a definite noun with no name or "of" to pin it down.
            let window = Array(bareWords.dropFirst().prefix(4))
            if window.allSatisfy({ $0.first?.isUppercase != true && $0 != "of" }), window.count == 4 {
                return "opens on “The \(window[0])”, which points to an earlier sentence"
            }
            if let subject = definiteSubject(Array(words.dropFirst())) { return "opens on “The \(subject)”, which points to an earlier sentence" }
        }
        // "Set in New York City in 1981, the 35-year-old actor plays …": after an opening
        // participle phrase, the main clause's subject is described, not named.
        if ["Set", "Based", "Born", "Founded", "Located", "Built", "Known", "Filmed", "Written", "Released"].contains(opening),
            let comma = words.prefix(12).firstIndex(where: { $0.hasSuffix(",") }), comma + 2 < words.count, bareWords[comma + 1] == "the"
        {
            let noun = loweredWords[comma + 2]
            if backReferences.contains(noun) || noun.hasSuffix("-year-old") { return "“the \(noun)” after the opening phrase points to an earlier sentence" }
            if let subject = definiteSubject(Array(words[(comma + 2)...])) { return "“the \(subject)” after the opening phrase points to an earlier sentence" }
        }
        // "made that same day", "on the same day": a day an earlier sentence named.
        let lowered = sentence.lowercased()
        if let phrase = ["that same day", "the same day", "that day", "that same week", "the same week", "that night", "that morning", "that evening",
                         "that afternoon", "that week", "that month", "in that case"].first(where: { ByteText.contains(lowered, $0) }) {
            return "“\(phrase)” points to an earlier sentence"
        }
        // "About an hour later, …", "Earlier, …": a time measured from an earlier sentence.
        var openingClause: [String] = []
        for (position, word) in words.prefix(10).enumerated() {
            openingClause.append(loweredWords[position])
            if word.hasSuffix(",") { break }
        }
        // "The next year, …", "The following day, …": a time counted from an earlier sentence.
        for (position, word) in openingClause.enumerated().dropFirst() where ["next", "following", "previous"].contains(word) && openingClause[position - 1] == "the" {
            return "“the \(word)” points to an earlier sentence"
        }
        if let relative = openingClause.first(where: { ["later", "earlier", "afterwards"].contains($0) }) {
            return "“\(relative)” points to an earlier sentence"
        }
        // "By then, the SUV had …", "Since then, …", "At that point, …": a time an earlier
        // sentence set.
        if openingClause.count >= 2, openingClause.count <= 4, openingClause.last == "then" || openingClause.suffix(2) == ["that", "point"] || openingClause.suffix(2) == ["that", "time"] {
            return "“\(openingClause.joined(separator: " "))” points to an earlier sentence"
        }
        // "…, that has gone up": a demonstrative standing for something said before.
        for position in words.indices where position + 1 < words.count {
            let lower = loweredWords[position]
            let next = bareWords[position + 1]
            guard lower == "this" || lower == "that",
                Self.auxiliaryVerbs.contains(next.lowercased()) || (next.first?.isLowercase == true && next.hasSuffix("s") && !next.hasSuffix("ss"))
            else { continue }
            let previous = position == 0 ? "," : String(words[position - 1])
            if previous.hasSuffix(",") || ["and", "but", "so"].contains(previous.lowercased()) { return "“\(lower)” points to an earlier sentence" }
        }
        let reporters = outsideQuotes(sentence).spaceSeparated
        let bareReporters = reporters.map(bareWord)
        // "the Paris-based fashion house": an epithet for a company or a person named before.
        if ByteText.contains(lowered, "-based "),
            let epithet = reporters.indices.dropLast().first(where: { bareReporters[$0].lowercased() == "the" && bareReporters[$0 + 1].hasSuffix("-based") })
        {
            return "“the \(bareReporters[epithet + 1]) …” stands for something an earlier sentence named"
        }
        // "With final votes expected next month, that change could …", "under that plan":
        // after a comma or a preposition "that" cannot open a clause, so before a noun it
        // points at a thing an earlier sentence named. Most sentences hold neither this word
        // nor "there": looked for in the bytes before any word is read.
        if ByteText.contains(lowered, "that "), let demonstrative = demonstrativeThat(in: reporters) {
            return "“that \(demonstrative)” points to an earlier sentence"
        }
        // "… another 46 suffered damage there": a place an earlier sentence named.
        if ByteText.contains(lowered, "there"), let place = locativeThere(in: reporters) { return place }
        // "About 500 people are housed here, in the nearby town of …": in the reporter's words,
        // "here" is where the story was datelined or an earlier sentence stood.
        if ByteText.contains(lowered, "here"), bareReporters.dropFirst().contains(where: { $0.lowercased() == "here" }) {
            return "“here” points to a place an earlier sentence named"
        }
        // "Collectively the 14 represent Butte, Clark …": a number after "the" with no noun of
        // its own stands for people or things an earlier sentence counted.
        if let counted = countedBefore(in: reporters) { return "“the \(counted)” stands for what an earlier sentence counted" }
        // "… estimated that those conflicts of interest cost $17 billion": in the reporter's
        // words, "those" or "these" before a plural noun is something named before, even
        // with "of" after it (the check below lets "of" pin a noun down).
        for position in reporters.indices where position + 1 < reporters.count {
            let lower = bareReporters[position].lowercased()
            let next = bareReporters[position + 1]
            guard lower == "those" || lower == "these", next.first?.isLowercase == true, next.hasSuffix("s"), !next.hasSuffix("ss") else { continue }
            return "“\(lower) \(next)” points to an earlier sentence"
        }
        // "… of patients paid that little.": a degree measured against an earlier sentence.
        for (position, word) in reporters.enumerated().dropFirst() where degreeWords.contains(trimmed(word).lowercased()) {
            guard bareReporters[position - 1].lowercased() == "that", word.last.map({ ",.;:".contains($0) }) == true || position == reporters.count - 1 else { continue }
            return "“that \(trimmed(word))” measures against an earlier sentence"
        }
        var sawName = false, sawPerson = false, sawMany = false, sawThing = false, sawMan = false, sawWoman = false
        var previous = "", runAfterThe = false
        // `previous` lower-cased: the word before, as `loweredWords` holds it.
        var previousLower = ""
        for (position, word) in words.enumerated() {
            let bare = bareWords[position]
            let lower = loweredWords[position]
            if bare.first?.isUppercase != true { runAfterThe = false } else if previousLower == "the" { runAfterThe = true }
            if firstPerson.contains(lower), bare != "US" { return "“\(bare)” outside quote marks: a speaker the sentence does not name" }
            if personPronouns.contains(lower), !sawPerson { return "“\(bare)” refers to someone the sentence does not name" }
            // "Of 45 members submitted by Mr. Sanders, she appointed three": the only person
            // named is a man, so "she" is someone else (and the other way round).
            if Self.femininePronouns.contains(lower), !sawWoman, sawMan { return "“\(bare)” cannot be the man the sentence names" }
            if Self.masculinePronouns.contains(lower), !sawMan, sawWoman { return "“\(bare)” cannot be the woman the sentence names" }
            if Self.mensTitles.contains(bare) { sawMan = true }
            if Self.womensTitles.contains(bare) { sawWoman = true }
            if pronouns.contains(lower), !sawName { return "“\(bare)” refers to something the sentence does not name" }
            // "The Tax Foundation estimates that it would cost …": "it" after a claim's verb is
            // the plan or bill of an earlier sentence far more often than the claimant itself.
            if lower == "it", position >= 1 {
                let verb = loweredWords[position - 1] == "that" && position >= 2 ? bareWords[position - 2] : bareWords[position - 1]
                if Self.claimVerbs.contains(verb.lowercased()) { return "“it” after “\(verb)” stands for something an earlier sentence named" }
            }
            // "A quarter of that": a share of an amount an earlier sentence gave.
            if Self.amountPointers.contains(lower), position >= 1, loweredWords[position - 1] == "of" {
                let next = position + 1 < words.count ? bareWords[position + 1] : ""
                let standsAlone = lower == "it" || word.hasSuffix(",") || next.first?.isLowercase != true || Self.pronounFollowers.contains(next.lowercased())
                if standsAlone { return "“of \(lower)” points to an amount an earlier sentence gave" }
            }
            // "Wealth-X says they are worth $47 billion each": one name is no antecedent for
            // "they"; two names or a plural ("the brothers") are.
            if Self.pluralPronouns.contains(lower), !sawMany { return "“\(bare)” refers to people the sentence does not name" }
            // "Rubio lags behind both": "both" standing alone is two people named before.
            if lower == "both", position + 1 == words.count || word.hasSuffix(",") || ["with", "in", "and", "by", "on"].contains(loweredWords[position + 1]) {
                return "“both” stands for two named in an earlier sentence"
            }
            // "Donald Trump's appearance delivered ratings 57 percent above its fall average":
            // "its" wants a thing or a body, and the sentence names only people.
            if lower == "its", sawPerson, !sawThing { return "“its” refers to something the sentence does not name" }
            // A plural noun ("workers", "Democrats", "percent" of voters) or two names joined.
            let plural = lower.count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("'s") && !singularInS.contains(lower)
            if lower == "and" && (sawName || previous.first?.isUppercase == true) || plural || lower == "percent" || bare.hasSuffix("%") { sawMany = true }
            let capitalised = bare.first?.isUppercase == true && bare.count > 1 && !StoryGrouping.notNames.contains(bare)
                && !(position == 0 && pronouns.contains(lower))
            // A common noun or an organisation, either of which "its" may stand for.
            if bare.first?.isLowercase == true && Self.articleWords.contains(previousLower) || capitalised && Claimants.organisationWords.contains(bare)
                || (capitalised && bare.count >= 2 && bare.allSatisfy { $0.isUppercase || $0 == "." }) { sawThing = true }
            if capitalised {
                // A sentence's first word is capitalised anyway: it is a name only when the
                // article writes it capitalised inside a sentence too ("Russia said it …",
                // not "Shares in it …").
                if position > 0 || names.contains(bare) || people.contains(bare) { sawName = true }
                let titled = titles.contains(previous.hasSuffix(".") ? String(previous.dropLast()) : previous)
                // "the Paris Climate Accord": a run of capitals after "the" names a thing.
                let pair = previous.first?.isUppercase == true && !StoryGrouping.notNames.contains(previous) && position > 0
                    && (position > 1 || names.contains(previous) || people.contains(previous))
                    && !runAfterThe
                // "CBS News", "Pew Research": two capitalised words of an organisation name no person.
                if titled || pair && !Claimants.organisationWords.contains(bare) || people.contains(bare) { sawPerson = true }
            }
            previous = bare
            previousLower = lower
        }
        let mentionsEpithet = epithets.contains { ByteText.contains(sentence, $0) }
        // "Shares in the company fell", "… this behavior at the bank": a back-reference
        // anywhere points to an earlier sentence, unless "of" or "for" pins it down ("the
        // share of voters").
        for position in words.indices where position + 1 < words.count {
            let determiner = loweredWords[position]
            let ofThat = determiner == "that" && position > 0 && loweredWords[position - 1] == "of"
                && bareWords[position + 1].first?.isLowercase == true && !Self.pronounFollowers.contains(loweredWords[position + 1])
                && !timeNouns.contains(loweredWords[position + 1])
            if ofThat { return "“of that \(bareWords[position + 1])” points to an earlier sentence" }
            guard determiner == "the" || determiner == "this" || determiner == "these" || determiner == "those" || determiner == "such" else { continue }
            let noun = loweredWords[position + 1]
            if determiner == "such", noun == "as" || noun == "a" || noun == "an" { continue }  // "crews such as the lifeboat"
            // "the Point Pleasant, N.J., native": an epithet after a place stands for someone named before.
            if determiner == "the", mentionsEpithet, let epithet = bareWords[(position + 1)...].prefix(6).first(where: { $0.first?.isLowercase == true }),
                Self.epithets.contains(epithet)
            {
                return "“the … \(epithet)” stands for someone an earlier sentence named"
            }
            let pinned = position + 2 < words.count && ["of", "for"].contains(loweredWords[position + 2])
            if determiner != "the", noun.first?.isLetter == true, noun.first?.isLowercase == true, !pinned {
                return "“\(determiner) \(noun)” points to an earlier sentence"
            }
            let vague = ["new", "other", "latest", "former"].contains(noun)
            if determiner == "the", Self.backReferences.contains(noun) || Self.definiteBackReferences.contains(noun), !vague, !pinned {
                return "“the \(noun)” is not named in the sentence"
            }
            // "De Blasio disbanded the unit in April 2014.": a short sentence says too little
            // around its "the unit" to pin it down; a longer one usually does.
            let nounEnds = position + 2 >= words.count || !(bareWords[position + 2].first?.isLowercase == true)
                || ["in", "on", "at", "to", "from", "by", "with", "after", "before", "last", "this", "and"].contains(loweredWords[position + 2])
            if determiner == "the", words.count < 10, noun.count > 2, noun.first?.isLowercase == true, nounEnds, !pinned, !uniqueThings.contains(noun),
                !timeNouns.contains(noun) {
                return "“the \(noun)” in so short a sentence points to an earlier one"
            }
        }
        return nil
    }

    /// The sentence without a connective set off by a comma ("Meanwhile, a Russian separatist
    /// said …" → "A Russian separatist said …"): a teacher drops it, and what follows is checked
    /// like any sentence. A connective with no comma ("But among participants …") stays, and
    /// keeps the sentence out.
    static func withoutLeadingConnective(_ sentence: String) -> String {
        let words = sentence.spaceSeparated
        guard !words.isEmpty, let first = sentence.first, !quoteMarks.contains(first) else { return sentence }
        for length in 1...3 where length < words.count {
            let head = words.prefix(length)
            guard head.last?.hasSuffix(",") == true else { continue }
            let phrase = head.map { bareWord($0).lowercased() }.joined(separator: " ")
            guard (length == 1 && connectives.contains(phrase)) || connectivePhrases.contains(phrase) else { return sentence }
            let rest = words.dropFirst(length).joined(separator: " ")
            guard let initial = rest.first, initial.isLetter || initial.isNumber else { return sentence }
            return initial.uppercased() + rest.dropFirst()
        }
        return sentence
    }

    /// Words that open a sentence only when it goes on from the one before ("But among
    /// participants …", "In sum, …", "Conversely, …"): by news convention the sentence leans
    /// on what the reader has just read.
    static let connectives: Set<String> = [
        "but", "and", "so", "yet", "or", "nor", "also", "still", "meanwhile", "however", "instead", "similarly", "likewise", "conversely",
        "moreover", "furthermore", "besides", "nonetheless", "nevertheless", "thus", "therefore", "hence", "then", "otherwise", "overall",
        "accordingly", "consequently", "additionally", "again", "plus", "indeed", "now", "today", "yesterday", "tomorrow",
    ]
    static let connectivePhrases: [String] = [
        "in sum", "in all", "in total", "in addition", "in turn", "in response", "in contrast", "by contrast", "as a result", "as such",
        "even so", "that said", "on top of that", "all but", "at the same time", "in the end", "on the other hand", "for its part",
        "for his part", "for her part", "for their part",
    ]
    /// Nouns for a person that a reporter puts after "the" and an adjective to avoid repeating
    /// a name named before ("the Portuguese boss", "the veteran striker").
    static let epithetNouns: Set<String> = [
        // Firms and teams get epithets too: "the German automaker", "the Premier League side".
        "automaker", "carmaker", "company", "firm", "giant", "retailer", "manufacturer", "airline", "lender", "insurer", "startup",
        "chipmaker", "conglomerate", "broadcaster", "side", "outfit", "franchise",
        "boss", "manager", "coach", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "winger", "captain", "player",
        "star", "actor", "actress", "singer", "rapper", "champion", "veteran", "billionaire", "tycoon", "politician", "lawmaker", "businessman",
        "businesswoman", "entrepreneur", "director", "writer", "author", "comedian", "president", "leader", "candidate", "nominee", "pitcher",
        "quarterback", "guard", "centre", "center", "driver", "rider", "golfer", "boxer", "fighter", "incumbent", "newcomer", "hopeful",
        "engineer", "scientist", "official", "lawyer", "attorney", "doctor", "economist", "analyst", "diplomat", "envoy", "minister",
        "senator", "governor", "mayor", "congressman", "congresswoman", "activist", "executive", "founder", "chief", "spokesman",
        "spokeswoman", "teenager", "man", "woman", "mother", "father", "pastor", "priest", "general", "commander", "soldier",
    ]

    /// Why a sentence reads as the continuation of the one before it, or nil: it opens on a
    /// connective, begins in lower case (a fragment), on an auxiliary with no subject ("Had
    /// three husbands"), or names a person only by an epithet ("the Portuguese boss"), or
    /// points back with "such" ("such stripping").
    static func continuation(_ sentence: String) -> String? {
        var words = sentence.spaceSeparated
        guard let first = words.first else { return nil }
        // A sentence that opens on a quote opens on the speaker's words, not the reporter's.
        if let mark = sentence.first, !quoteMarks.contains(mark) {
            let opening = bareWord(first)
            if opening.first?.isLowercase == true { return "opens in lower case: a fragment of a longer sentence" }
            let lowered = words.prefix(6).map { bareWord($0).lowercased() }
            if connectives.contains(lowered[0]) { return "opens on “\(opening)”, which goes on from an earlier sentence" }
            let head = lowered.joined(separator: " ") + " "
            if let phrase = connectivePhrases.first(where: { head.hasPrefix($0 + " ") }) {
                return "opens on “\(phrase)”, which goes on from an earlier sentence"
            }
            if ["had", "has", "have", "is", "was", "were", "are", "will", "would", "could", "did"].contains(lowered[0]) {
                return "opens on “\(opening)” with no subject: a fragment"
            }
        }
        words = outsideQuotes(sentence).spaceSeparated
        // "Mr. Rastin also contributed …": "also" early in the sentence adds to what came before.
        if words.prefix(6).contains(where: { bareWord($0).lowercased() == "also" }) { return "“also” adds to an earlier sentence" }
        // "The Florida Senator lost …": a title after "The" and a place stands for a name given before.
        if words.count > 3, bareWord(words[0]) == "The", bareWord(words[1]).first?.isUppercase == true, titles.contains(bareWord(words[2])),
            bareWord(words[3]).first?.isUppercase != true
        {
            return "“The \(bareWord(words[1])) \(bareWord(words[2]))” stands for someone named in an earlier sentence"
        }
        for (position, word) in words.enumerated().dropFirst() where word.utf8.count <= 4 && word.utf8.first == UInt8(ascii: "i") && bareWord(word) == "it" {
            if ["did", "done", "do", "does", "doing"].contains(bareWord(words[position - 1]).lowercased()) {
                return "“\(bareWord(words[position - 1])) it” stands for something told in an earlier sentence"
            }
        }
        for (position, word) in words.enumerated() where position + 2 < words.count {
            guard let head = word.utf8.first, head == UInt8(ascii: "s") || head == UInt8(ascii: "t") || head == UInt8(ascii: "T") || head == UInt8(ascii: "S") else { continue }
            let lower = bareWord(word).lowercased()
            let next = bareWord(words[position + 1])
            if lower == "that", next.first?.isLowercase == true, words[position + 1].hasSuffix("'s") || words[position + 1].hasSuffix("\u{2019}s") {
                return "“that \(next)” points to an earlier sentence"
            }
            if lower == "such", next.first?.isLowercase == true, !["as", "a", "an"].contains(next) {
                return "“such \(next)” points to an earlier sentence"
            }
            // "the Portuguese boss", unless a name follows it ("the Portuguese boss José Mourinho").
            let noun = bareWord(words[position + 2])
            let followedByName = position + 3 < words.count && bareWord(words[position + 3]).first?.isUppercase == true
            if lower == "the", next.first?.isUppercase == true, epithetNouns.contains(noun.lowercased()), noun.first?.isLowercase == true,
                !followedByName, !words[position + 1].hasSuffix(",")
            {
                return "“the \(next) \(noun)” stands for someone named in an earlier sentence"
            }
        }
        return nil
    }

    /// Every run of two to four capitalised words the article writes (outside quotes, after
    /// a sentence's first word), by its last word: "Clinton" → {"Hillary Clinton", "Bill Clinton"}.
    static func namesBySurname(in facts: ArticleFacts) -> [String: Set<String>] {
        var sentences = Set<String>()
        for quote in facts.quotes { sentences.insert(quote.sentence) }
        for figure in facts.figures { sentences.insert(figure.sentence) }
        for date in facts.dates { sentences.insert(date.sentence) }
        if let title = facts.title { sentences.insert(title) }
        var found: [String: Set<String>] = [:]
        for sentence in sentences {
            let words = outsideQuotes(sentence).spaceSeparated
            // Each word trimmed and judged once: the runs below look at a word twice.
            let isName = words.map { word -> Bool in
                guard let head = word.utf8.first(where: { !isASCIIEdge($0) }), head >= UInt8(ascii: "A") && head <= UInt8(ascii: "Z") || head >= 0x80 else { return false }
                let bare = trimmed(word)
                return bare.count >= 2 && bare.first?.isUppercase == true && !StoryGrouping.notNames.contains(bare) && !titles.contains(bare)
                    && !calendarWords.contains(bare)
            }
            func isNameWord(_ index: Int) -> Bool { isName[index] }
            var position = 1
            while position < words.count {
                guard isNameWord(position) else { position += 1; continue }
                var end = position
                // A name ends at its possessive or its punctuation ("Anderson Cooper's", "Cooper,").
                while end + 1 < words.count, isNameWord(end + 1), !words[end].hasSuffix(","), !words[end].hasSuffix("'s"), !words[end].hasSuffix("\u{2019}s") { end += 1 }
                let run = (position...end).map { bareWord(words[$0]) }
                if run.count >= 2, run.count <= 4, let surname = run.last { found[surname, default: []].insert(run.joined(separator: " ")) }
                position = end + 1
            }
        }
        // Names in sentences that hold no fact ("Hillary Clinton" beside "Bill Clinton").
        for name in facts.fullNames {
            let words = name.spaceSeparated
            if words.count >= 2, words.count <= 4, let surname = words.last { found[String(surname), default: []].insert(name) }
        }
        return found
    }

    /// Surnames of the story's named speakers mapped to their full names, when the article
    /// gives no other name ending in them ("Bill" and "Hillary Clinton" leave "Clinton" alone;
    /// "Millennial Democrats" is no speaker).
    static func fullNames(_ bySurname: [String: Set<String>], speakers: some Sequence<String>) -> [String: String] {
        var result: [String: String] = [:]
        for speaker in speakers {
            // "Broadcaster Mara Quill": the two-word name the article also writes.
            // Exactly one two-word name ends in the surname, and every longer one ends in it:
            // "Clinton" with "Hillary Clinton" and "Bill Clinton" in the article is neither.
            guard let surname = speaker.spaceSeparated.last.map(String.init), let runs = bySurname[surname] else { continue }
            // A speaker named in three words: "Abdul Rahman Saif", "Mary Ann Vance" opening on a
            // known given name keep all three; "Broadcaster Mara Quill" opening on anything else
            // may carry a role, and keeps its last two words only when the article writes them
            // as a name of their own ("said Mara Quill"), else all three when it writes those
            // ("States, Jesse James Hollywood testified"). Every name ending in the surname must
            // be the same name, whole or in part; two words of three would be someone else.
            let speakerWords = speaker.spaceSeparated.map(String.init)
            // "Mohammed bin Salman": the word after "bin" is his father's name, and a lone
            // "Salman" is the father.
            if speakerWords.dropLast().contains(where: { Self.patronymicParticles.contains($0) }) {
                result[surname] = ""
                continue
            }
            if speakerWords.count >= 3 {
                let runWords = runs.map { $0.spaceSeparated.map(String.init) }
                let sameName = runWords.allSatisfy { words in
                    words.suffix(speakerWords.count) == speakerWords[...] || speakerWords.suffix(words.count) == words[...]
                }
                let writtenWhole = runWords.contains(speakerWords)
                let lastTwo = Array(speakerWords.suffix(2))
                let name: String
                if !sameName {
                    name = ""
                } else if GivenNames.contains(speakerWords[0]), writtenWhole {
                    name = speaker
                } else if runWords.contains(lastTwo) {
                    name = lastTwo.joined(separator: " ")
                } else {
                    name = writtenWhole ? speaker : ""
                }
                result[surname] = result[surname] == nil || result[surname] == name ? name : ""
                continue
            }
            let pairs = Set(runs.compactMap { run -> String? in
                let words = run.spaceSeparated
                return words.count >= 2 ? words.suffix(2).joined(separator: " ") : nil
            } + (speaker.spaceSeparated.count >= 2 ? [speaker.spaceSeparated.suffix(2).joined(separator: " ")] : []))
            guard pairs.count == 1, let name = pairs.first, result[surname] == nil || result[surname] == name else {
                result[surname] = ""
                continue
            }
            result[surname] = name
        }
        return result.filter { !$0.value.isEmpty }
    }

    /// Small words that open a surname: "Lo Verso", "de Blasio", "van der Berg", "bin Salman".
    /// A key or a surname answer that dropped them would name someone else.
    static let surnameParticles: Set<String> = [
        "lo", "la", "le", "de", "di", "da", "du", "del", "della", "dos", "das", "van", "von", "der", "den", "ter", "ten", "bin", "ibn",
        "al", "el", "st", "st.", "mac", "san",
    ]

    /// "son of" / "daughter of" in a name: the word after them names a parent.
    /// Lower-case as names write them ("Ben" capitalised is a given name), and "Bin", "Ibn".
    static let patronymicParticles: Set<String> = ["bin", "ibn", "bint", "ben", "binti", "binte", "ould", "Bin", "Ibn", "Bint"]

    /// The surname a learner may answer with, as the article writes it: "Standing Bear" for
    /// Geoffrey Standing Bear and "García Márquez" where the article never writes the last
    /// word alone ("Bear" would accept a wrong answer).
    ///
    /// Nil for a name of three words or more whose last word, and last two words, the article
    /// only ever writes inside the whole name ("said Ricardo Siu Chi Sen": his surname is Siu,
    /// and neither "Sen" nor "Chi Sen" is an answer to accept).
    static func surname(of name: String, asWrittenIn sentences: [String]) -> String? {
        let plain = surname(of: name)
        let words = name.spaceSeparated
        guard words.count >= 3, !plain.contains(" "), let last = words.last else { return plain }
        let before = words[words.count - 2], first = words[words.count - 3]
        guard before.first?.isUppercase == true else { return plain }
        var alone = false, pairAlone = false
        for sentence in sentences where containsWord(sentence, String(last)) {
            // The last word, or the last two, written once without the word before them.
            var rest = sentence[...]
            while let range = rest.range(of: String(last)) {
                let preceding = rest[..<range.lowerBound].spaceSeparated
                if preceding.last.map(String.init) != String(before) {
                    alone = true
                } else if preceding.dropLast().last.map(String.init) != String(first) {
                    pairAlone = true
                }
                rest = rest[range.upperBound...]
            }
        }
        if alone { return plain }
        return pairAlone ? "\(before) \(last)" : nil
    }

    /// "Mr. Guajardo Villarreal" where the article introduced Ildefonso Guajardo Villarreal:
    /// news copy writes a courtesy title before the surname alone, so a name of two words the
    /// article writes only after one (or inside the whole name) is a surname, not a shorter
    /// full name.
    static func writtenOnlyAfterCourtesyTitle(_ name: String, of fullName: String, in sentences: [String]) -> Bool {
        let givenNames = fullName.hasSuffix(" " + name) ? String(fullName.dropLast(name.count + 1)) : ""
        var titled = false
        for sentence in sentences {
            var rest = sentence[...]
            while let range = rest.range(of: name) {
                let preceding = rest[..<range.lowerBound]
                rest = rest[range.upperBound...]
                if !givenNames.isEmpty, preceding.hasSuffix(givenNames + " ") { continue }
                let before = preceding.spaceSeparated.last.map { String($0.hasSuffix(".") ? $0.dropLast() : $0) }
                guard let before, courtesyTitles.contains(before) else { return false }
                titled = true
            }
        }
        return titled
    }

    /// Titles news copy writes before a surname alone, never as part of a full name's first mention.
    static let courtesyTitles: Set<String> = ["Mr", "Mrs", "Ms", "Miss"]

    /// A person's surname with its particles: "Emmanuelle Lo Verso" → "Lo Verso".
    static func surname(of name: String) -> String {
        let words = name.spaceSeparated
        guard var start = words.indices.last else { return name }
        while start > 1, surnameParticles.contains(String(words[start - 1]).lowercased()) { start -= 1 }
        return words[start...].joined(separator: " ")
    }

    /// True when the article gives another person's full name ending in the speaker's
    /// surname ("Bill Clinton" beside "Hillary Clinton"): a lone "Clinton" may be either.
    static func surnameIsShared(_ speaker: String, _ bySurname: [String: Set<String>]) -> Bool {
        guard let surname = speaker.spaceSeparated.last.map(String.init), let first = speaker.spaceSeparated.first else { return false }
        return (bySurname[surname] ?? []).contains { run in
            run.spaceSeparated.first != first && !titles.contains(String(run.spaceSeparated.first ?? "")) && !speaker.hasSuffix(" " + run) && !run.hasSuffix(" " + speaker)
        }
    }

    /// The sentence with its first lone surname written out in full ("Cooper donated" →
    /// "Anderson Cooper donated"): a later reference names someone only for a reader who has
    /// read the earlier sentence. A surname after a title ("Mr. Trump") or beside another
    /// name is left as it is.
    static func withFullName(_ sentence: String, fullNames: [String: String]) -> String {
        guard !fullNames.isEmpty else { return sentence }
        let outside = outsideQuotes(sentence)
        let words = sentence.spaceSeparated
        for (position, word) in words.enumerated() {
            let bare = bareWord(word)
            guard let full = fullNames[bare], ByteText.contains(outside, bare), !ByteText.contains(sentence, full) else { continue }
            let previous = position > 0 ? trimmed(words[position - 1]) : ""
            let next = position + 1 < words.count ? trimmed(words[position + 1]) : ""
            if previous.first?.isUppercase == true && position > 0 && !word.hasPrefix("\u{201C}") { continue }
            if titles.contains(previous.hasSuffix(".") ? String(previous.dropLast()) : previous) { continue }
            // "the Obama administration": a name used as an adjective.
            if ["the", "a", "an"].contains(previous.lowercased()) { continue }
            if next.first?.isUppercase == true && !word.hasSuffix(",") { continue }
            // "Office of National Statistics": a word that heads a longer name.
            if !word.hasSuffix(","), ["of", "for"].contains(next) { continue }
            guard let range = word.range(of: bare) else { return sentence }
            var rewritten = words.map(String.init)
            rewritten[position] = String(word[..<range.lowerBound]) + full + String(word[range.upperBound...])
            return rewritten.joined(separator: " ")
        }
        return sentence
    }

    /// "voted for a resolution3 calling for …": a lower-case word with a footnote's digit glued
    /// to it, copied from a saved page's markup. Both readers struck it (session 19). Nil when
    /// no word is so marked; the word when one is.
    static func footnoteMarked(_ sentence: String) -> String? {
        for word in sentence.spaceSeparated where ScalarText.mayHoldNumber(word) {
            let bare = word.drop { !$0.isLetter }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed()
            let letters = bare.prefix { $0.isLetter }
            let digits = bare.dropFirst(letters.count)
            if letters.count >= 4, letters.allSatisfy(\.isLowercase), (1...2).contains(digits.count), digits.allSatisfy(\.isNumber) {
                return String(bare)
            }
        }
        return nil
    }

    /// The sentence between quote marks, unless it opens on a quote of its own: ““The locus
    /// …,” said Kamarck” reads as broken.
    static func quoted(_ sentence: String) -> String {
        if let first = sentence.first, doubleOpen.contains(first) { return sentence }
        return "“" + sentence + "”"
    }

    static let gluedDatelineAgencies: Set<String> = ["CNN", "AP", "Reuters", "AFP", "UPI"]

    /// The phrase stands in the text as whole words: "980" in "— 980 CJME", not in "1980".
    static func containsWord(_ text: String, _ phrase: String) -> Bool {
        if let found = CanonicalSearch.containsWholeWord(text, phrase) { return found }
        var rest = text[...]
        while let range = rest.range(of: phrase) {
            let before = rest[..<range.lowerBound].last, after = rest[range.upperBound...].first
            if !(before?.isLetter == true || before?.isNumber == true), !(after?.isLetter == true || after?.isNumber == true) { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    /// Agency datelines ("PURCHASE, N.Y., April 1 (UPI) — "): the story starts after them.
    static func withoutDateline(_ sentence: String) -> String {
        // "United Nations, New York (CNN)US Ambassador …": CNN's dateline, glued to the story.
        if let close = CanonicalSearch.range(of: ")", in: sentence), sentence.distance(from: sentence.startIndex, to: close.lowerBound) < 70,
            let open = sentence[..<close.lowerBound].lastIndex(of: "("),
            gluedDatelineAgencies.contains(String(sentence[sentence.index(after: open)..<close.lowerBound])),
            let next = sentence[close.upperBound...].first, next.isUppercase || next == " " && sentence[close.upperBound...].dropFirst().first?.isUppercase == true
        {
            let rest = sentence[close.upperBound...].drop { $0 == " " || $0 == "\u{2014}" || $0 == "-" || $0 == "\u{2013}" }
            if rest.first?.isUppercase == true { return String(rest) }
        }
        // "HAVANA   Military divers …": a dateline whose dash was lost, set off by spaces.
        if let gap = sentence.byteRange(of: "  "), sentence.distance(from: sentence.startIndex, to: gap.lowerBound) < 40 {
            let head = sentence[..<gap.lowerBound]
            let rest = sentence[gap.upperBound...].drop { $0 == " " }
            if head.count > 2, head.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "." || $0 == "," }), rest.first?.isUppercase == true {
                return String(rest)
            }
        }
        for dash in [" \u{2014} ", " - ", " \u{2013} ", "\u{2014}"] {
            guard let range = sentence.byteRange(of: dash), sentence.distance(from: sentence.startIndex, to: range.lowerBound) < 70 else { continue }
            let head = sentence[..<range.lowerBound]
            let agency: Bool = {
                guard head.hasSuffix(")"), let open = head.lastIndex(of: "(") else { return false }
                let inner = head[head.index(after: open)..<head.index(before: head.endIndex)]
                return inner.first?.isUppercase == true && inner.allSatisfy { $0.isLetter || $0 == "." }
            }()
            let city = head.split(separator: ",").first.map { $0.count > 2 && $0.allSatisfy { $0.isUppercase || $0 == " " || $0 == "." } } ?? false
            if agency || city { return String(sentence[range.upperBound...]) }
        }
        return sentence
    }

    /// "Robert Stone, a 59-year-old from Hilton Head", "Ada Lund, 54, of Varna": a name
    /// followed at once by an age, the way news copy introduces people in the street.
    static func describesByAge(_ name: String, in sentence: String) -> Bool {
        guard let surname = name.spaceSeparated.last, let range = sentence.byteRange(of: String(surname)) else { return false }
        let next = sentence[range.upperBound...].spaceSeparated.prefix(3).map { trimmed($0).lowercased() }
        guard sentence[range.upperBound...].hasPrefix(",") else { return false }
        let words = next.filter { !$0.isEmpty }
        return words.contains { $0.hasSuffix("-year-old") } || words.first.map { $0.count <= 3 && $0.allSatisfy(\.isNumber) } == true
    }

    /// "Donald Trump signs autographs at a rally on February 27, 2016 in Millington,
    /// Tennessee.": a caption's present tense, full date and place.
    static func isPhotoCaption(_ sentence: String) -> Bool {
        // Most sentences have no ", 2016 in": found without splitting them into words.
        guard ByteText.contains(sentence, ", 20") || ByteText.contains(sentence, ", 19") else { return false }
        let words = sentence.spaceSeparated.map { bareWord($0) }
        guard let on = words.firstIndex(of: "on"), on + 4 < words.count, Context.months.contains(words[on + 1]),
            words[on + 3].count == 4, words[on + 3].allSatisfy(\.isNumber), words[on + 4] == "in"
        else { return false }
        return words.prefix(on).contains { $0.count > 3 && $0.hasSuffix("s") && !$0.hasSuffix("ss") && $0.first?.isLowercase == true && !singularInS.contains($0) && captionVerbs.contains($0) }
    }

    static let captionVerbs: Set<String> = ["signs", "speaks", "waves", "arrives", "gestures", "listens", "smiles", "walks", "stands", "holds",
                                            "greets", "looks", "talks", "shakes", "addresses", "attends", "leaves", "poses", "reacts", "campaigns"]

    /// Lines every article of an outlet carries, or notes about the article itself.
    static func isBoilerplate(_ sentence: String) -> Bool {
        let lowered = ByteText.lowercased(sentence)
        return ["editor’s note", "editor's note", "airs on", "follow us", "sign up", "click here", "contributed to this report", "copyright",
                "all rights reserved", "subscribe", "newsletter", "listen to", "watch live", "email ", "margin of error", "<tweet", "</", "=\"",
                "http://", "https://", "www.", "read part", "read more", "(@", "pic.twitter", "now you can", "you can hear",
                " speaks at ", " speaks during ", " gestures ", " looks on", " waves to ", "(photo", "photo:", "getty images", "ap photo", "reuters/",
                "random sample", "landline", "was conducted", "were conducted", "sampling error", "this story has been corrected",
                "an earlier version of this", "correction:", "this article has been updated", "this story has been updated",
                "cover image", "image credit", "image:", "video:", "watch:", "news flash", "top headlines", "hollywood nation", "\u{00C3}", "\u{00E3}", "\u{00E2}\u{20AC}"].contains { ByteText.contains(lowered, $0) }
    }

    /// A wire market report's data line: it names instruments by their codes ("CMCU3",
    /// "EUR=", ".DXY", "US10YT=RR"). Its prices and rates are the day's readings, not facts
    /// a reader keeps.
    static func isMarketDataLine(_ sentence: String) -> Bool {
        if isIndexReport(sentence) { return true }
        // "JPMorgan Chase & Co. (NYSE: JPM) traded up 0.77% at $63.03", "Volume is about a third
        // higher than the daily average of around 650,000 shares": a stock's day in the market.
        if ["(NYSE:", "(Nasdaq:", "(NASDAQ:", "(NYSEMKT:", "(AMEX:"].contains(where: { ByteText.contains(sentence, $0) }) { return true }
        if sentence.hasPrefix("Volume "), ByteText.contains(sentence, " shares") { return true }
        return sentence.utf8.split(separator: UInt8(ascii: " ")).contains { word in
            let trimmed = word.drop { $0 == UInt8(ascii: "(") }.reversed().drop { ",;:)".utf8.contains($0) }.reversed()
            return isInstrumentCode(Array(trimmed))
        }
    }

    /// "The Dow Jones industrial average closed down 24.11 points, or 0.1 percent, to
    /// 18,432.24": the day's market report, whose points and closes nobody learns.
    static func isIndexReport(_ sentence: String) -> Bool {
        guard ByteText.contains(sentence, " points") else { return false }
        let lowered = sentence.lowercased()
        return ["dow jones", "the dow ", "s&p 500", "standard & poor", "nasdaq", "ftse", "nikkei", "dax", "stock index", "industrial average", "hang seng"]
            .contains { ByteText.contains(lowered, $0) }
    }

    /// "EUR=", "US10YT=RR", ".DXY", "CMCU3": a code, not a word or a name ("MH17", "G7", "NATO").
    private static func isInstrumentCode(_ word: [UInt8]) -> Bool {
        let isCapital = { (byte: UInt8) in byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard let first = word.first else { return false }
        if word.count >= 4, isCapital(first), word.contains(UInt8(ascii: "=")) { return true }
        if word.count >= 3, first == UInt8(ascii: "."), word.dropFirst().allSatisfy(isCapital) { return true }
        let letters = word.prefix(while: isCapital).count
        return letters >= 4 && letters < word.count && word[letters...].allSatisfy(isDigit)
    }

    /// "Q: Favorite purchase in the last 5 years", "17) Polaroid camera": an interview's
    /// question or a list's numbered entry.
    static func isInterviewLabel(_ sentence: String) -> Bool {
        if sentence.hasPrefix("Q:") || sentence.hasPrefix("Q.") || sentence.hasPrefix("A:") { return true }
        // A fact-check's "Claim:" line is the rumour under review, never a fact to teach.
        if ["Claim:", "Rating:", "Origin:", "Rumor:", "Rumour:", "Verdict:"].contains(where: { sentence.hasPrefix($0) }) { return true }
        let number = sentence.prefix { $0.isNumber }
        return !number.isEmpty && number.count <= 3 && sentence.dropFirst(number.count).first == ")"
    }

    /// A line of a list rather than a sentence: "Aug. 3 -- PNC Bank Arts Center, Holmdel, NJ"
    /// holds names and numbers but hardly a lower-case word.
    static func isListLine(_ sentence: String) -> Bool {
        var lowerCaseWords = 0
        for word in sentence.utf8.split(whereSeparator: { $0 < 0x80 && !isASCIILetter($0) }) where word.count > 1 {
            guard word.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { continue }
            lowerCaseWords += 1
            if lowerCaseWords >= 3 { return false }
        }
        return true
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    /// A sentence in another script ("Полине 30 лет") inside an English article: its words
    /// cannot be checked by English rules.
    static func isForeignScript(_ sentence: String) -> Bool {
        if sentence.utf8.allSatisfy({ $0 < 0x80 }) { return false }
        var latin = 0, other = 0
        for scalar in sentence.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.value < 0x250 { latin += 1 } else { other += 1 }
        }
        return other > latin
    }

    /// True when the sentence's double quote marks do not pair up: it was cut inside a quote.
    static func hasUnpairedQuotes(_ sentence: String) -> Bool {
        var straight = 0, opens = 0, closes = 0
        for scalar in sentence.unicodeScalars {
            if scalar == "\"" { straight += 1 } else if scalar == "\u{201C}" { opens += 1 } else if scalar == "\u{201D}" { closes += 1 }
        }
        return straight % 2 == 1 || opens != closes || ByteText.contains(sentence, "''")
    }

    /// A number token's value: "1,000" → 1000, "G8" has none, "785" → 785.
    static func numbers(in text: String) -> [Double] {
        var values: [Double] = []
        var digits: [UInt8] = []
        func flush() {
            while let last = digits.last, last == UInt8(ascii: ",") || last == UInt8(ascii: ".") { digits.removeLast() }
            if !digits.isEmpty, let value = Double(String(decoding: digits.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self)) { values.append(value) }
            digits.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || ((byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")) && !digits.isEmpty) {
                digits.append(byte)
            } else {
                flush()
            }
        }
        flush()
        return values
    }

    /// The numbers written in digits with the scale word after them read in, each with half
    /// the unit of its last written digit where it is rounded: "6.843 million tons" is
    /// 6,843,000 give or take 500, "7.25 million" give or take 5,000; "407,900 tons" is exact.
    /// Years ("in 2016") are left out: they are dates, not amounts.
    static func scaledNumbers(in text: String) -> [(value: Double, halfUnit: Double)] {
        let words = text.spaceSeparated.map(bareWord)
        return words.indices.compactMap { index in
            let digits = words[index].filter { $0 != "," }
            guard let number = Double(digits) else { return nil }
            let scale = (index + 1 < words.count ? NumberWords.scales[words[index + 1].lowercased()] : nil) ?? 1
            let decimals = digits.firstIndex(of: ".").map { digits.distance(from: $0, to: digits.endIndex) - 1 } ?? 0
            if scale == 1, decimals == 0, number >= 1800, number <= 2100 { return nil }
            return (number * scale, scale > 1 ? 0.5 * scale / pow(10, Double(decimals)) : 0)
        }
    }

    /// Digit runs glued to letters ("G8", "F1", "Covid-19" counts as glued by its hyphen): numbers that are names.
    static func gluedDigits(in text: String) -> [String] {
        var runs: [String] = []
        for word in text.spaceSeparated {
            let bare = bareWord(word)
            guard bare.contains(where: \.isLetter), bare.contains(where: \.isNumber) else { continue }
            runs += bare.split(whereSeparator: { !$0.isNumber }).map(String.init)
        }
        return runs
    }

    static let spelled = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
}

extension StringProtocol {
    /// The words between spaces: `split(separator: " ")` walks Characters, and generation
    /// splits every sentence many times. Read off the UTF-8 bytes where they lie in one
    /// buffer (a space is the byte 0x20, never part of another scalar, so each word's bounds
    /// are scalar boundaries); walked on Unicode scalars otherwise.
    var spaceSeparated: [SubSequence] {
        let fromBytes = utf8.withContiguousStorageIfAvailable { bytes -> [SubSequence] in
            var words: [SubSequence] = []
            let first = utf8.startIndex
            func index(_ offset: Int) -> String.Index { utf8.index(first, offsetBy: offset) }
            var start = -1
            for offset in 0..<bytes.count {
                if bytes[offset] == UInt8(ascii: " ") {
                    if start >= 0 { words.append(self[index(start)..<index(offset)]) }
                    start = -1
                } else if start < 0 {
                    start = offset
                }
            }
            if start >= 0 { words.append(self[index(start)..<utf8.endIndex]) }
            return words
        }
        if let fromBytes { return fromBytes }
        var words: [SubSequence] = []
        let scalars = self.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index != scalars.endIndex {
            if scalars[index] == " " {
                if let begun = start { words.append(self[begun..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = scalars.index(after: index)
        }
        if let begun = start { words.append(self[begun..<scalars.endIndex]) }
        return words
    }
}
