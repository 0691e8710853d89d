import Foundation

/// `parameters.json`: FSRS parameters fitted to this learner's own history by
/// `schedule optimize --save`, which `quiz` and `stats` schedule with instead of the
/// defaults. Versioned and replaced atomically like the other progress files; removing
/// it (`--reset`) goes back to the defaults. The review log is never touched.
///
///     {"format": "factdrill-parameters", "version": 1, "parameters": [21 numbers],
///      "reviews": 1234, "fitted": "2026-03-01T09:00:00Z", "log_loss": 0.31}
public struct PersonalParameters: Codable, Sendable, Equatable {
    public static let fileName = "parameters.json"
    static let formatName = "factdrill-parameters"
    public static let currentVersion = 1

    public var parameters: [Double]
    /// Reviews the fit was scored on.
    public var reviews: Int
    /// When they were fitted (the caller's clock: the library never reads it).
    public var fitted: Date
    public var logLoss: Double

    public init(parameters: [Double], reviews: Int, fitted: Date, logLoss: Double) {
        self.parameters = parameters
        self.reviews = reviews
        self.fitted = fitted
        self.logLoss = logLoss
    }

    /// The saved parameters, or nil when there are none (the defaults are in use).
    /// - Throws: `StudyError.corruptProgress` for a file that is not what `--save` writes
    ///   (silently scheduling with the defaults would hide it), `newerProgressFormat`
    ///   for a newer version, `unusableDataDirectory` when it cannot be read.
    public static func load(from directory: URL) throws -> PersonalParameters? {
        // A progress "folder" that is a file is the progress store's to report, in its words.
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        let url = directory.appendingPathComponent(fileName)
        guard let data = try FileIO.contents(of: url) else { return nil }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw StudyError.corruptProgress(path: url.path, line: 1, reason: "not a parameters file; 'factdrill schedule optimize --reset' removes it")
        }
        guard file.format == formatName else {
            throw StudyError.corruptProgress(path: url.path, line: 1, reason: "not a parameters file; 'factdrill schedule optimize --reset' removes it")
        }
        guard file.version <= currentVersion else {
            throw StudyError.newerProgressFormat(path: url.path, version: file.version)
        }
        guard file.parameters.count == 21, file.parameters.allSatisfy(\.isFinite),
            let fitted = Timestamp.date(from: file.fitted)
        else {
            throw StudyError.corruptProgress(path: url.path, line: 1, reason: "needs 21 finite FSRS-6 parameters and a fitting time; 'factdrill schedule optimize --reset' removes it")
        }
        // Hand-edited values outside FSRS's bounds would schedule nonsense: clamp as FSRS does.
        let clamped = zip(file.parameters, ParameterOptimizer.bounds).map { min(max($0, $1.lowerBound), $1.upperBound) }
        return PersonalParameters(parameters: clamped, reviews: file.reviews, fitted: fitted, logLoss: file.log_loss)
    }

    /// Writes the file atomically (a reader sees the old parameters or the new, never a mix).
    public func save(to directory: URL) throws {
        try FileIO.ensureDirectory(directory)
        let file = File(
            format: Self.formatName, version: Self.currentVersion, parameters: parameters, reviews: reviews,
            fitted: Timestamp.string(from: fitted), log_loss: logLoss)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = try encoder.encode(file)
        data.append(10)
        try FileIO.writeAtomically(data, to: directory.appendingPathComponent(Self.fileName))
    }

    /// Removes saved parameters; true when there were some.
    public static func remove(from directory: URL) throws -> Bool {
        let url = directory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return false }
        do {
            try FileManager.default.removeItem(at: url)
        } catch {
            throw StudyError.unusableDataDirectory(path: url.path, reason: "cannot remove: \(error.localizedDescription)")
        }
        FileIO.syncDirectory(directory)
        return true
    }

    private struct File: Codable {
        var format: String
        var version: Int
        var parameters: [Double]
        var reviews: Int
        var fitted: String
        var log_loss: Double
    }
}
