import Foundation
import Testing
@testable import FactExtraction
import TextMachinery

/// Articles saved with other line endings read as the same article: front matter,
/// headline, one paragraph per line, facts attributed within their paragraph.
@Suite struct LineEndingTests {
    static let lines = [
        "---", "source: Al Jazeera", "published: 2014-08-28", "---",
        "NATO says Russian troops in Ukraine", "",
        "President Petro Poroshenko spoke in Kiev on Thursday.", "",
        "A top NATO official said at least 1,000 Russian troops have poured into Ukraine.", "",
    ]

    @Test(arguments: ["\n", "\r\n", "\r"])
    func frontMatterAndParagraphsReadTheSame(ending: String) throws {
        let article = ArticleParser.parse(Self.lines.joined(separator: ending), fileName: "a.txt")
        #expect(article.source == "Al Jazeera")
        #expect(article.published == CalendarDay(year: 2014, month: 8, day: 28))
        #expect(article.title == "NATO says Russian troops in Ukraine")
        #expect(article.paragraphs.count == 3)
        let figure = try #require(FactExtractor.facts(in: article).figures.first { $0.text.contains("1,000") })
        #expect(figure.source != "President Petro Poroshenko")
        #expect(figure.source == "A top NATO official" || figure.source == "a top NATO official")
    }

    @Test func aLoneCarriageReturnEndsALineForTheLengthLimitToo() throws {
        let line = Array(repeating: UInt8(ascii: "a"), count: 900)
        let bytes = Array((0..<10).map { _ in line + [0x0D] }.joined())
        let decoded = try #require(bytes.withUnsafeBufferPointer { ArticleDecoding($0, maximumLineBytes: 1000) })
        #expect(decoded.overlongLine == nil)
        #expect(decoded.lines.count == 10)
        let long = line + [0x0D, 0x0A] + line + line + [0x0D]
        let refused = try #require(long.withUnsafeBufferPointer { ArticleDecoding($0, maximumLineBytes: 1000) })
        #expect(refused.overlongLine?.line == 2)
        #expect(refused.overlongLine?.length == 1800)
    }
}
