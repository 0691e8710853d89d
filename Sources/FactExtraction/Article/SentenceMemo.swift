import TextMachinery
/// What quotes, figures and dates all ask of a sentence — its text, and who it says
/// claims its facts — worked out once per sentence and shared: a sentence with a figure
/// and a date used to have both made twice.
final class SentenceMemo {
    private let article: Article
    private let sentences: [TokenizedSentence]
    private var texts: [String?]
    private var claimants: [ClaimSource.Claimant??]

    init(article: Article, sentences: [TokenizedSentence]) {
        self.article = article
        self.sentences = sentences
        texts = Array(repeating: nil, count: sentences.count)
        claimants = Array(repeating: nil, count: sentences.count)
    }

    func text(_ sentence: Int) -> String {
        if let known = texts[sentence] { return known }
        let text = article.text(sentences[sentence].range)
        texts[sentence] = text
        return text
    }

    /// Who the sentence says claims the fact at token `position` (`ClaimSource`).
    func source(_ sentence: Int, at position: Int) -> String? {
        if let known = claimants[sentence] { return known.flatMap { $0.reach.contains(position) ? $0.name : nil } }
        let claimant = ClaimSource.claimant(in: sentences[sentence].tokens)
        claimants[sentence] = .some(claimant)
        return claimant.flatMap { $0.reach.contains(position) ? $0.name : nil }
    }

    /// How the article writes a word elsewhere, by its lower-cased form: wholly in lower case
    /// ("residents"), or capitalised ("Merseyside"). One it also writes in capitals
    /// ("RESIDENTS say …", a regional paper's lede) may be that word shouted, not an acronym.
    func writesInLowerCase(_ word: Word) -> Bool {
        readCases()
        return lowerCaseWords!.contains(word)
    }

    func writesCapitalised(_ word: Word) -> Bool {
        readCases()
        return capitalisedWords!.contains(word)
    }

    private func readCases() {
        guard lowerCaseWords == nil else { return }
        var lower = Set<Word>(), capitalised = Set<Word>()
        for token in sentences.lazy.flatMap(\.tokens) where token.isWord && !PersonIndex.isAllCapitals(token.bareText) {
            if token.isCapitalized { capitalised.insert(token.lowered) } else { lower.insert(token.lowered) }
        }
        lowerCaseWords = lower
        capitalisedWords = capitalised
    }

    private var lowerCaseWords: Set<Word>?
    private var capitalisedWords: Set<Word>?
}
