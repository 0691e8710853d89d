import Foundation
import Testing
@testable import QuizBank

@Suite struct BankLinterTests {
    static let cases: [(String, String)] = [
        ("items:\n  - {id: a, prompt: p, answer: x}\n  - {id: a, prompt: q, answer: y}\n", "b.yaml:3:10: duplicate id 'a' (first used on line 2)"),
        ("items:\n  - id: a\n    prompt: Who?\n    answer: Tak\n    choices: [Psaki, Pyatt]\n", "b.yaml:4:13: the answer 'Tak' is not one of the choices"),
        ("items:\n  - id: a\n    prompt: \"\"\n    answer: x\n", "b.yaml:3:13: empty 'prompt'"),
        ("items:\n  - id: a\n    prompt: How many?\n    answer: many\n    tolerance: 0\n", "b.yaml:4:13: a numeric item (it has a 'tolerance') needs a number as its 'answer'"),
        ("items:\n  - id: a\n    prompt: p\n", "b.yaml:2:5: item without an 'answer'"),
        ("items:\n  - prompt: p\n    answer: x\n", "b.yaml:2:5: item without an 'id'"),
        ("items:\n  - {id: a, kind: quiz, prompt: p, answer: x}\n", "b.yaml:2:19: unknown kind 'quiz' (use who-said, figure, date, claim, cross-source, custom)"),
        ("items:\n  - {id: a, prompt: p, answer: x, colour: red}\n", "b.yaml:2:35: unknown field 'colour' (a typo?)"),
        ("format: anki\nitems: []\n", "b.yaml:1:9: 'format' is 'anki', expected 'factdrill-bank'"),
        ("items: {a: 1}\n", "b.yaml:1:8: 'items' must be a list"),
        ("items:\n\t- id: a\n", "b.yaml:2:1:"),
    ]

    @Test(arguments: cases)
    func eachProblemIsReportedAtItsPlace(text: String, expected: String) {
        let problems = BankLinter.lint(text, path: "b.yaml").map(\.description)
        #expect(problems.first?.hasPrefix(expected) == true, "\(problems)")
    }

    @Test func jsonBanksGetPositionsToo() {
        let text = "{\"items\": [\n  {\"id\": \"a\", \"prompt\": \"p\", \"answer\": \"x\"},\n  {\"id\": \"a\", \"prompt\": \"p\", \"answer\": \"x\"}\n]}"
        #expect(BankLinter.lint(text, path: "b.json").map(\.description) == ["b.json:3:10: duplicate id 'a' (first used on line 2)"])
    }

    @Test func theBundledBanksAreClean() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("QuestionBanks")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where BankFormat(path: name) != nil {
            #expect(BankLinter.lint(path: folder.appendingPathComponent(name).path).isEmpty, "\(name)")
        }
    }

    @Test func jsonAndYAMLRoundTripEveryField() throws {
        let bank = Bank(title: "t", items: [
            Item(id: "a", kind: .figure, prompt: "How many?", answer: .number(1000), accept: ["a thousand"], tolerance: 5,
                 explanation: "e", evidence: Evidence(source: "s", sentence: "At least 1,000: \"quoted\"."), tags: ["x"]),
            Item(id: "b", kind: .whoSaid, prompt: "Who?", answer: .text("Jen Psaki"), choices: ["Jen Psaki", "Nico Tak"]),
            Item(id: "c", kind: .claim, prompt: "True?", answer: .truth(false)),
            Item(id: "d", kind: .custom, prompt: "Yes or no: 'true'?", answer: .text("true story")),
        ])
        let yaml = try BankWriter.encode(bank, format: .yaml)
        let fromYAML = try BankReader.decode(yaml, format: .yaml, path: "t.yaml")
        #expect(fromYAML == bank)
        let json = try BankWriter.encode(fromYAML, format: .json)
        #expect(try BankReader.decode(json, format: .json, path: "t.json") == bank)
    }
}
