import Foundation
import TestPageServer
import Testing

/// Web addresses through the built binary, against the local page server: `generate URL`
/// makes a bank whose evidence links to the page, `--save-pages` keeps a copy that makes
/// the same bank offline, and every way a fetch fails is one line and the right exit code
/// while the other articles still go through.
@Suite struct URLInputCommandTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("urls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func bankItems(_ path: URL) throws -> [[String: Any]] {
        let bank = try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any]
        return try #require(bank?["items"] as? [[String: Any]])
    }

    @Test func generateFromAnAddressLinksEveryItemToThePageAndSavesItForOfflineUse() throws {
        let folder = try Self.folder()
        let bank = folder.appendingPathComponent("library.json")
        let pages = folder.appendingPathComponent("pages")
        let address = try PageServer.url("/go/library").absoluteString
        let final = try PageServer.url("/news/library.html").absoluteString
        let result = try CommandRunner.run(["generate", address, "--save-pages", pages.path, "-o", bank.path, "--fetch-timeout", "30"])
        #expect(result.status == 0, "\(result.stderr)")
        let items = try Self.bankItems(bank)
        #expect(!items.isEmpty)
        for item in items {
            let evidence = try #require(item["evidence"] as? [String: Any])
            #expect(evidence["url"] as? String == final)
            #expect(evidence["source"] as? String == "Marlow Courier")
        }
        // The copy makes the same bank with no network: the same items, ids and links.
        let saved = try FileManager.default.contentsOfDirectory(atPath: pages.path)
        #expect(saved.count == 1)
        let offline = folder.appendingPathComponent("offline.json")
        let again = try CommandRunner.run(["generate", pages.path, "-o", offline.path])
        #expect(again.status == 0, "\(again.stderr)")
        let ids = { (items: [[String: Any]]) in items.compactMap { $0["id"] as? String } }
        #expect(ids(try Self.bankItems(offline)) == ids(items))
        #expect(try Self.bankItems(offline).allSatisfy { ($0["evidence"] as? [String: Any])?["url"] as? String == final })
    }

    @Test func readShowsAFetchedPageWithItsAddress() throws {
        let address = try PageServer.url("/news/library.html").absoluteString
        let result = try CommandRunner.run(["read", address])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("---\nsource: Marlow Courier\npublished: 2024-03-05\nurl: \(address)\n"))
        #expect(result.stdout.contains("Council votes to close Marlow library\n"))
        #expect(!result.stdout.contains("All rights reserved"))
    }

    @Test(arguments: [
        ("/missing", "404", 2), ("/report.pdf", "not a web page", 2), ("/loop-a", "redirect", 2), ("/slow", "within 1 second", 3),
    ])
    func aFailedAddressIsOneLineAndTheOtherArticlesStillMakeTheBank(path: String, says: String, status: Int32) throws {
        let folder = try Self.folder()
        let bank = folder.appendingPathComponent("bank.json")
        let bad = try PageServer.url(path).absoluteString
        let good = try PageServer.url("/news/library.html").absoluteString
        let result = try CommandRunner.run(["generate", bad, good, "-o", bank.path, "--fetch-timeout", path == "/slow" ? "1" : "30"])
        #expect(result.status == status, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").filter { $0.contains(bad) }
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(lines.first?.lowercased().contains(says) == true, "\(result.stderr)")
        #expect(!(try Self.bankItems(bank)).isEmpty)
    }

    @Test func onlyFailedAddressesWriteNoBank() throws {
        let folder = try Self.folder()
        let bank = folder.appendingPathComponent("bank.json")
        let result = try CommandRunner.run(["generate", try PageServer.url("/missing").absoluteString, "-o", bank.path])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: bank.path))
    }
}
