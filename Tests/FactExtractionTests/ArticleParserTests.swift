import Foundation
import Testing
@testable import FactExtraction
import TextMachinery

@Suite struct ArticleParserTests {
    @Test func frontMatterHeadlineAndSource() {
        let article = ArticleParser.parse("""
            ---
            source: Example News
            published: 2014-08-28
            ---
            Jane Doe / AFP / Getty Images

            Troops cross border

            Body text.
            """, fileName: "a.txt")
        #expect(article.title == "Troops cross border")
        #expect(article.source == "Example News")
        #expect(article.published == CalendarDay(year: 2014, month: 8, day: 28))
        #expect(article.paragraphs.first?.isBoilerplate == true)  // the photo credit
    }

    /// A blind reader saw "X said it, as unknown reported": a placeholder names no outlet.
    @Test(arguments: ["unknown", "Unknown", "n/a", "none", "  "])
    func aPlaceholderSourceIsNoOutlet(_ value: String) {
        let article = ArticleParser.parse("---\nsource: \(value)\n---\nTroops cross border\n\nBody text.\n", fileName: "a.txt")
        #expect(article.source == nil)
        #expect(article.title == "Troops cross border")
    }

    /// What `factdrill read` writes for a web page: the address and authors reach the
    /// article and its facts, and neither becomes the headline.
    @Test func frontMatterURLAndAuthors() {
        let article = ArticleParser.parse("""
            ---
            source: Example News
            published: 2024-03-05
            url: https://news.example/2024/03/05/story?id=7
            authors: Ann Writer, Bo Editor
            missing:
            ---
            Troops cross border

            Body text.
            """, fileName: "a.html")
        #expect(article.url == "https://news.example/2024/03/05/story?id=7")
        #expect(article.authors == ["Ann Writer", "Bo Editor"])
        #expect(article.title == "Troops cross border")
        #expect(FactExtractor.facts(in: article).url == "https://news.example/2024/03/05/story?id=7")
        let plain = ArticleParser.parse("Headline\n\nBody.", fileName: "b.txt")
        #expect(plain.url == nil)
        #expect(plain.authors.isEmpty)
    }

    @Test(arguments: [
        ("Sign up for our NEWSLETTER today", true),  // a prompt, any case
        ("Get the Newsletter", true),
        ("The council said its newsletter, sent to every household in the borough each month, had run for years", false),  // reporting
        ("Watch in the VIDEO Player below", true),
        ("Officials said the ceasefire was holding across the region on Tuesday evening.", false),
        (String(repeating: "Long reporting words ", count: 12) + "newsletter", false),  // past the 60-byte head of a long line
        ("Élan newsletter: sign up", true),  // not plain ASCII: encoded, not copied
    ])
    func furnitureIsFoundWhateverItsCase(_ line: String, _ isFurniture: Bool) {
        let scalars = Array(line.unicodeScalars)
        let ascii = scalars.withUnsafeBufferPointer { ASCIIBytes.of($0) }
        #expect(scalars.withUnsafeBufferPointer { Boilerplate.isFurniture($0, 0..<scalars.count) } == isFurniture, "\(line)")
        // Read from the narrowed bytes, the answer is the same.
        #expect(scalars.withUnsafeBufferPointer { buffer in
            ascii.withUnsafeBufferPointer { Boilerplate.isFurniture(buffer, 0..<scalars.count, ascii: $0) }
        } == isFurniture, "\(line)")
    }

    @Test func aCreditLineNamesTheSourceWhenThereIsNoFrontMatter() {
        let article = ArticleParser.parse("Headline\n\nBody.\n\nAl Jazeera and wire services\n", fileName: "a.txt")
        #expect(article.source == "Al Jazeera")
    }

    @Test func badFilesGiveClearErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("articles-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: FactExtractionError.unreadable(path: "/no/such.txt", reason: "no such file")) {
            try ArticleParser.read(path: "/no/such.txt")
        }
        #expect(throws: FactExtractionError.unreadable(path: folder.path, reason: "is a directory, not an article")) {
            try ArticleParser.read(path: folder.path)
        }
        let binary = folder.appendingPathComponent("b.txt")
        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: binary)
        #expect(throws: FactExtractionError.notText(path: binary.path)) { try ArticleParser.read(path: binary.path) }
        let long = folder.appendingPathComponent("long.txt")
        try Data(repeating: 0x61, count: ArticleParser.maximumLineBytes + 10).write(to: long)
        #expect(throws: FactExtractionError.self) { try ArticleParser.read(path: long.path) }
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        #expect(throws: FactExtractionError.unreadable(path: empty.path, reason: "empty: there is no article in it")) {
            try ArticleParser.read(path: empty.path)
        }
    }

    @Test func aMillionQuoteMarksDoNotHang() {
        let line = String(repeating: "\"a ", count: 10_000)
        let text = "Headline\n\n" + Array(repeating: line, count: 3).joined(separator: "\n")
        let facts = FactExtractor.facts(in: ArticleParser.parse(text, fileName: "q.txt"))
        #expect(facts.quotes.count <= 30_000)
    }
}

/// Reading an article file: its name and its front matter whatever its line ends.
extension ArticleParserTests {
    @Test func frontMatterIsReadFromFilesWithWindowsLineEnds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crlf-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("crlf.txt")
        try Data("---\r\nsource: Example News\r\npublished: 2014-08-28\r\n---\r\nTroops cross border\r\n\r\nBody text.\r\n".utf8).write(to: file)
        let article = try ArticleParser.read(path: file.path)
        #expect(article.fileName == "crlf.txt")
        #expect(article.title == "Troops cross border")
        #expect(article.source == "Example News")
        #expect(article.published == CalendarDay(year: 2014, month: 8, day: 28))
    }

    @Test func theFileNameIsThePathsLastComponent() {
        #expect(ArticleParser.lastPathComponent("/a/b/c.txt") == "c.txt")
        #expect(ArticleParser.lastPathComponent("c.txt") == "c.txt")
        #expect(ArticleParser.lastPathComponent("/a/b/") == "b")
        #expect(ArticleParser.lastPathComponent("/") == "/")
    }
}
