import Foundation
import Testing
@testable import QuizBank

@Suite struct BankReaderTests {
    let minimalJSON = """
        {"format": "factdrill-bank", "version": 1, "title": "T",
         "items": [{"id": "a", "kind": "figure", "prompt": "How many?", "answer": 1000, "tolerance": 0},
                   {"id": "b", "kind": "who-said", "prompt": "Who?", "answer": "Petro Poroshenko",
                    "accept": ["Poroshenko"], "choices": ["Petro Poroshenko", "Jen Psaki"]},
                   {"id": "c", "kind": "claim", "prompt": "True?", "answer": false}]}
        """

    @Test func decodesEachAnswerShapeIntoItsResponse() throws {
        let bank = try BankReader.decode(minimalJSON, format: .json, path: "t.json")
        #expect(bank.items.map(\.response) == [
            .numeric(tolerance: 0), .multipleChoice(["Petro Poroshenko", "Jen Psaki"]), .trueFalse,
        ])
        #expect(bank.items[1].accept == ["Poroshenko"])
    }

    @Test func yamlAndJSONDecodeToTheSameBank() throws {
        let yaml = """
            format: factdrill-bank
            version: 1
            title: T
            items:
              - {id: a, kind: figure, prompt: How many?, answer: 1000, tolerance: 0}
              - id: b
                kind: who-said
                prompt: Who?
                answer: Petro Poroshenko
                accept: [Poroshenko]
                choices: [Petro Poroshenko, Jen Psaki]
              - {id: c, kind: claim, prompt: True?, answer: false}
            """
        let fromYAML = try BankReader.decode(yaml, format: .yaml, path: "t.yaml")
        let fromJSON = try BankReader.decode(minimalJSON, format: .json, path: "t.json")
        #expect(fromYAML == fromJSON)
    }

    @Test func jsonRoundTripKeepsEveryField() throws {
        let bank = try BankReader.decode(minimalJSON, format: .json, path: "t.json")
        let data = try JSONEncoder().encode(bank)
        let again = try BankReader.decode(String(decoding: data, as: UTF8.self), format: .json, path: "t.json")
        #expect(again == bank)
    }

    @Test(arguments: [
        // A missing field points at the item that lacks it.
        ("{\"items\": [\n  {\"id\": \"a\", \"answer\": 1}\n]}", "t.json:2:3: items[0]: missing 'prompt'"),
        // A wrong type points at the value.
        ("{\"items\": [\n  {\"id\": \"a\", \"prompt\": \"p\", \"answer\": [1]}\n]}", "t.json:2:40: items[0].answer: answer must be a string, a number or true/false"),
        // A syntax error gives its position.
        ("{\"items\": [\n  {\"id\": \"a\",, }\n]}", "t.json:2:"),
        // Someone else's JSON format.
        ("{\"format\": \"anki\", \"items\": []}", "t.json:1:12: 'format' is 'anki', expected 'factdrill-bank'"),
    ])
    func errorsNameFileLineAndColumn(text: String, expectedPrefix: String) {
        #expect {
            _ = try BankReader.decode(text, format: .json, path: "t.json")
        } throws: { error in
            "\(error)".hasPrefix(expectedPrefix)
        }
    }

    @Test func yamlSyntaxErrorsCarryTheirPosition() {
        let yaml = "items:\n  - id: a\n\tprompt: tab\n"
        #expect {
            _ = try BankReader.decode(yaml, format: .yaml, path: "t.yaml")
        } throws: { error in
            guard case QuizBankError.invalid(let path, let line, let column, _) = error else { return false }
            return path == "t.yaml" && line == 3 && column != nil
        }
    }

    @Test func missingFilesAndFoldersAreReportedNotCrashed() throws {
        #expect(throws: QuizBankError.unreadable(path: "/no/such/bank.json", reason: "no such file")) {
            try BankReader.read(path: "/no/such/bank.json")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bank-\(UUID()).json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: QuizBankError.unreadable(path: folder.path, reason: "is a directory, not a bank file")) {
            try BankReader.read(path: folder.path)
        }
        #expect(throws: QuizBankError.unsupportedFormat(path: "notes.txt")) {
            try BankReader.read(path: "notes.txt")
        }
    }

    @Test func everyBundledBankLoadsAndHasUniqueIds() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("QuestionBanks")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { BankFormat(path: $0) != nil }
        #expect(!names.isEmpty)
        var ids = Set<Item.ID>()
        for name in names {
            let bank = try BankReader.read(path: folder.appendingPathComponent(name).path)
            #expect(!bank.items.isEmpty, "\(name) has no items")
            for item in bank.items {
                #expect(ids.insert(item.id).inserted, "duplicate id \(item.id) in \(name)")
            }
        }
    }
}
