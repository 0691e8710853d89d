import Foundation
import Testing
@testable import QuizBank

/// YAML aliases may share part of a bank, never multiply it without bound.
@Suite struct YAMLExpansionTests {
    static func bank(items: Int, sharing answers: Int) -> String {
        let shared = (0..<answers).map { "    - \(String(repeating: "accepted answer \($0) ", count: 5))\n" }.joined()
        return "format: factdrill-bank\nversion: 1\ntitle: t\nshared:\n  list: &list\n\(shared)items:\n"
            + (0..<items).map { "  - id: q\($0)\n    prompt: Question \($0)?\n    answer: a\($0)\n    accept: *list\n" }.joined()
    }

    @Test func aliasesMultiplyingTheBankPastTheBoundAreRefusedAtTheItem() throws {
        // 1,000 answers of ~100 bytes shared by 40 items: 4 MB from a 0.1 MB file.
        let text = Self.bank(items: 40, sharing: 1000)
        let expected = "b.yaml:1079:5: aliases expand this bank past 1.8 MB"
        #expect {
            _ = try BankReader.decode(text, format: .yaml, path: "b.yaml")
        } throws: { error in
            "\(error)".hasPrefix(expected)
        }
        #expect(BankLinter.lint(text, path: "b.yaml").first?.description.hasPrefix(expected) == true)
    }

    @Test func sharingWithinTheBoundIsRead() throws {
        let bank = try BankReader.decode(Self.bank(items: 40, sharing: 3), format: .yaml, path: "b.yaml")
        #expect(bank.items.count == 40)
        #expect(bank.items.allSatisfy { $0.accept.count == 3 })
    }
}
