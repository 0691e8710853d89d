import Foundation
import Testing
@testable import TextMachinery

/// The one-pass reader must accept and decode exactly what Foundation's validating
/// `String(data:encoding: .utf8)` does, and find lines and bad files as the separate
/// passes it replaced did.
@Suite struct ArticleDecodingTests {
    private func decode(_ bytes: [UInt8], limit: Int = .max) -> ArticleDecoding? {
        bytes.withUnsafeBufferPointer { ArticleDecoding($0, maximumLineBytes: limit) }
    }

    @Test func acceptsAndDecodesExactlyWhatFoundationDoes() {
        // Bytes drawn to hit the edges of Unicode's well-formed ranges: ASCII, lead bytes
        // C0–C2, E0, ED, F0, F4, F5, and continuation bytes either side of 80–BF.
        let interesting: [UInt8] = [0x00, 0x0A, 0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                    0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF, 0xBB]
        var generator = SystemRandomNumberGenerator()
        var accepted = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...8, using: &generator)
            let bytes = (0..<length).map { _ in interesting.randomElement(using: &generator)! }
            let foundation = String(data: Data(bytes), encoding: .utf8)
            let decoded = decode(bytes)
            #expect((foundation == nil) == (decoded == nil), "bytes \(bytes)")
            if let foundation, let decoded {
                accepted += 1
                #expect(Array(foundation.unicodeScalars) == decoded.scalars, "bytes \(bytes)")
            }
        }
        #expect(accepted > 1_000)  // the draw reached valid text, not only failures
    }

    @Test func marksAreEveryScalarTheSplitterAndQuoteFinderLookFor() throws {
        // Long enough runs of plain ASCII that the eight-byte path is taken, with marks
        // at every position within a block, curly marks and an ellipsis among them.
        let pieces = ["plain words here ", "end. ", "Really? ", "Yes! ", "\"quoted\" ", "\u{201C}curly\u{201D} ", "\u{201E}low ",
                      "wait\u{2026} ", "5.7 ", "a.m. ", "x", "\n", "\u{00E9}t\u{00E9} "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let decoded = try #require(decode(Array(text.utf8)))
            let expected = decoded.scalars.indices.filter { ArticleMarks.isMark(decoded.scalars[$0].value) }
            #expect(decoded.marks == expected, "\(text)")
            // The bytes narrowed while decoding equal narrowing the decoded scalars afterwards.
            #expect(decoded.ascii == decoded.scalars.withUnsafeBufferPointer { ASCIIBytes.of($0) }, "\(text)")
        }
    }

    @Test func aByteOrderMarkIsLeftOutAndLinesSplitAtLineFeedsAndParagraphSeparators() throws {
        let decoded = try #require(decode([0xEF, 0xBB, 0xBF] + Array("Head\nOne\u{2029}Two\n".utf8)))
        #expect(String(String.UnicodeScalarView(decoded.scalars)) == "Head\nOne\u{2029}Two\n")
        #expect(decoded.lines == [0..<4, 5..<8, 9..<12])
        #expect(!decoded.isBlank)
    }

    @Test func blankNulAndOverlongLinesAreReported() throws {
        #expect(try #require(decode(Array(" \r\n\t\n".utf8))).isBlank)
        #expect(try #require(decode([])).isBlank)
        #expect(try #require(decode([0x41, 0x00, 0x42])).hasNUL)
        let overlong = try #require(decode(Array("short\n\(String(repeating: "x", count: 12))\nend".utf8), limit: 10))
        #expect(overlong.overlongLine?.line == 2)
        #expect(overlong.overlongLine?.length == 12)
        let lastLine = try #require(decode(Array("a\n\(String(repeating: "é", count: 6))".utf8), limit: 10))
        #expect(lastLine.overlongLine?.line == 2)
        #expect(lastLine.overlongLine?.length == 12)  // bytes, not characters
        #expect(try #require(decode(Array("0123456789\n".utf8), limit: 10)).overlongLine == nil)
    }
}
