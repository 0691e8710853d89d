import Foundation

/// Finds the banks that ship with FactDrill, so `factdrill quiz` works with no arguments
/// from a checkout (`swift run`) as well as from an installed copy.
enum BundledBanks {
    static let folderName = "QuestionBanks"

    /// `$FACTDRILL_BANKS`, then `share/factdrill/QuestionBanks` beside an installed
    /// binary, then the nearest `QuestionBanks/` above the binary (a build folder inside
    /// a checkout), then one in the working directory.
    static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let fileManager = FileManager.default
        func isDirectory(_ url: URL) -> Bool {
            var flag: ObjCBool = false
            return fileManager.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
        }
        if let override = environment["FACTDRILL_BANKS"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let binDirectory = executable.deletingLastPathComponent()
        let installed = binDirectory.deletingLastPathComponent().appendingPathComponent("share/factdrill/\(folderName)")
        if isDirectory(installed) { return installed }
        var directory = binDirectory
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent(folderName)
            if isDirectory(candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        let local = URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent(folderName)
        return isDirectory(local) ? local : nil
    }

    /// The bank files in a folder, in name order so sessions are reproducible.
    static func bankFiles(in directory: URL) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw CommandFailure(message: "\(directory.path): cannot list the folder", exitCode: ExitStatus.ioFailure)
        }
        return names.sorted()
            .filter { $0.hasSuffix(".json") || $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".gift") }
            .map { directory.appendingPathComponent($0).path }
    }
}
