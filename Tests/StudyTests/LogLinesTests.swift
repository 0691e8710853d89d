import Foundation
import Testing
@testable import Study

@Suite struct LogLinesTests {
    func lines(_ data: Data) throws -> (numbers: [Int], texts: [String], overlong: [Int], end: LogLines.End) {
        var numbers: [Int] = [], texts: [String] = [], overlong: [Int] = []
        let end = try LogLines.stream(data) { bytes, lines in
            for line in lines {
                numbers.append(line.number)
                if line.overlong { overlong.append(line.number) } else { texts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[line.range]), as: UTF8.self)) }
            }
        }
        return (numbers, texts, overlong, end)
    }

    @Test func linesAcrossChunkBoundariesKeepTheirNumbersAndBytes() throws {
        var text = ""
        var expected: [String] = []
        for index in 0..<40_000 {
            let line = "line \(index) " + String(repeating: "x", count: index % 97)
            expected.append(line)
            text += line + "\n"
        }
        let result = try lines(Data((text + "torn").utf8))
        #expect(result.texts == expected)
        #expect(result.numbers == Array(1...40_000))
        #expect(result.end.lines == 40_000)
        #expect(result.end.end == text.utf8.count)
        #expect(result.end.tornBytes == 4)
    }

    /// A line longer than any record is counted, never held: a sparse or corrupted log
    /// of gigabytes must not be read into memory.
    @Test func anOverlongLineIsNumberedButNotKept() throws {
        let long = String(repeating: "z", count: 3 * LogLines.chunkSize)
        let result = try lines(Data(("a\n" + long + "\nb\n" + long).utf8))
        #expect(result.texts == ["a", "b"])
        #expect(result.overlong == [2])
        #expect(result.end.lines == 3)
        #expect(result.end.tornBytes == long.utf8.count)
    }

    @Test func aLimitStopsAtItsByte() throws {
        var numbers: [Int] = []
        let data = Data("one\ntwo\nthree\n".utf8)
        let end = try LogLines.stream(from: 0, firstLine: 0, limit: 6, read: { buffer, at in
            let count = min(buffer.count, data.count - at)
            data.copyBytes(to: buffer.bindMemory(to: UInt8.self), from: at..<(at + count))
            return count
        }) { _, lines in numbers += lines.map(\.number) }
        #expect(numbers == [1])
        #expect(end.end == 4)
        #expect(end.tornBytes == 2)
    }
}
