import Foundation
import Testing

/// `generate`'s options as a teacher uses them: naming the outlet, keeping the best few
/// items of each article, and seeing why facts made no item.
@Suite struct GenerateCommandTests {
    static let article = """
        Council votes to close Marlow library

        Marlow council voted on Tuesday to close the Marlow library, which has served the town since 1904.

        "We have run out of money for the Marlow building and its 40,000 books," said council leader Anna Reeve.

        About 1,200 residents signed a petition against the closure, organiser Tom Field said.

        "Marlow without its library is a town without a heart," Tom Field said outside the town hall.

        Earlier, he said the council had ignored 300 letters.
        """

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("generate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try article.write(to: folder.appendingPathComponent("library.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    struct BankShape: Decodable {
        struct ItemShape: Decodable { var prompt: String; var score: Double?; var evidence: [String: String]? }
        var items: [ItemShape]
    }

    @Test func promptsSpeakOfTheArticleOrOfTheOutletNamedWithSource() throws {
        let folder = try Self.folder()
        let bank = folder.appendingPathComponent("bank.json")
        let plain = try CommandRunner.run(["generate", folder.path, "-o", bank.path, "--max-per-article", "20"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let items = try JSONDecoder().decode(BankShape.self, from: Data(contentsOf: bank)).items
        #expect(!items.isEmpty)
        // Never the headline or the file name as the outlet: the headline is cited as one.
        #expect(!items.contains { $0.prompt.contains("— Council votes to close") || $0.prompt.contains("Council votes to close reported") || $0.prompt.contains("library.txt") })
        #expect(items.allSatisfy { !$0.prompt.contains("Council votes to close") || $0.prompt.contains("“Council votes to close") }, "\(items.map(\.prompt))")
        #expect(items.allSatisfy { $0.evidence?["source"] == "the article" })
        #expect(items.allSatisfy { ($0.score ?? -1) >= 0 })

        let named = try CommandRunner.run(["generate", folder.path, "-o", bank.path, "--force", "--max-per-article", "20", "--source", "Marlow Echo"])
        #expect(named.status == 0, "\(named.stderr)")
        let namedItems = try JSONDecoder().decode(BankShape.self, from: Data(contentsOf: bank)).items
        #expect(namedItems.allSatisfy { $0.evidence?["source"] == "Marlow Echo" })
        #expect(namedItems.contains { $0.prompt.contains("Marlow Echo") })
    }

    @Test func maxPerArticleKeepsTheBestAndExplainSaysWhatWasLeftOut() throws {
        let folder = try Self.folder()
        let bank = folder.appendingPathComponent("bank.json")
        let result = try CommandRunner.run(["generate", folder.path, "-o", bank.path, "--max-per-article", "2", "--explain"])
        #expect(result.status == 0, "\(result.stderr)")
        let items = try JSONDecoder().decode(BankShape.self, from: Data(contentsOf: bank)).items
        #expect(items.count == 2)
        #expect(result.stdout.contains("library.txt: figure “300”: “earlier” points to an earlier sentence"), "\(result.stdout)")
        #expect(result.stdout.contains("not among the best 2 of its article"))
        #expect(result.stderr.contains("wrote 2 items"))
    }

    @Test func oneItemIsCountedInTheSingular() throws {
        let folder = try Self.folder()
        let bank = folder.appendingPathComponent("bank.json")
        let result = try CommandRunner.run(["generate", folder.path, "-o", bank.path, "--max-per-article", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wrote 1 item to"), "\(result.stderr)")
    }

    @Test func badOptionsAreOneLineAndExitTwo() throws {
        let folder = try Self.folder()
        let bank = folder.appendingPathComponent("bank.json").path
        let zero = try CommandRunner.run(["generate", folder.path, "-o", bank, "--max-per-article", "0"])
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("--max-per-article must be at least 1"))
        let blank = try CommandRunner.run(["generate", folder.path, "-o", bank, "--source", " "])
        #expect(blank.status == 2)
        #expect(!FileManager.default.fileExists(atPath: bank))
    }
}
