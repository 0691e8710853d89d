import Foundation

/// libFuzzer entry point: any answer against items of every shape gives a verdict.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    guard let text = String(data: Data(bytes: data, count: size), encoding: .utf8) else { return 0 }
    let half = text.index(text.startIndex, offsetBy: text.count / 2)
    let key = String(text[..<half]), given = String(text[half...])
    let items = [
        Item(id: "t", kind: .whoSaid, prompt: "?", answer: .text(key), accept: [given], choices: nil),
        Item(id: "c", kind: .custom, prompt: "?", answer: .text(key), choices: [key, given + "x"]),
        Item(id: "n", kind: .figure, prompt: "?", answer: .number(Double(key.count) * 1000.5), tolerance: 3),
        Item(id: "b", kind: .claim, prompt: "?", answer: .truth(key.count % 2 == 0)),
        Item(id: "d", kind: .date, prompt: "?", answer: .text("2014-08-28"), accept: [key]),
    ]
    let matcher = AnswerMatcher(otherNames: [key, given, "Petro Poroshenko"])
    for item in items { _ = matcher.verdict(for: given, against: item) }
    return 0
}
