import ArgumentParser
import Foundation
import Study

/// Options every subcommand that touches progress or time shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("progress"), help: ArgumentHelp(
        "Keep progress in DIR instead of $XDG_DATA_HOME/factdrill.", valueName: "dir"))
    var progressDirectory: String?

    @Option(help: ArgumentHelp(
        "Pretend it is this time (ISO 8601, e.g. 2026-01-01T09:00:00Z); also FACTDRILL_NOW.",
        valueName: "time"))
    var now: String?

    /// The clock for this run: `--now`, else `FACTDRILL_NOW`, else the real time.
    /// The libraries never read the clock themselves, so tests and demos can fix it.
    func currentDate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date {
        if let now { return try Self.parseTime(now, origin: "--now") }
        if let value = environment["FACTDRILL_NOW"], !value.isEmpty {
            return try Self.parseTime(value, origin: "FACTDRILL_NOW")
        }
        return Date()
    }

    func dataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        try DataDirectory.resolve(override: progressDirectory, environment: environment)
    }

    /// Accepts a full ISO 8601 time (with Z or an offset, fractional seconds optional)
    /// or a bare date, taken as midnight UTC, read exactly as the review log reads times:
    /// an impossible date or a year outside 1–9999 is refused, never shifted.
    static func parseTime(_ text: String, origin: String) throws -> Date {
        if let date = Timestamp.clock(from: text) { return date }
        throw CommandFailure(message: "\(origin): '\(text)' is not an ISO 8601 time in years 1–9999 (e.g. 2026-01-01T09:00:00Z)")
    }
}
