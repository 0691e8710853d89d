import Dispatch

/// Work on independent items spread over every core, with results handed back in the
/// items' order, so output is the same as a one-at-a-time run's, only sooner. For work
/// with no shared mutable state: articles read, extracted or turned into candidates.
public enum InOrder {
    /// Calls `body` with each item's result in order, working through the items in
    /// batches: memory holds one batch's results, however many items there are.
    public static func forEach<Item: Sendable, T>(
        _ items: [Item], batch: Int = 64, transform: @escaping @Sendable (Item) throws -> T, body: (Item, Result<T, any Error>) -> Void
    ) {
        var start = 0
        while start < items.count {
            let chunk = Array(items[start..<min(items.count, start + batch)])
            let results = ResultSlots<Result<T, any Error>>(count: chunk.count)
            DispatchQueue.concurrentPerform(iterations: chunk.count) { index in
                results.set(index, Result { try transform(chunk[index]) })
            }
            for (item, result) in zip(chunk, results.values()) { body(item, result) }
            start += batch
        }
    }

    /// `(0..<count).map(transform)`, each index's work done on whichever core is free.
    public static func map<T>(count: Int, transform: @escaping @Sendable (Int) -> T) -> [T] {
        let results = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in results.set(index, transform(index)) }
        return results.values()
    }
}

/// One slot per index, each written by exactly one worker: raw memory, so concurrent
/// writes to different slots are not accesses to one Swift array.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: Value) { slots[index] = value }

    func values() -> [Value] { slots.map { $0! } }
}
