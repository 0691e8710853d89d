import FactExtraction
import TextMachinery

/// Extracts many articles on every core, results in the articles' order. Articles are
/// independent and extraction has no shared state, so a bank from a thousand articles
/// is built in half the time on two cores.
enum ParallelExtraction {
    /// A saved page with no article is reported through `badPage` and left out, so one
    /// home page among a hundred saved pages does not stop the bank; any other failure
    /// (the first in order, as a sequential run would) is thrown.
    static func facts(inputs: [ArticleInput], published: CalendarDay?, badPage: (PageFailure) -> Void = { _ in }) throws -> [ArticleFacts] {
        var results: [Result<ArticleFacts, any Error>] = []
        let progress = ReadProgress(total: inputs.lazy.filter(\.isPage).count)
        InOrder.forEach(inputs, transform: { FactExtractor.facts(in: try $0.article(published: published)) }) {
            if $0.isPage { progress.advance() }
            results.append($1)
        }
        progress.clear()
        var facts: [ArticleFacts] = []
        for result in results {
            switch result {
            case .success(let article): facts.append(article)
            case .failure(let failure as PageFailure): badPage(failure)
            case .failure(let error): throw error
            }
        }
        return facts
    }
}
