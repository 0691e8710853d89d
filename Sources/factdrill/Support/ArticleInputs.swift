import Foundation
import PageFetching

/// One article named on the command line: a file on disk, or a page fetched from the web.
enum ArticleInput: Sendable {
    case file(path: String)
    /// `savedAs` is the copy in `--save-pages`, when one was kept (or was already there).
    case page(FetchedPage, savedAs: String?)
}

/// The command line's articles in the order given: folders opened to their files, and
/// `http://` and `https://` arguments fetched (and saved with `--save-pages`). The network is
/// touched only for those arguments.
struct ArticleInputs {
    var inputs: [ArticleInput] = []
    /// The exit code the run should end with because an argument could not be fetched or
    /// saved (2 for a bad address or page, 3 for the network or the disk); nil when all were.
    /// Each failure has already been told on stderr, and the other articles still go through.
    var failureExitCode: Int32?

    /// - Parameter now: the fetch time written into saved pages (the real clock, not `--now`:
    ///   it records when the bytes were read).
    /// - Throws: only what the file arguments throw (a folder with no articles); a URL that
    ///   fails is reported and skipped.
    static func gather(
        _ arguments: [String], options: PageOptions, progress: ProgressLine = ProgressLine(), now: () -> Date = Date.init
    ) throws -> ArticleInputs {
        var gathered = ArticleInputs()
        let addresses = arguments.filter(isAddress).count
        let fetcher = options.fetcher  // a value only: nothing is opened until a fetch
        var fetched = 0
        var saved = 0, alreadySaved = 0
        for argument in arguments {
            guard isAddress(argument) else {
                gathered.inputs += try ArticlePaths.expand([argument]).map { .file(path: $0) }
                continue
            }
            fetched += 1
            progress.show("fetching \(fetched)/\(addresses) \(argument)")
            do throws(PageFetchError) {
                guard let url = URL(string: argument) else { throw .notAnAddress(argument) }
                let page = try fetcher.fetch(url)
                var savedAs: String?
                if let folder = options.savePagesDirectory {
                    do throws(PageFetchError) {
                        let result = try SavedPage(page, fetched: now()).save(in: folder)
                        savedAs = result.path
                        if result.outcome == .written { saved += 1 } else { alreadySaved += 1 }
                    } catch {
                        // The page is still read; only the copy is missing.
                        gathered.fail(error, progress: progress)
                    }
                }
                gathered.inputs.append(.page(page, savedAs: savedAs))
            } catch {
                gathered.fail(error, progress: progress)
            }
        }
        progress.clear()
        if let folder = options.savePagesDirectory {
            let pages = { (count: Int) in count == 1 ? "1 page" : "\(count) pages" }
            if saved > 0 {
                Diagnostics.warn("saved \(pages(saved)) in \(folder)" + (alreadySaved > 0 ? " (\(alreadySaved) more already there)" : ""))
            } else if alreadySaved > 0 {
                Diagnostics.warn("\(pages(alreadySaved)) already saved in \(folder)")
            }
        }
        return gathered
    }

    /// A scheme and `://`: web addresses are fetched; `ftp://` and the like are refused by
    /// the fetcher with a clear line instead of being looked for as files.
    static func isAddress(_ argument: String) -> Bool {
        guard let separator = argument.range(of: "://"), separator.lowerBound > argument.startIndex else { return false }
        let scheme = argument[..<separator.lowerBound]
        return scheme.first!.isASCII && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
    }

    private mutating func fail(_ error: PageFetchError, progress: ProgressLine) {
        progress.clear()
        Diagnostics.warn(error.description)
        let code = error.isInputProblem ? ExitStatus.badInput : ExitStatus.ioFailure
        failureExitCode = max(failureExitCode ?? code, code)
    }
}
