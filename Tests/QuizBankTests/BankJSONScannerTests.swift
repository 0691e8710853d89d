import Foundation
import Testing
@testable import QuizBank

/// The fast bank reader must read exactly what `JSONDecoder` reads, and give up (so the
/// decoder, with its precise errors, takes over) on anything else.
@Suite struct BankJSONScannerTests {
    static func decoded(_ text: String) throws -> Bank {
        try JSONDecoder().decode(Bank.self, from: Data(text.utf8))
    }

    static let texts: [String] = [
        #"{"items": []}"#,
        #" { "title" : "T" , "format":"factdrill-bank","version":1,"items":[ {"id":"a","prompt":"p","answer":"x"} ] } "#,
        #"{"items":[{"id":"n","kind":"figure","prompt":"How many?","answer":1000,"tolerance":2.5,"accept":["1k"],"tags":[]}]}"#,
        #"{"items":[{"id":"t","kind":"claim","prompt":"True?","answer":false,"choices":null,"explanation":null,"evidence":null}]}"#,
        #"{"items":[{"id":"e","prompt":"Esc \"q\" \\ \/ \n\t\u00e9 \ud83d\ude00","answer":"-1.5e3","evidence":{"source":"S","sentence":"Line"}}]}"#,
        #"{"items":[{"id":"m","kind":"who-said","prompt":"Who?","answer":"Olga Marsh","choices":["Olga Marsh","Pavel Dunn"],"kind":"who-said"}]}"#,
        #"{"version": 2, "items": [{"id":"v","prompt":"p","answer":-0.25}]}"#,
    ]

    @Test(arguments: texts)
    func readsWhatJSONDecoderReads(_ text: String) throws {
        let fast = try #require(BankJSONScanner.bank(from: text), "the scanner gave up on \(text)")
        #expect(fast == (try Self.decoded(text)))
    }

    @Test func readsTheBundledAndAGeneratedBankAsTheDecoderDoes() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let bundled = try String(contentsOf: root.appendingPathComponent("QuestionBanks/news-ukraine-russia.json"), encoding: .utf8)
        #expect(BankJSONScanner.bank(from: bundled) == (try Self.decoded(bundled)))
        let written = try BankWriter.encode(Bank(title: "Ünï \"q\"", items: [
            Item(id: "a", kind: .figure, prompt: "p\u{1}", answer: .number(2.5), accept: ["x"], choices: ["a", "b"], tolerance: 1,
                 explanation: "e", evidence: Evidence(source: "s", sentence: "t"), tags: ["u"]),
        ]), format: .json)
        #expect(BankJSONScanner.bank(from: written) == (try Self.decoded(written)))
    }

    @Test(arguments: [
        #"{"items": [{"id": "a", "prompt": "p", "answer": "x", "hint": "unknown key"}]}"#,
        #"{"items": [{"id": "a", "kind": "quiz", "prompt": "p", "answer": "x"}]}"#,
        #"{"items": [{"id": 7, "prompt": "p", "answer": "x"}]}"#,
        #"{"items": [{"id": "a", "prompt": "p"}]}"#,
        #"{"items": [{"id": "a", "prompt": "p", "answer": null}]}"#,
        #"{"items": [{"id": "a", "prompt": "p", "answer": "x"},]}"#,
        #"{"items": [{"id": "a", "prompt": "p", "answer": "x"}]} trailing"#,
        "{\"items\": [{\"id\": \"a\", \"prompt\": \"raw\ttab\", \"answer\": \"x\"}]}",
        #"{"items": [{"id": "a", "prompt": "bad \q escape", "answer": "x"}]}"#,
        #"{"items": "#,
    ])
    func givesUpOnAnythingElse(_ text: String) {
        #expect(BankJSONScanner.bank(from: text) == nil)
    }
}
