import FactExtraction
import TextMachinery

/// "1,000 islanders signed the petition" after "A petition calling to limit rents …": news
/// copy introduces a thing with "a" and names it again with "the", which a prompt shown alone
/// leaves unexplained. Made once per article from its fact-bearing sentences and its lede (the
/// only sentences at hand, so an introduction anywhere else goes unseen): each noun written
/// after a whole-word "a" or "an" (not "a number of", "an average of"), with where it first is.
struct Introductions {
    private(set) var article: String?
    /// Where each sentence starts, and where each introduced noun first is.
    private var starts: [String: Int] = [:]
    private var firstIntroduced: [String: Int] = [:]

    init() {}

    init(_ facts: ArticleFacts) {
        article = facts.article
        starts = Context.sentenceStarts(in: facts)
        var sentences = starts
        if let lede = facts.lede, sentences[lede] == nil { sentences[lede] = -1 }
        for (sentence, start) in sentences {
            let words = ByteText.lowercased(sentence).spaceSeparated.map(PromptText.bareWord)
            for index in words.indices.dropLast() where words[index] == "a" || words[index] == "an" {
                if index + 2 < words.count, words[index + 2] == "of" { continue }
                let noun = words[index + 1]
                firstIntroduced[noun] = min(firstIntroduced[noun] ?? .max, start)
            }
        }
    }

    /// The noun of a "the X" in `sentence` (X ending its phrase, not a time word) that an
    /// earlier sentence introduced, or nil.
    func introducedEarlier(in sentence: String) -> String? {
        guard !firstIntroduced.isEmpty, let start = starts[sentence] else { return nil }
        let words = sentence.spaceSeparated
        for position in words.indices.dropFirst().dropLast() where words[position].lowercased() == "the" {
            let written = words[position + 1]
            let noun = PromptText.bareWord(written)
            guard noun.count > 3, let first = firstIntroduced[noun], first < start,
                noun.allSatisfy({ $0.isLetter && $0.isLowercase }), !PromptText.timeNouns.contains(noun)
            else { continue }
            // "the petition within a week", "the petition.": the noun ends its phrase; "the
            // average landlord" uses it as a modifier, and "the share of voters" pins it down.
            if written.last.map({ !$0.isLetter }) == true || position + 2 == words.count
                || Self.phraseEnders.contains(PromptText.bareWord(words[position + 2]).lowercased())
            {
                return noun
            }
        }
        return nil
    }

    /// Words after a noun that end its phrase: prepositions, auxiliaries, conjunctions.
    static let phraseEnders: Set<String> = ["in", "on", "at", "to", "from", "by", "with", "within", "after", "before", "and", "or", "but",
                                            "was", "is", "has", "had", "were", "are", "will", "would", "could", "said", "says", "that", "which"]
}
