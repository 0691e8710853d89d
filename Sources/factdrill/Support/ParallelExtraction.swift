import Dispatch
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
        forEach(inputs, transform: { FactExtractor.facts(in: try $0.article(published: published)) }) {
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

extension ParallelExtraction {
    /// Calls `body` with each article's result in order, working through the inputs in
    /// batches on every core: output keeps the articles' order and memory holds one
    /// batch, however large the archive.
    static func forEach<Item: Sendable, T>(
        _ items: [Item], batch: Int = 64, transform: @escaping @Sendable (Item) throws -> T, body: (Item, Result<T, any Error>) -> Void
    ) {
        var start = 0
        while start < items.count {
            let chunk = Array(items[start..<min(items.count, start + batch)])
            let results = ResultSlots<T>(count: chunk.count)
            DispatchQueue.concurrentPerform(iterations: chunk.count) { index in
                results.set(index, Result { try transform(chunk[index]) })
            }
            for (item, result) in zip(chunk, results.values()) { body(item, result) }
            start += batch
        }
    }
}

/// One slot per index, each written by exactly one worker: raw memory, so concurrent
/// writes to different slots are not accesses to one Swift array.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result<Value, any Error>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ result: Result<Value, any Error>) { slots[index] = result }

    func values() -> [Result<Value, any Error>] { slots.map { $0! } }
}
