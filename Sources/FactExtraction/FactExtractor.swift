import TextMachinery
/// Extracts the checkable facts of an article: quotes with speakers, figures, dates.
public enum FactExtractor {
    public static func facts(in article: Article) -> ArticleFacts {
        var sentences: [TokenizedSentence] = []
        article.scalars.withUnsafeBufferPointer { scalars in
            article.ascii.withUnsafeBufferPointer { ascii in
                for (index, paragraph) in article.paragraphs.enumerated() where !paragraph.isBoilerplate {
                    for range in paragraph.sentences {
                        let tokens = Tokenizer.tokens(in: scalars, ascii: ascii, range: range)
                        sentences.append(TokenizedSentence(paragraph: index, range: range, tokens: tokens))
                    }
                }
            }
        }
        let memo = SentenceMemo(article: article, sentences: sentences)
        let quoteExtractor = QuoteExtractor(article: article, sentences: sentences, memo: memo)
        let quotes = quoteExtractor.quotes()
        let figures = FigureExtractor(article: article, sentences: sentences, memo: memo).figures()
        let dates = DateExtractor(article: article, sentences: sentences, memo: memo).dates()
        var facts = ArticleFacts(
            article: article.fileName, title: article.title, source: article.source,
            published: article.published?.description, quotes: quotes, figures: figures, dates: dates, url: article.url)
        facts.fullNames = quoteExtractor.people.fullNames
        facts.spelledOut = Acronyms.spelledOut(in: article)
        if let first = sentences.indices.first(where: { !article.paragraphs[sentences[$0].paragraph].isHeadline }) {
            facts.lede = memo.text(first)
        }
        return facts
    }
}
