import Testing
@testable import FactExtraction
import TextMachinery

@Suite struct SentenceSplitterTests {
    static let cases: [(String, [String])] = [
        ("Col. Andriy Lysenko spoke. Gen. Tak agreed.", ["Col. Andriy Lysenko spoke.", "Gen. Tak agreed."]),
        ("The U.S. and the U.N. met at 11 a.m. Talks failed.", ["The U.S. and the U.N. met at 11 a.m. Talks failed."]),
        ("Growth was 5.7% in 2005. It fell.", ["Growth was 5.7% in 2005.", "It fell."]),
        ("J. R. Smith left. Mr. Jones stayed.", ["J. R. Smith left.", "Mr. Jones stayed."]),
        ("He paused... then went on. Done.", ["He paused... then went on.", "Done."]),
        (#""We are ready." The crowd cheered."#, [#""We are ready.""#, "The crowd cheered."]),
        ("She lives on St. Mark's Place. Really?", ["She lives on St. Mark's Place.", "Really?"]),
        ("Carson was at 14 percent and Sens. Marco Rubio and Ted Cruz at 11 and 8. It held.",
         ["Carson was at 14 percent and Sens. Marco Rubio and Ted Cruz at 11 and 8.", "It held."]),
        // AP datelines and route numbers after a state's abbreviation; a sentence may still end on one.
        ("RUSTON, La. — Ardagh Group will close its plant. It employs 257.", ["RUSTON, La. — Ardagh Group will close its plant.", "It employs 257."]),
        ("SAN JOSE, Calif. (AP) — Rain fell. Roads shut.", ["SAN JOSE, Calif. (AP) — Rain fell.", "Roads shut."]),
        ("The plant is at 4241 La. 563 in Simsboro. It opened in 1975.", ["The plant is at 4241 La. 563 in Simsboro.", "It opened in 1975."]),
        ("She moved to Portland, Ore. The city grew.", ["She moved to Portland, Ore.", "The city grew."]),
        ("Two officers were hurt, Const. Jon Lind said. It was late.", ["Two officers were hurt, Const. Jon Lind said.", "It was late."]),
    ]

    @Test(arguments: cases)
    func splits(text: String, expected: [String]) {
        let scalars = Array(text.unicodeScalars)
        let sentences = SentenceSplitter.sentences(in: scalars, range: 0..<scalars.count)
        #expect(sentences.map { ArticleParser.string(scalars, $0) } == expected)
    }
}

/// The splitter and the quote finder visit only the marks the decoder noted.
extension SentenceSplitterTests {
    @Test func splittingAndQuoteFindingByMarksMatchReadingEveryScalar() throws {
        let text = #"“We are ready,” said Col. Andriy Lysenko. "It is over." Growth was 5.7% at 11 a.m. Wait… what? "Still," he said, "we go on"#
        let decoded = try #require(Array(text.utf8).withUnsafeBufferPointer { ArticleDecoding($0, maximumLineBytes: .max) })
        let range = 0..<decoded.scalars.count
        let marks = ArticleMarks.slice(decoded.marks, in: range)
        decoded.scalars.withUnsafeBufferPointer { buffer in
            #expect(SentenceSplitter.sentences(in: buffer, range: range, marks: marks)
                == SentenceSplitter.sentences(in: Array(decoded.scalars), range: range))
        }
        let byMarks = QuoteFinder.spans(in: decoded.scalars, paragraph: range, index: 0, marks: marks)
        #expect(byMarks == QuoteFinder.spans(in: decoded.scalars, paragraph: range, index: 0))
        #expect(byMarks.count == 4)
    }
}
