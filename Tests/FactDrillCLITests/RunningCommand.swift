#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The built binary running in the background with its stdin a pipe the test keeps
/// open, so a test can wait for output, send a signal and see whether (and how) it ends.
final class RunningCommand: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let lock = NSLock()
    private var outBytes = Data()
    private var errBytes = Data()
    private let readers = DispatchGroup()

    init(_ arguments: [String], environment extra: [String: String] = [:]) throws {
        process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("factdrill")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { $1 }
        process.environment = environment
        process.currentDirectoryURL = CommandRunner.repositoryRoot
        let output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        collect(output.fileHandleForReading) { self.outBytes.append($0) }
        collect(errors.fileHandleForReading) { self.errBytes.append($0) }
    }

    private func collect(_ handle: FileHandle, into append: @escaping @Sendable (Data) -> Void) {
        readers.enter()
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.lock()
                append(chunk)
                lock.unlock()
            }
            readers.leave()
        }
    }

    var stdout: String { lock.withLock { String(decoding: outBytes, as: UTF8.self) } }
    var stderr: String { lock.withLock { String(decoding: errBytes, as: UTF8.self) } }

    func type(_ text: String) { input.fileHandleForWriting.write(Data(text.utf8)) }

    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Polls until `text` appears on stdout or `seconds` pass.
    func waitFor(_ text: String, seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if stdout.contains(text) { return true }
            usleep(20_000)
        }
        return false
    }

    /// The exit status, or nil (after SIGKILL) when it has not ended within `seconds`.
    func waitForExit(seconds: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        try? input.fileHandleForWriting.close()
        readers.wait()
        return process.terminationStatus
    }
}
