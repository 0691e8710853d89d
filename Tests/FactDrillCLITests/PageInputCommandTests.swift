import Foundation
import Testing

/// Saved web pages through the built binary: `read` shows what FactDrill took from them,
/// and `extract` and `generate` take them (also gzip-compressed, also inside folders) as
/// they take text articles, the page's address reaching the evidence.
@Suite struct PageInputCommandTests {
    static let paragraphs = [
        "Marlow council voted on Tuesday to close the Marlow library, which has served the town since 1904.",
        "\u{201C}We have run out of money for the building,\u{201D} said council leader Anna Reeve.",
        "About 1,200 residents signed a petition against the closure, organiser Tom Field said on the steps.",
        "\u{201C}Marlow without its library is a town without a heart,\u{201D} Tom Field said outside the town hall.",
    ]

    static let page = """
        <html><head><meta charset="utf-8">
        <title>Council votes to close Marlow library | Marlow Courier</title>
        <meta property="og:site_name" content="Marlow Courier">
        <meta property="article:published_time" content="2024-03-05T10:00:00Z">
        <meta name="author" content="Kim Lee">
        <link rel="canonical" href="https://courier.example/2024/03/05/library">
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Council votes to close Marlow library</h1>
        <div class="share"><a href="#">Share this story on social media with your friends and family</a></div>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article>
        <aside class="related"><a href="/x">Another story about the council and its budget for the coming year</a></aside>
        </body></html>
        """

    static let homePage = "<html><body><nav><a href='/a'>News</a> <a href='/b'>Sport</a></nav><ul><li><a href='/c'>A headline</a></li></ul></body></html>"

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func gzip(_ text: String, to url: URL) throws {
        let plain = url.deletingPathExtension()
        try text.write(to: plain, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["-c", "gzip -n \"$0\"", plain.path], executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func readShowsFrontMatterHeadlineAndParagraphs() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("library.html")
        try Self.page.write(to: path, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["read", path.path])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = """
            ---
            source: Marlow Courier
            published: 2024-03-05
            url: https://courier.example/2024/03/05/library
            authors: Kim Lee
            ---
            Council votes to close Marlow library

            """ + Self.paragraphs.joined(separator: "\n") + "\n"
        #expect(result.stdout == expected)
    }

    /// A compressed page many times larger once inflated than the room first given to it
    /// reads as the same page uncompressed; a cut-off one is refused by name.
    @Test func largeGzipPageReadsAsThePlainPage() throws {
        let folder = try Self.folder()
        let filler = (0..<4000).map { "<p>Paragraph \($0) of the council's long budget report, read aloud at the meeting on Tuesday.</p>" }
        let page = Self.page.replacingOccurrences(of: "</article>", with: filler.joined(separator: "\n") + "</article>")
        try page.write(to: folder.appendingPathComponent("plain.html"), atomically: true, encoding: .utf8)
        try Self.gzip(page, to: folder.appendingPathComponent("large.html.gz"))
        let compressed = try Data(contentsOf: folder.appendingPathComponent("large.html.gz"))
        #expect(compressed.count * 8 < page.utf8.count)
        let plain = try CommandRunner.run(["read", folder.appendingPathComponent("plain.html").path])
        let inflated = try CommandRunner.run(["read", folder.appendingPathComponent("large.html.gz").path])
        #expect(inflated.status == 0, "\(inflated.stderr)")
        #expect(inflated.stdout == plain.stdout)
        #expect(inflated.stdout.contains("Paragraph 3999 of the council"))

        let cut = folder.appendingPathComponent("cut.html.gz")
        try compressed.prefix(compressed.count / 2).write(to: cut)
        let refused = try CommandRunner.run(["read", cut.path])
        #expect(refused.status == 2)
        #expect(refused.stderr == "factdrill: \(cut.path): not a whole gzip file\n")
    }

    @Test func readJSONHasTheIssueShape() throws {
        let folder = try Self.folder()
        try Self.gzip(Self.page, to: folder.appendingPathComponent("library.html.gz"))
        let result = try CommandRunner.run(["read", "--json", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let pages = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(pages.count == 1)
        #expect(pages.first?["path"] as? String == folder.appendingPathComponent("library.html.gz").path)
        #expect(pages.first?["title"] as? String == "Council votes to close Marlow library")
        #expect(pages.first?["source"] as? String == "Marlow Courier")
        #expect(pages.first?["published"] as? String == "2024-03-05")
        #expect(pages.first?["url"] as? String == "https://courier.example/2024/03/05/library")
        #expect(pages.first?["authors"] as? [String] == ["Kim Lee"])
        #expect(pages.first?["body"] as? String == Self.paragraphs.joined(separator: "\n\n"))
    }

    @Test func aPageWithoutAnArticleIsOneLineAndTheOthersStillGoThrough() throws {
        let folder = try Self.folder()
        try Self.page.write(to: folder.appendingPathComponent("a-library.html"), atomically: true, encoding: .utf8)
        try Self.homePage.write(to: folder.appendingPathComponent("b-home.htm"), atomically: true, encoding: .utf8)
        let home = folder.appendingPathComponent("b-home.htm").path
        for command in [["read"], ["extract"]] {
            let result = try CommandRunner.run(command + [folder.path])
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("factdrill: \(home): no article found ("))
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stdout.contains("Marlow"))
        }
        let bank = folder.appendingPathComponent("bank.json")
        let generated = try CommandRunner.run(["generate", folder.path, "-o", bank.path])
        #expect(generated.status == 2)
        #expect(generated.stderr.contains("factdrill: \(home): no article found ("))
        #expect(FileManager.default.fileExists(atPath: bank.path))
    }

    @Test func generateCarriesOutletDateAndAddressIntoTheItems() throws {
        let folder = try Self.folder()
        try Self.gzip(Self.page, to: folder.appendingPathComponent("library.html.gz"))
        let bank = folder.appendingPathComponent("bank.json")
        let result = try CommandRunner.run(["generate", folder.appendingPathComponent("library.html.gz").path, "-o", bank.path, "--max-per-article", "20"])
        #expect(result.status == 0, "\(result.stderr)")
        struct Shape: Decodable {
            struct Item: Decodable { var prompt: String; var evidence: [String: String]? }
            var items: [Item]
        }
        let items = try JSONDecoder().decode(Shape.self, from: Data(contentsOf: bank)).items
        #expect(!items.isEmpty)
        for item in items {
            #expect(item.evidence?["source"] == "Marlow Courier")
            #expect(item.evidence?["url"] == "https://courier.example/2024/03/05/library")
        }
        #expect(items.contains { $0.prompt.contains("Marlow Courier") })
    }

    @Test func readOutputFedBackAsTextGivesTheSameFacts() throws {
        let folder = try Self.folder()
        let page = folder.appendingPathComponent("library.html")
        try Self.page.write(to: page, atomically: true, encoding: .utf8)
        let text = try CommandRunner.run(["read", page.path]).stdout
        let saved = folder.appendingPathComponent("library.txt")
        try text.write(to: saved, atomically: true, encoding: .utf8)
        let fromPage = try CommandRunner.run(["extract", page.path]).stdout
        let fromText = try CommandRunner.run(["extract", saved.path]).stdout
        #expect(fromPage.replacingOccurrences(of: "library.html", with: "library.txt") == fromText)
        #expect(fromText.contains("\"url\" : \"https://courier.example/2024/03/05/library\""))
    }
}
