import Foundation
import Testing
@testable import QuizBank

@Suite struct UnknownFieldsTests {
    func names(json: String) -> [String] {
        var text = json
        return text.withUTF8 { UnknownFields.find(inJSON: $0, path: "b.json") }.map { "\($0.line):\($0.column) \($0.name)" }
    }

    @Test func jsonKeysAreCheckedAtEveryLevelAndStringsAreNotKeys() {
        let json = #"""
            {"format": "factdrill-bank", "titel": "T", "items": [
             {"id": "a", "prompt": "He said \"tolerence\": no {\"x\": 1}", "answer": 67.3, "tolerence": 1,
              "evidence": {"source": "s", "sentence": "t", "uri": "u"}, "tags": ["x"]}]}
            """#
        #expect(names(json: json) == ["1:30 titel", "2:80 tolerence", "3:48 uri"])
        // Evidence's url (a web article's address) is a known field.
        let known = #"{"format": "factdrill-bank", "items": [{"id": "a", "evidence": {"source": "s", "sentence": "t", "url": "u"}}]}"#
        #expect(names(json: known).isEmpty)
    }

    @Test func yamlKeysToo() {
        let yaml = "format: factdrill-bank\nitems:\n  - id: a\n    prompt: 'tolerence: 1'\n    answer: 2\n    tolerence: 1\n"
        #expect(UnknownFields.find(inYAML: yaml, path: "b.yaml").map(\.description) == ["b.yaml:6:5: unknown field 'tolerence' (a typo?)"])
    }

    @Test func theGeneratorsScoreIsAKnownField() {
        // `generate` keeps each item's score in the bank: quiz must not warn, grade must not refuse.
        let yaml = "format: factdrill-bank\nversion: 1\ntitle: T\nitems:\n  - id: a\n    prompt: p\n    answer: x\n    score: 0.8\n"
        #expect(UnknownFields.find(inYAML: yaml, path: "b.yaml").isEmpty)
    }

    @Test func aBankTheFastScannerReadsHasNone() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("known-\(UUID()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(#"{"format": "factdrill-bank", "version": 1, "title": "T", "items": [{"id": "a", "prompt": "p", "answer": 1}]}"#.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try BankReader.readNotingUnknownFields(path: path).unknownFields.isEmpty)
        try Data(#"{"format": "factdrill-bank", "version": 1, "title": "T", "items": [{"id": "a", "prompt": "p", "answer": 1, "tolerence": 1}]}"#.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try BankReader.readNotingUnknownFields(path: path).unknownFields.map(\.name) == ["tolerence"])
    }
}
