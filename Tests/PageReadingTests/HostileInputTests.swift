import Testing
@testable import PageReading

/// Huge, deep and broken pages: read without a crash and in one pass (how long they take is
/// measured by the benchmark, not here).
@Suite struct HostileInputTests {
    static let paragraph = "<p>The mayor said the new bridge would open in the spring after two years of work on the river crossing.</p>\n"

    @Test func aFiftyMegabytePageIsRead() throws {
        let count = 50 * 1024 * 1024 / Self.paragraph.utf8.count
        var html = "<html><body><article>"
        html.reserveCapacity(51 * 1024 * 1024)
        for _ in 0..<count { html += Self.paragraph }
        html += "</article></body></html>"
        let page = try PageReader.read(Array(html.utf8))
        #expect(page.paragraphs.count == count)
    }

    @Test func aHundredThousandNestedTagsNeitherCrashNorLoseTheArticle() throws {
        let depth = 100_000
        let html = "<html><body><article>" + String(repeating: Self.paragraph, count: 3) + "</article>"
            + String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth) + "</body></html>"
        let page = try PageReader.read(Array(html.utf8))
        #expect(page.paragraphs.count == 3)
    }

    @Test func nestingPastTheTreeLimitKeepsTheText() throws {
        // Deeper than PageTree.maximumDepth but within what libxml2 builds.
        let depth = PageTree.maximumDepth + 40
        let html = "<html><body>" + String(repeating: "<span>", count: depth) + String(repeating: Self.paragraph, count: 3)
            + String(repeating: "</span>", count: depth) + "</body></html>"
        let page = try PageReader.read(Array(html.utf8))
        // The boxes past the limit are gone, their text is not.
        #expect(page.paragraphs.joined(separator: " ").components(separatedBy: "river crossing").count == 4)
    }

    @Test(arguments: [
        "<html><body><div><p>Unclosed <b><i>bad nesting</b></i><table><p>in a table</div></span></p><<>><!-- never closed",
        "<p>" + String(repeating: "<a href='x", count: 2000),
        String(repeating: "</div></p></table>", count: 10_000),
        "<html><body>\u{0}\u{1}<p>binary</p>",
        "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]><x>&b;&b;&b;</x>",
    ])
    func brokenMarkupIsAnErrorOrAnArticleNeverACrash(html: String) {
        do {
            _ = try PageReader.read(Array(html.utf8))
        } catch {
            #expect(!error.description.isEmpty)
        }
    }

    @Test func brokenMarkupAroundAnArticleStillGivesIt() throws {
        let html = "<html><body><div><b><i>" + String(repeating: Self.paragraph.replacingOccurrences(of: "</p>", with: ""), count: 3)
            + "</span></table><<>><!-- never closed"
        let page = try PageReader.read(Array(html.utf8))
        #expect(page.paragraphs.count == 3)
    }
}
