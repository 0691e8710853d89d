import Foundation
import PageFetching
import TestPageServer
import Testing

@testable import factdrill

/// The command-line side of fetching: which arguments are addresses, fetching them in order
/// among files and folders, saving with --save-pages, and one line per failure.
@Suite struct ArticleInputsTests {
    func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("article-inputs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func options(_ arguments: [String] = []) throws -> PageOptions {
        try PageOptions.parse(["--fetch-timeout", "30"] + arguments)
    }

    /// What each input is, in order: a path, or the final address of a page.
    func names(_ inputs: [ArticleInput]) -> [String] {
        inputs.map {
            switch $0 {
            case .file(let path): path
            case .page(let page, _): page.finalURL.absoluteString
            }
        }
    }

    @Test(arguments: [
        ("http://example.org/a", true), ("HTTPS://example.org", true), ("ftp://example.org/x.html", true),
        ("article.txt", false), ("news/2026/a.txt", false), ("://nothing", false), ("C:\\news\\a.txt", false),
        ("notes about http://example.org.txt", false),
    ])
    func recognisesAddresses(argument: String, isAddress: Bool) {
        #expect(ArticleInputs.isAddress(argument) == isAddress)
    }

    @Test func keepsTheOrderOfFilesFoldersAndPages() throws {
        let folder = try temporaryFolder()
        try Data("A\n\nText.\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        try FileManager.default.createDirectory(atPath: folder + "/more", withIntermediateDirectories: true)
        try Data("B\n\nText.\n".utf8).write(to: URL(fileURLWithPath: folder + "/more/b.txt"))
        let page = try PageServer.url("/article.html").absoluteString
        let gathered = try ArticleInputs.gather([folder + "/a.txt", page, folder + "/more"], options: try options())
        #expect(names(gathered.inputs) == [folder + "/a.txt", page, folder + "/more/b.txt"])
        #expect(gathered.failureExitCode == nil)
        guard case .page(let fetched, let savedAs) = gathered.inputs[1] else { Issue.record("not a page"); return }
        #expect(fetched.body == (try PageServer.fixture("article.html")))
        #expect(savedAs == nil)
    }

    @Test func savesFetchedPagesUnderTheirFinalAddress() throws {
        let pages = try temporaryFolder() + "/pages"
        let gathered = try ArticleInputs.gather(
            [try PageServer.url("/redirect").absoluteString], options: try options(["--save-pages", pages]), now: { Date(timeIntervalSince1970: 1_796_543_400) })
        guard case .page(let page, let savedAs) = try #require(gathered.inputs.first) else { Issue.record("not a page"); return }
        let path = try #require(savedAs)
        #expect(path == pages + "/" + SavedPage.fileName(for: try PageServer.url("/article.html")))
        let file = try #require(FileManager.default.contents(atPath: path))
        let saved = try #require(SavedPage(fileBytes: Array(file)))
        #expect(saved.url == (try PageServer.url("/article.html")))
        #expect(saved.body == page.body)
        #expect(saved.fetched == Date(timeIntervalSince1970: 1_796_543_400))
        // Fetching again finds the same copy and leaves it alone.
        let again = try ArticleInputs.gather([try PageServer.url("/article.html").absoluteString], options: try options(["--save-pages", pages]))
        #expect(again.failureExitCode == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: pages) == [SavedPage.fileName(for: try PageServer.url("/article.html"))])
    }

    @Test func aPageThatCannotBeSavedOverADifferentCopyIsStillRead() throws {
        let pages = try temporaryFolder()
        let name = SavedPage.fileName(for: try PageServer.url("/article.html"))
        try Data("someone else's file".utf8).write(to: URL(fileURLWithPath: pages + "/" + name))
        let gathered = try ArticleInputs.gather([try PageServer.url("/article.html").absoluteString], options: try options(["--save-pages", pages]))
        #expect(names(gathered.inputs) == [try PageServer.url("/article.html").absoluteString])
        #expect(gathered.failureExitCode == ExitStatus.badInput)
        #expect(FileManager.default.contents(atPath: pages + "/" + name) == Data("someone else's file".utf8))
    }

    @Test func reportsEachFailedAddressAndGoesOnWithTheRest() throws {
        let arguments = try ["/missing", "/article.html", "/report.pdf", "/plain.txt"].map { try PageServer.url($0).absoluteString }
            + ["ftp://127.0.0.1/a.html"]
        let gathered = try ArticleInputs.gather(arguments, options: try options())
        #expect(names(gathered.inputs) == [arguments[1], arguments[3]])
        #expect(gathered.failureExitCode == ExitStatus.badInput)
    }

    @Test func aTimeoutIsAnIOFailureNotBadInput() throws {
        let arguments = try ["/missing", "/slow"].map { try PageServer.url($0).absoluteString }
        let gathered = try ArticleInputs.gather(arguments, options: try PageOptions.parse(["--fetch-timeout", "0.5"]))
        #expect(gathered.inputs.isEmpty)
        #expect(gathered.failureExitCode == ExitStatus.ioFailure)
    }

    @Test func withoutAddressesNothingIsFetchedOrSaved() throws {
        let folder = try temporaryFolder()
        try Data("A\n\nText.\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        let lines = Lines()
        let gathered = try ArticleInputs.gather(
            [folder + "/a.txt"], options: try options(["--save-pages", folder + "/pages"]),
            progress: ProgressLine(enabled: true, write: lines.append))
        #expect(names(gathered.inputs) == [folder + "/a.txt"])
        #expect(!FileManager.default.fileExists(atPath: folder + "/pages"))
        #expect(lines.text.isEmpty)
    }

    @Test func showsWhichAddressIsBeingFetchedAndErasesTheLine() throws {
        let lines = Lines()
        let arguments = try ["/article.html", "/plain.txt"].map { try PageServer.url($0).absoluteString }
        _ = try ArticleInputs.gather(arguments, options: try options(), progress: ProgressLine(enabled: true, write: lines.append))
        let shown = lines.text.split(separator: "\r").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(shown == ["fetching 1/2 \(arguments[0])", "fetching 2/2 \(arguments[1])"])
        #expect(lines.text.hasSuffix("\r"), "the line is erased at the end")
    }

    @Test func refusesANonPositiveTimeout() {
        #expect(throws: (any Error).self) { try PageOptions.parse(["--fetch-timeout", "0"]) }
        #expect(throws: (any Error).self) { try PageOptions.parse(["--fetch-timeout", "-1"]) }
    }
}

private final class Lines: @unchecked Sendable {
    private(set) var text = ""
    func append(_ line: String) { text += line }
}
