import Foundation
import Testing

/// The local web server of Fixtures/page_server.py, started once for the whole test run on
/// a free port of 127.0.0.1. It exits when this process does (its stdin closes).
enum PageServer {
    struct StartFailure: Error, CustomStringConvertible {
        var description: String
    }

    static let port: Result<Int, StartFailure> = start()

    /// The server runs as long as the pipe to its stdin stays open, so both are kept here.
    nonisolated(unsafe) private static var running: (Process, Pipe)?

    static func url(_ path: String) throws -> URL {
        try #require(URL(string: "http://127.0.0.1:\(port.get())\(path)"))
    }

    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    private static func start() -> Result<Int, StartFailure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", fixtures.appendingPathComponent("page_server.py").path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        do { try process.run() } catch { return .failure(StartFailure(description: "cannot start python3: \(error)")) }
        running = (process, input)
        var line: [UInt8] = []
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let port = Int(text) else { return .failure(StartFailure(description: "page_server.py printed '\(text)', not a port")) }
        return .success(port)
    }
}
