import Foundation
import Testing

/// lint, quiz, grade and convert read banks through one validation: a bank one of them
/// refuses, all refuse, with the same line.
@Suite struct BankAgreementTests {
    static let banks: [(name: String, text: String)] = [
        ("duplicate-key.json", #"{"items": [{"id": "a", "prompt": "p", "answer": "x", "answer": "y"}]}"#),
        ("not-a-choice.json", #"{"items": [{"id": "a", "prompt": "p", "answer": "z", "choices": ["x", "y"]}]}"#),
        ("negative-version.json", #"{"format": "factdrill-bank", "version": -5, "items": [{"id": "a", "prompt": "p", "answer": "x"}]}"#),
        ("null-answer.yaml", "items:\n  - id: a\n    prompt: p\n    answer: !!null\n"),
        ("single-quotes.json", "{'items': [{'id': 'a', 'prompt': 'p', 'answer': 'x'}]}"),
        ("infinite-tolerance.json", #"{"items": [{"id": "a", "prompt": "p", "answer": 5, "tolerance": 1e400}]}"#),
        ("infinite-answer.yaml", "items:\n  - id: a\n    prompt: p\n    answer: .inf\n"),
    ]

    @Test(arguments: banks)
    func everyCommandRefusesTheSameBank(name: String, text: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agree-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bank = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: bank))
        let sheet = folder.appendingPathComponent("sheet.json").path
        try Data(#"{"student": "ann", "answers": {"a": "5"}}"#.utf8).write(to: URL(fileURLWithPath: sheet))

        let lint = try CommandRunner.run(["bank", "lint", bank])
        #expect(lint.status == 2)
        let line = try #require(lint.stdout.split(separator: "\n").first.map(String.init))
        #expect(line.hasPrefix(bank + ":"))
        for arguments in [["quiz", "--script", bank], ["grade", "--bank", bank, sheet], ["bank", "convert", bank, folder.appendingPathComponent("out.gift").path]] {
            let result = try CommandRunner.run(arguments, stdin: "x\n", dataHome: folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == "factdrill: \(line)\n", "\(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.gift").path))
    }
}
