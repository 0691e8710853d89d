import Foundation

/// Runs the built `factdrill` binary as a script would, with its own environment
/// and a temporary data folder, and captures what it printed.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CommandRunner {
    /// The build folder holding both the test bundle and the `factdrill` binary.
    static var productsDirectory: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        // On Linux the test binary is `…/debug/FactDrillPackageTests.xctest`; on macOS a bundle.
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("factdrill").path),
            directory.path != "/"
        {
            directory = directory.deletingLastPathComponent()
        }
        return directory
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// - Parameters:
    ///   - executable: another program than factdrill (`/bin/sh` for a pipeline).
    ///   - stdoutPath: a file standard output goes to (such as /dev/full); `stdout` is then empty.
    static func run(
        _ arguments: [String], stdin: String = "", environment extra: [String: String] = [:],
        dataHome: URL? = nil, executable: URL? = nil, stdoutPath: String? = nil
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable ?? productsDirectory.appendingPathComponent("factdrill")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["XDG_DATA_HOME"] = (dataHome ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("factdrill-test-\(UUID().uuidString)")).path
        environment.merge(extra) { $1 }
        process.environment = environment
        process.currentDirectoryURL = repositoryRoot
        let input = Pipe(), output = Pipe(), errors = Pipe()
        let file = try stdoutPath.map { path in
            guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileNoSuchFile) }
            return handle
        }
        defer { try? file?.close() }
        process.standardInput = input
        process.standardOutput = file ?? output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a chatty command cannot block on a full pipe.
        let outData = file == nil ? output.fileHandleForReading.readDataToEndOfFile() : Data()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
