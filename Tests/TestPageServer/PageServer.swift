import Foundation

/// The local web server of Tests/Fixtures/web/page_server.py (fixture pages, redirects, a
/// 404, a slow answer, a PDF, an oversize body, gzip…), started once per test process on a
/// free port of 127.0.0.1. It exits when the test process does: its stdin closes.
///
/// A plain target rather than a test target, so every test target that fetches can share it.
public enum PageServer {
    public struct StartFailure: Error, CustomStringConvertible {
        public var description: String
    }

    public static let port: Result<Int, StartFailure> = start()

    /// The server runs as long as the pipe to its stdin stays open, so both are kept here.
    nonisolated(unsafe) private static var running: (Process, Pipe)?

    /// `path` on the server (`/article.html`); throws when the server could not start.
    public static func url(_ path: String) throws -> URL {
        guard let url = URL(string: "http://127.0.0.1:\(try port.get())\(path)") else {
            throw StartFailure(description: "'\(path)' makes no valid address")
        }
        return url
    }

    /// Tests/Fixtures/web, with the fixture pages in `pages/`.
    public static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/web")
    }

    public static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent("pages/\(name)")))
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
