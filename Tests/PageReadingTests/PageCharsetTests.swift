import Testing
@testable import PageReading

@Suite struct PageCharsetTests {
    /// The fixture article with "café" in its first paragraph, encoded by hand.
    func latin1Page(meta: String) -> [UInt8] {
        let html = PageFixtures.article(head: meta).replacingOccurrences(of: "The city council", with: "The caf\u{E9} council")
        return html.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    @Test func metaCharsetDecodesWindows1252() throws {
        let page = try PageReader.read(latin1Page(meta: #"<meta charset="windows-1252">"#))
        #expect(page.paragraphs.first?.hasPrefix("The café council") == true)
    }

    @Test func httpEquivAndTheHeaderAreRead() throws {
        let equiv = try PageReader.read(latin1Page(meta: #"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#))
        #expect(equiv.paragraphs.first?.hasPrefix("The café council") == true)
        let header = try PageReader.read(latin1Page(meta: ""), contentType: "text/html; charset=iso-8859-1")
        #expect(header.paragraphs.first?.hasPrefix("The café council") == true)
    }

    @Test func aByteOrderMarkWins() throws {
        let html = PageFixtures.article(head: #"<meta charset="windows-1252">"#).replacingOccurrences(of: "The city council", with: "The café council")
        let page = try PageReader.read([0xEF, 0xBB, 0xBF] + Array(html.utf8))
        #expect(page.paragraphs.first?.hasPrefix("The café council") == true)
    }

    @Test func undecodablePagesSaySo() {
        #expect(throws: PageReadingError.undecodable(charset: "x-no-such-charset")) {
            try PageReader.read(Array(PageFixtures.article(head: #"<meta charset="x-no-such-charset">"#).utf8))
        }
        let garbage = Array(PageFixtures.article(head: #"<meta charset="utf-8">"#).utf8) + [UInt8](repeating: 0xFF, count: 20_000)
        #expect(throws: PageReadingError.undecodable(charset: "UTF-8")) { try PageReader.read(garbage) }
    }

    @Test func aStrayInvalidByteDoesNotSpoilTheRest() throws {
        var bytes = Array(PageFixtures.article(head: #"<meta charset="utf-8">"#).utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "C"))!
        bytes.insert(0xFF, at: at)
        bytes = bytes + Array("<p>Caf\u{E9} au lait</p>".utf8)
        let page = try PageReader.read(bytes)
        #expect(page.paragraphs == PageFixtures.paragraphs)
    }
}
