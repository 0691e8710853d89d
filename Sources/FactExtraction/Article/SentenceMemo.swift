import TextMachinery
/// What quotes, figures and dates all ask of a sentence — its text, and who it says
/// claims its facts — worked out once per sentence and shared: a sentence with a figure
/// and a date used to have both made twice.
final class SentenceMemo {
    private let article: Article
    private let sentences: [TokenizedSentence]
    private var texts: [String?]
    private var sources: [String??]

    init(article: Article, sentences: [TokenizedSentence]) {
        self.article = article
        self.sentences = sentences
        texts = Array(repeating: nil, count: sentences.count)
        sources = Array(repeating: nil, count: sentences.count)
    }

    func text(_ sentence: Int) -> String {
        if let known = texts[sentence] { return known }
        let text = article.text(sentences[sentence].range)
        texts[sentence] = text
        return text
    }

    /// `ClaimSource.source(in:)` of the sentence.
    func source(_ sentence: Int) -> String? {
        if let known = sources[sentence] { return known }
        let source = ClaimSource.source(in: sentences[sentence].tokens)
        sources[sentence] = .some(source)
        return source
    }
}
