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

    /// Words the article writes with lower-case letters somewhere ("Merseyside"), by their
    /// lower-cased form: one it also writes in capitals ("MERSEYSIDE council leaders …", a
    /// regional paper's lede) is that word shouted, not an acronym.
    func writesOtherThanInCapitals(_ word: Word) -> Bool {
        if mixedCaseWords == nil {
            mixedCaseWords = Set(sentences.lazy.flatMap(\.tokens).filter { $0.isWord && !PersonIndex.isAllCapitals($0.bareText) }.map(\.lowered))
        }
        return mixedCaseWords!.contains(word)
    }

    private var mixedCaseWords: Set<Word>?
}
