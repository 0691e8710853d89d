import Foundation
import Testing

/// `grade` gives the verdicts the README's matching rules promise, on the bundled bank.
@Suite struct GradeVerdictTests {
    @Test func aLeadingArticleIsFormNotFact() throws {
        let sheet = FileManager.default.temporaryDirectory.appendingPathComponent("verdicts-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: sheet) }
        try Data(#"{"student": "ann", "answers": {"habits-unnamed-source": "unnamed pentagon official"}}"#.utf8).write(to: sheet)
        let result = try CommandRunner.run(["grade", "--bank", "QuestionBanks/fact-checking-habits.yaml", sheet.path, "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ann,1,10,"))
    }
}
