import ArgumentParser
import Foundation
import PageFetching

/// Options of the commands that take web addresses among their articles.
struct PageOptions: ParsableArguments {
    @Option(name: .customLong("save-pages"), help: ArgumentHelp(
        "Keep a copy of every page fetched from a URL in DIR, to make the same bank again offline.",
        valueName: "dir"))
    var savePagesDirectory: String?

    @Option(name: .customLong("fetch-timeout"), help: ArgumentHelp(
        "Give up on a URL after this many seconds.", valueName: "seconds"))
    var fetchTimeout: Double = PageFetcher.Options.defaultTimeout

    func validate() throws {
        guard fetchTimeout > 0, fetchTimeout.isFinite else { throw ValidationError("--fetch-timeout must be a positive number of seconds") }
        if let savePagesDirectory, savePagesDirectory.isEmpty { throw ValidationError("--save-pages must name a folder") }
    }

    /// Where the User-Agent sends a site's operators to learn what is reading their pages.
    static let projectURL = "https://github.com/factdrill/factdrill"

    var fetcher: PageFetcher {
        let version = FactDrill.configuration.version.isEmpty ? "0" : FactDrill.configuration.version
        return PageFetcher(options: .init(
            userAgent: PageFetcher.Options.userAgent(version: version, projectURL: Self.projectURL), timeout: fetchTimeout))
    }
}
