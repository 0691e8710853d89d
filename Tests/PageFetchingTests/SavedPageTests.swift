import Foundation
import PageFetching
import Testing

@Suite struct SavedPageTests {
    /// Whole seconds: the header keeps the fetch time to the second.
    static let fetched = Date(timeIntervalSince1970: 1_796_543_400)
    static let body = Array("<!DOCTYPE html>\n<html><body><p>Caf\u{E9} row -- again</p></body></html>\n".utf8)

    func page(_ address: String = "https://www.example.com/news/2026/12/06/budget-row.html?ref=home", body: [UInt8] = body,
              fetched: Date = fetched, charset: String? = "utf-8") -> SavedPage {
        SavedPage(url: URL(string: address)!, fetched: fetched, contentType: "text/html", charset: charset, body: body)
    }

    func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("saved-pages-\(UUID().uuidString)").path
    }

    // MARK: - Names

    @Test func namesTheFileForHostPathAndAHash() throws {
        let name = page().fileName
        #expect(name.hasPrefix("www.example.com_news-2026-12-06-budget-row_"))
        #expect(name.wholeMatch(of: /www\.example\.com_news-2026-12-06-budget-row_[0-9a-f]{8}\.html/) != nil)
        #expect(page().fileName == name, "the same address must get the same name every time")
    }

    @Test func tellsApartAddressesThatDifferOnlyInTheQueryButNotInTheFragment() {
        let base = "https://example.com/story"
        #expect(SavedPage.fileName(for: URL(string: base + "?id=1")!) != SavedPage.fileName(for: URL(string: base + "?id=2")!))
        #expect(SavedPage.fileName(for: URL(string: base + "#top")!) == SavedPage.fileName(for: URL(string: base)!))
    }

    @Test(arguments: [
        "https://example.com/", "https://example.com", "http://127.0.0.1:8080/a%20b/%E2%98%83.php",
        "https://example.com/" + String(repeating: "very-long-segment/", count: 40),
        "https://xn--mnchen-3ya.de/nachrichten/",
    ])
    func namesAreShortPlainAndEndInHTML(address: String) throws {
        let name = SavedPage.fileName(for: try #require(URL(string: address)))
        #expect(name.hasSuffix(".html"))
        #expect(name.utf8.count < 160)
        #expect(name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }, "\(name)")
        #expect(!name.hasPrefix(".") && !name.contains("__") && !name.contains("-_"))
    }

    // MARK: - Header

    @Test func opensWithAHeaderCommentThenThePageByteForByte() throws {
        let bytes = page().fileBytes
        let newline = try #require(bytes.firstIndex(of: UInt8(ascii: "\n")))
        let header = String(decoding: bytes[..<newline], as: UTF8.self)
        #expect(header == #"<!-- factdrill saved-page url="https://www.example.com/news/2026/12/06/budget-row.html?ref=home" fetched="2026-12-06T07:50:00Z" type="text/html" charset="utf-8" -->"#)
        #expect(Array(bytes[(newline + 1)...]) == Self.body)
    }

    @Test func readsBackWhatItWrote() throws {
        let original = page()
        #expect(SavedPage(fileBytes: original.fileBytes) == original)
        let bare = SavedPage(url: URL(string: "http://a.example/")!, fetched: Self.fetched, contentType: nil, charset: nil, body: [])
        #expect(SavedPage(fileBytes: bare.fileBytes) == bare)
    }

    @Test func quotesHeaderValuesThatWouldBreakTheComment() throws {
        let odd = page(charset: "x\">--> \"%é")
        let bytes = odd.fileBytes
        let header = String(decoding: bytes.prefix(while: { $0 != UInt8(ascii: "\n") }), as: UTF8.self)
        #expect(header.components(separatedBy: "-->").count == 2, "only the comment's own end: \(header)")
        #expect(SavedPage(fileBytes: bytes) == odd)
    }

    @Test func keepsAUTF8ByteOrderMarkFirst() throws {
        let marked = page(body: [0xEF, 0xBB, 0xBF] + Self.body)
        let bytes = marked.fileBytes
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("<!-- factdrill".utf8)))
        #expect(SavedPage(fileBytes: bytes) == marked)
    }

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func writesTheHeaderInUTF16AfterAUTF16Mark(encoding: String.Encoding) throws {
        let mark: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        let text = "<html><body><p>Two-byte caf\u{E9}</p></body></html>"
        let wide = page(body: mark + Array(try #require(text.data(using: encoding))), charset: nil)
        let bytes = wide.fileBytes
        #expect(bytes.starts(with: mark))
        let decoded = try #require(String(bytes: bytes.dropFirst(2), encoding: encoding))
        #expect(decoded.hasPrefix("<!-- factdrill saved-page url=\"https://www.example.com/"))
        #expect(decoded.hasSuffix("-->\n" + text))
        #expect(SavedPage(fileBytes: bytes) == wide)
    }

    @Test(arguments: ["<!DOCTYPE html><html></html>", "<!-- factdrill saved-page url=\"x\" -->\n<html>", "", "<!-- a comment -->\n"])
    func aPageFactDrillDidNotSaveHasNoHeader(text: String) {
        #expect(SavedPage(fileBytes: Array(text.utf8)) == nil)
    }

    // MARK: - Saving

    @Test func savesIntoANewFolder() throws {
        let folder = temporaryFolder() + "/nested/pages"
        let result = try page().save(in: folder)
        #expect(result.outcome == .written)
        #expect(result.path == folder + "/" + page().fileName)
        #expect(FileManager.default.contents(atPath: result.path).map(Array.init) == page().fileBytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [page().fileName], "no temporary file left")
    }

    @Test func savingTheSamePageAgainKeepsTheFirstCopy() throws {
        let folder = temporaryFolder()
        let first = try page().save(in: folder)
        let again = try page(fetched: Self.fetched.addingTimeInterval(3600)).save(in: folder)
        #expect(again.outcome == .alreadySaved)
        #expect(again.path == first.path)
        #expect(FileManager.default.contents(atPath: first.path).map(Array.init) == page().fileBytes)
    }

    @Test func neverReplacesADifferentCopy() throws {
        let folder = temporaryFolder()
        let first = try page().save(in: folder)
        let changed = page(body: Array("<html><p>Updated</p></html>".utf8))
        #expect(throws: PageFetchError.savedPageConflict(path: first.path, url: changed.url)) { try changed.save(in: folder) }
        #expect(FileManager.default.contents(atPath: first.path).map(Array.init) == page().fileBytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)
    }

    @Test func neverReplacesAFileItDidNotWrite() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + page().fileName
        try Data("my own notes".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: PageFetchError.savedPageConflict(path: path, url: page().url)) { try page().save(in: folder) }
        #expect(FileManager.default.contents(atPath: path) == Data("my own notes".utf8))
    }

    @Test func racingSavesOfDifferentCopiesLeaveOneWholeFile() throws {
        let folder = temporaryFolder()
        let copies = (0..<8).map { page(body: Array("<p>copy \($0)</p>".utf8) + Array(repeating: UInt8(ascii: "x"), count: 200_000)) }
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: copies.count) { index in
            do throws(PageFetchError) {
                _ = try copies[index].save(in: folder)
                outcomes.record(written: index)
            } catch {
                outcomes.record(error: error)
            }
        }
        let (written, errors) = outcomes.result
        #expect(written.count == 1)
        #expect(errors.allSatisfy { if case .savedPageConflict = $0 { true } else { false } } && errors.count == copies.count - 1)
        let saved = try #require(FileManager.default.contents(atPath: folder + "/" + page().fileName))
        #expect(Array(saved) == copies[try #require(written.first)].fileBytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)
    }

    @Test func saysWhenTheFolderCannotBeMade() throws {
        let file = temporaryFolder()
        try Data().write(to: URL(fileURLWithPath: file))
        #expect {
            try page().save(in: file + "/pages")
        } throws: { error in
            guard let error = error as? PageFetchError, case .cannotSave(let path, _) = error else { return false }
            return path == file + "/pages" && !error.isInputProblem && !error.description.contains("\n")
        }
    }
}

private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var written: [Int] = []
    private var errors: [PageFetchError] = []

    func record(written index: Int) { lock.withLock { written.append(index) } }
    func record(error: PageFetchError) { lock.withLock { errors.append(error) } }
    var result: ([Int], [PageFetchError]) { lock.withLock { (written, errors) } }
}
