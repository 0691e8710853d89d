import Foundation

/// libFuzzer entry point for `reviews.jsonl`, differential: the streaming line reader
/// must number and cut lines exactly as a plain split on newlines does, and every
/// record the log reader accepts must write back to a line it accepts again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    var seen: [(Int, Data?)] = []
    guard let end = try? LogLines.stream(bytes, batch: { buffer, lines in
        for line in lines { seen.append((line.number, line.overlong ? nil : Data(UnsafeBufferPointer(rebasing: buffer[line.range])))) }
    }) else { fatalError("reading from memory cannot fail") }
    var expected = bytes.split(separator: 10, omittingEmptySubsequences: false).map { Data($0) }
    let torn = expected.removeLast()
    guard end.tornBytes == torn.count, end.lines == expected.count, seen.count == expected.count,
        end.end == size - torn.count
    else { fatalError("line split disagrees: \(end) vs \(expected.count) lines, torn \(torn.count)") }
    for (index, (number, text)) in seen.enumerated() {
        guard number == index + 1 else { fatalError("line \(index + 1) numbered \(number)") }
        if let text, text != expected[index] { fatalError("line \(number) cut wrongly") }
        if text == nil, expected[index].count <= LogLines.longestLine { fatalError("line \(number) called overlong") }
    }
    let log = ReviewLog(directory: URL(fileURLWithPath: "/nonexistent"))
    guard let chunk = try? log.parse(bytes) else { return 0 }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var rewritten = Data()
    for record in chunk.records {
        guard Timestamp.isRepresentable(record.time) else { fatalError("a time outside years 1-9999 was read") }
        rewritten.append(try! encoder.encode(record))
        rewritten.append(10)
    }
    guard let again = try? log.parse(rewritten), again.records == chunk.records else {
        fatalError("records it read do not survive being written back")
    }
    return 0
}
