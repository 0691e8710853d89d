import Foundation
import Testing
@testable import QuizBank

/// Every bank the linter flags, the reader every command uses refuses, with the same
/// message at the same place; and what the reader refuses, the linter flags.
@Suite struct BankValidationTests {
    static let item = #""id": "a", "prompt": "p""#

    static let cases: [(path: String, text: String, expected: String)] = [
        // A key given twice: readers disagree on which one wins.
        ("b.json", #"{"items": [{"id": "a", "id": "b", "prompt": "p", "answer": "x"}]}"#, "b.json:1:24: the key 'id' is given twice"),
        ("b.yaml", "items:\n  - id: a\n    id: b\n    prompt: p\n    answer: x\n", "b.yaml:2:5: the key 'id' is given twice"),
        // The key is not among the choices.
        ("b.json", #"{"items": [{\#(item), "answer": "z", "choices": ["x", "y"]}]}"#, "b.json:1:49: the answer 'z' is not one of the choices"),
        // A version no factdrill ever wrote.
        ("b.json", #"{"format": "factdrill-bank", "version": -5, "items": []}"#, "b.json:1:41: 'version' must be 1"),
        ("b.yaml", "version: 0\nitems: []\n", "b.yaml:1:10: 'version' must be 1"),
        // A YAML null is no answer.
        ("b.yaml", "items:\n  - id: a\n    prompt: p\n    answer: !!null\n", "b.yaml:4:13: empty 'answer'"),
        // JSON only YAML reads: the quiz refuses it, so lint must too.
        ("b.json", "{'items': [{'id': 'a', 'prompt': 'p', 'answer': 'x'}]}", "b.json:1:2: not valid JSON: expected a key in double quotes, found ''items':'"),
        ("b.json", #"{"items": [{\#(item), "answer": inf}]}"#, "b.json:1:49: not valid JSON: expected a value (JSON strings take double quotes; numbers are finite and written out), found 'inf'"),
        // Numbers that are not finite, in either format.
        ("b.json", #"{"items": [{\#(item), "answer": 5, "tolerance": 1e400}]}"#, "b.json:1:65: not valid JSON: a number too large to hold, found '1e400'"),
        ("b.json", #"{"items": [{\#(item), "answer": -1e400}]}"#, "b.json:1:49: items[0].answer: answer must be a string, a number or true/false"),
        ("b.yaml", "items:\n  - id: a\n    prompt: p\n    answer: 5\n    tolerance: .inf\n", "b.yaml:5:16: 'tolerance' must be a finite number of 0 or more"),
        ("b.yaml", "items:\n  - id: a\n    prompt: p\n    answer: .nan\n", "b.yaml:4:13: 'answer' must be a finite number"),
        // More choices than letters to type.
        ("b.json", #"{"items": [{\#(item), "answer": "c1", "choices": [\#((1...27).map { "\"c\($0)\"" }.joined(separator: ","))]}]}"#,
         "b.json:1:66: a choice item has at most 26 choices (A to Z), not 27"),
        // Duplicate ids point at the first use.
        ("b.json", "{\"items\": [\n{\(item), \"answer\": \"x\"},\n{\(item), \"answer\": \"y\"}]}", "b.json:3:8: duplicate id 'a' (first used on line 2)"),
    ]

    @Test(arguments: cases)
    func lintAndTheReaderAgree(path: String, text: String, expected: String) throws {
        let problems = BankLinter.lint(text, path: path).map(\.description)
        #expect(problems.first?.hasPrefix(expected) == true, "lint: \(problems)")
        let format = try #require(BankFormat(path: path))
        #expect {
            _ = try BankReader.decode(text, format: format, path: path)
        } throws: { error in
            "\(error)".hasPrefix(expected) && "\(error)" == problems.first
        }
    }

    @Test func theFastJSONReaderAppliesTheSameRules() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("validation-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let text = #"{"format": "factdrill-bank", "version": 1, "title": "t", "items": [{"id": "a", "prompt": "p", "answer": 5, "tolerance": 0, "choices": ["5"]}]}"#
        #expect(BankJSONScanner.bank(from: text) != nil)
        try Data(text.utf8).write(to: file)
        #expect(throws: QuizBankError.invalid(path: file.path, line: 1, column: 135, message: "a choice item needs at least two choices")) {
            try BankReader.read(path: file.path)
        }
        // A number JSONDecoder refuses, the scanner leaves to it.
        #expect(BankJSONScanner.bank(from: #"{"items": [{"id": "a", "prompt": "p", "answer": 1e400}]}"#) == nil)
    }

    @Test func aBankWithNoFormatOrVersionIsReadByAll() throws {
        let text = #"{"items": [{"id": "a", "prompt": "p", "answer": "x", "choices": []}]}"#
        #expect(BankLinter.lint(text, path: "b.json").isEmpty)
        #expect(try BankReader.decode(text, format: .json, path: "b.json").items.count == 1)
    }

    @Test func aSheetAnswerThatIsNoFiniteNumberIsRefusedAtItsPlace() {
        #expect {
            _ = try AnswerSheet.decode(#"{"student": "ann", "answers": {"a": 1e400}}"#, origin: "s.json")
        } throws: { error in
            "\(error)".hasPrefix("s.json:1:37: ")
        }
    }

    @Test func eachItemRuleNamesItsField() {
        let item = Item(id: " ", kind: .figure, prompt: "", answer: .number(.nan), choices: ["x"], tolerance: -1,
                        evidence: Evidence(source: "", sentence: "s"))
        #expect(BankValidation.problems(in: item).map(\.description) == [
            "id: empty 'id'", "prompt: empty 'prompt'", "answer: 'answer' must be a finite number",
            "tolerance: 'tolerance' must be a finite number of 0 or more", "choices: a choice item needs at least two choices",
            "answer: the answer 'nan' is not one of the choices", "evidence: 'evidence' needs a 'source'",
        ])
    }
}
