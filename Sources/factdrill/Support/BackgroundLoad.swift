import Dispatch

/// A value computed on another core while this one does something else: the quiz reads
/// the progress folder while it parses the banks, which are independent (about a third
/// off the start-up with a 20,000-item bank).
final class BackgroundLoad<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// Waits for the value; rethrows what the work threw.
    func value() throws -> Value {
        done.wait()
        done.signal()  // later calls return at once
        return try result!.get()
    }
}
