import Foundation
import Testing
@testable import QuizBank
import TextMachinery

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
        #"{"items":[{"id":"m","kind":"who-said","prompt":"Who?","answer":"Olga Marsh","choices":["Olga Marsh","Pavel Dunn"]}]}"#,
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
        // A key given twice (found by the fuzzer): readers differ on which value wins.
        #"{"items": [{"id": "a", "prompt": "p", "answer": "x", "answer": "y"}]}"#,
        #"{"items": [{"id": "a", "prompt": "p", "answer": "x", "kind": null, "kind": "figure"}]}"#,
        #"{"items": [{"id": "a", "prompt": "p", "answer": "x", "evidence": {"source": "s", "source": "t", "sentence": "u"}}]}"#,
        #"{"title": "a", "title": "b", "items": []}"#,
        #"{"items":[{"id":"m","kind":"who-said","prompt":"Who?","answer":"Olga Marsh","kind":"who-said"}]}"#,
        #"{"items": [{"id": "a", "prompt": "p", "answer": "x", "hint": null}]}"#,
    ])
    func givesUpOnAnythingElse(_ text: String) {
        #expect(BankJSONScanner.bank(from: text) == nil)
    }

    // MARK: - Large banks, read in two halves at once

    static func largeItem(_ index: Int) -> Item {
        let isFigure = index % 2 == 0
        let answer: Answer = isFigure ? .number(Double(index)) : .text("Olga Marsh \(index)")
        let choices: [String]? = isFigure ? nil : ["Olga Marsh \(index)", "Pavel Dunn"]
        let evidence = Evidence(source: "Example News", sentence: "Sentence \(index).")
        return Item(id: Item.ID("item-\(index)"), kind: isFigure ? .figure : .whoSaid,
                    prompt: "At least ____ troops crossed near Example \(index) on Thursday, officials said. “Quoted”",
                    answer: answer, accept: ["\(index)"], choices: choices,
                    explanation: "Because \(index).", evidence: evidence, tags: ["figure"])
    }

    static func largeBank(_ count: Int = 4_000) -> Bank {
        Bank(title: "large", items: (0..<count).map(largeItem))
    }

    @Test func aLargeBankReadInTwoHalvesIsTheWholeBankInOrder() throws {
        let bank = Self.largeBank()
        let text = try BankWriter.encode(bank, format: .json)
        #expect(text.utf8.count > BankJSONScanner.splitThreshold)  // the split is taken
        let start = Array(text.utf8).withUnsafeBufferPointer { BankJSONScanner.itemStart(after: $0.count / 2, in: $0) }
        #expect(start != nil)
        let fast = try #require(BankJSONScanner.bank(from: text))
        #expect(fast.items.map(\.id) == bank.items.map(\.id))
        let same = fast == (try Self.decoded(text))
        #expect(same)
    }

    @Test func aLargeBankInAnotherLayoutIsReadWhole() throws {
        let text = try BankWriter.encode(Self.largeBank(), format: .json)
        // Every nested object on its own line: the line the split picks may be an
        // evidence object, which the first half never reaches as an item.
        let reflowed = text.replacingOccurrences(of: "\"evidence\" : {", with: "\"evidence\" :\n{")
            .replacingOccurrences(of: "\n    {", with: "{")
        #expect(reflowed.contains("\n{\n"))
        let reflowedRead = BankJSONScanner.bank(from: reflowed)
        let reflowedDecoded = try Self.decoded(reflowed)
        #expect(reflowedRead != nil && reflowedRead == reflowedDecoded)
        // One line for everything: no split at all.
        let oneLine = String(decoding: try JSONEncoder().encode(Self.largeBank()), as: UTF8.self)
        let oneLineRead = BankJSONScanner.bank(from: oneLine)
        let oneLineDecoded = try Self.decoded(oneLine)
        #expect(oneLineRead != nil && oneLineRead == oneLineDecoded)
    }

    @Test func aFlawInEitherHalfOfALargeBankGivesUp() throws {
        let text = try BankWriter.encode(Self.largeBank(), format: .json)
        for id in ["item-10", "item-3990"] {
            let flawed = text.replacingOccurrences(of: "\"id\" : \"\(id)\",", with: "\"id\" : \"\(id)\", \"hint\" : \"unknown\",")
            #expect(flawed.utf8.count > text.utf8.count)
            let read = BankJSONScanner.bank(from: flawed)
            #expect(read == nil, "\(id): the scanner read a bank with an unknown key")
        }
    }

    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [[UInt8]] = [
            [0xC0, 0x80], [0xE0, 0x9F, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98, 0x80],
            [0xE2, 0x80, 0x9C], [0xC3, 0xA9], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xE2, 0x80], Array("plain ascii text".utf8),
        ]
        for sample in interesting + (0..<3_000).map({ _ in
            (0..<Int.random(in: 0...24, using: &generator)).map { _ in
                Bool.random(using: &generator) ? UInt8.random(in: 0x20...0x7E, using: &generator) : UInt8.random(in: 0x80...0xFF, using: &generator)
            }
        }) {
            let expected = String(validating: sample, as: UTF8.self) != nil
            #expect(sample.withUnsafeBufferPointer { UTF8Validation.isValid($0) } == expected, "\(sample)")
        }
    }
}
