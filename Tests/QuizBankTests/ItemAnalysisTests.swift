import TextMachinery
import Foundation
import Testing
@testable import QuizBank

/// Item analysis checked against figures worked out by hand (the working is in the
/// comments); the large generated class is compared with Scripts/item-analysis-reference.py
/// in the command tests.
@Suite struct ItemAnalysisTests {
    static func analysis(_ scores: [[Double]], answered: [[Bool]]? = nil) -> ItemAnalysis {
        let items = scores.first?.count ?? 0
        return ItemAnalysis(
            ids: (0..<items).map { "q\($0 + 1)" }, prompts: Array(repeating: "?", count: items),
            students: scores.indices.map { "s\($0 + 1)" }, scores: scores,
            answered: answered ?? scores.map { $0.map { _ in true } }, options: Array(repeating: nil, count: items))
    }

    static func close(_ value: Double?, _ expected: Double, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let value else {
            Issue.record("\(comment?.rawValue ?? "value") is nil, expected \(expected)", sourceLocation: sourceLocation)
            return
        }
        #expect(abs(value - expected) < 1e-12, comment, sourceLocation: sourceLocation)
    }

    /// Totals 3, 2, 1, 0 (a staircase): mean 1.5, variance 5/3; item variances 1/4, 1/3,
    /// 1/4 sum to 5/6, so alpha = 3/2 · (1 − (5/6)/(5/3)) = 0.75 and the error ratio
    /// 100·√0.25 = 50. Deviations ±0.5, ±1.5: symmetric, so skewness 0; m2 = 1.25,
    /// m4 = 2.5625, k2 = 5/3, k4 = 16·(5·2.5625 − 9·1.5625)/6 = −10/3, kurtosis −1.2.
    /// q1 = 1,1,1,0 against rests 2,1,0,0: cov 1/4, var 1/4 and 11/12, r = √(3/11).
    /// q2 = 1,1,0,0 against 2,1,1,0: cov 1/3, var 1/3 and 2/3, r = 1/√2. Every item is
    /// already in the order that maximises its covariance, so efficiency is 100.
    @Test func aStaircaseClassMatchesTheFiguresWorkedByHand() {
        let stats = Self.analysis([[1, 1, 1], [1, 1, 0], [1, 0, 0], [0, 0, 0]])
        #expect(stats.test.attempts == 4)
        Self.close(stats.test.mean, 50, "mean")
        Self.close(stats.test.median, 50, "median")
        Self.close(stats.test.sd, 100 * (5.0 / 3).squareRoot() / 3, "sd")
        Self.close(stats.test.skewness, 0, "skewness")
        Self.close(stats.test.kurtosis, -1.2, "kurtosis")
        Self.close(stats.test.alpha, 0.75, "alpha")
        Self.close(stats.test.errorRatio, 50, "error ratio")
        Self.close(stats.test.standardError, 50 * (5.0 / 3).squareRoot() / 3, "standard error")
        Self.close(stats.items[0].facility, 75)
        Self.close(stats.items[1].facility, 50)
        Self.close(stats.items[2].facility, 25)
        Self.close(stats.items[0].sd, 50)
        Self.close(stats.items[1].sd, 100 / 3.0.squareRoot())
        Self.close(stats.items[0].discrimination, 100 * (3.0 / 11).squareRoot())
        Self.close(stats.items[1].discrimination, 100 / 2.0.squareRoot())
        Self.close(stats.items[2].discrimination, 100 * (3.0 / 11).squareRoot())
        for item in stats.items { Self.close(item.discriminativeEfficiency, 100, "efficiency of \(item.id)") }
        #expect(stats.items.allSatisfy { $0.flags.isEmpty })
    }

    /// Reversing one item's column (a wrong key) turns its discrimination negative.
    @Test func aReversedItemHasNegativeDiscriminationAndIsFlagged() {
        let right: [[Double]] = [[1, 1, 1, 1], [1, 1, 1, 0], [1, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], [1, 1, 1, 0]]
        let keyed = Self.analysis(right.map { $0 + [$0[1]] })
        let reversedKey = Self.analysis(right.map { $0 + [1 - $0[1]] })
        #expect((keyed.items[4].discrimination ?? 0) > 50)
        #expect(keyed.items[4].flags.isEmpty)
        let reversed = reversedKey.items[4]
        #expect((reversed.discrimination ?? 0) < 0)
        #expect(reversed.flags.first == .negativeDiscrimination)
    }

    @Test func oneStudentHasNoSpreadSoOnlyMeanMedianAndFacilityAreDefined() {
        let stats = Self.analysis([[1, 0, 1]])
        Self.close(stats.test.mean, 200.0 / 3)
        Self.close(stats.test.median, 200.0 / 3)
        #expect(stats.test.sd == nil && stats.test.skewness == nil && stats.test.kurtosis == nil)
        #expect(stats.test.alpha == nil && stats.test.errorRatio == nil && stats.test.standardError == nil)
        #expect(stats.items.map(\.facility) == [100, 0, 100])
        #expect(stats.items.allSatisfy { $0.sd == nil && $0.discrimination == nil && $0.discriminativeEfficiency == nil })
    }

    @Test(arguments: [1.0, 0.0])
    func aClassThatAllScoresTheSameHasNullsNotNaN(_ points: Double) {
        let stats = Self.analysis(Array(repeating: [points, points, points], count: 5))
        Self.close(stats.test.mean, 100 * points)
        Self.close(stats.test.sd, 0)
        #expect(stats.test.skewness == nil && stats.test.kurtosis == nil && stats.test.alpha == nil && stats.test.errorRatio == nil)
        for item in stats.items {
            #expect(item.facility == 100 * points && item.sd == 0)
            #expect(item.discrimination == nil && item.discriminativeEfficiency == nil)
            #expect(item.flags == [points == 1 ? .tooEasy : .tooHard])
        }
        let json = Self.json(stats)
        #expect(!json.lowercased().contains("nan"))
        #expect(json.contains("\"alpha\" : null"))
    }

    @Test func anItemNobodyAnsweredScoresZeroAndIsFlaggedUnanswered() {
        let scores: [[Double]] = [[1, 1, 0], [1, 0, 0], [0, 0, 0], [1, 1, 0]]
        let stats = Self.analysis(scores, answered: scores.map { _ in [true, true, false] })
        let silent = stats.items[2]
        #expect(silent.facility == 0 && silent.answered == 0)
        #expect(silent.discrimination == nil && silent.discriminativeEfficiency == nil)
        #expect(silent.flags == [ItemAnalysis.Flag.unanswered])
        // It adds no variance, so alpha is that of two items scaled by k/(k−1) = 3/2.
        #expect(stats.test.alpha != nil)
    }

    @Test func aBankOfOneItemHasNoAlphaAndNoRestToCorrelateWith() {
        let stats = Self.analysis([[1], [0], [1], [1]])
        #expect(stats.test.alpha == nil && stats.test.errorRatio == nil)
        Self.close(stats.items[0].facility, 75)
        #expect(stats.items[0].discrimination == nil)
        Self.close(stats.test.sd, 50)
    }

    /// Options are read like the matcher reads answers, and a distractor nobody picks is flagged.
    @Test func optionsCountLettersAndTextsAndFlagAnUnchosenDistractor() throws {
        let item = Item(id: "who", kind: .whoSaid, prompt: "Who said it?", answer: .text("Petro Poroshenko"),
                        choices: ["Petro Poroshenko", "Vladimir Putin", "Angela Merkel"])
        let truth = Item(id: "tf", kind: .claim, prompt: "True?", answer: .truth(false))
        let bank = Bank(title: "t", items: [item, truth])
        let answers: [(String?, String?)] = [("a", "f"), ("Poroshenko", "no"), ("B", "true"), ("vladimir putin", nil), (nil, "maybe")]
        let grader = Grader(bank: bank)
        var report = GradeReport(bankTitle: "t", sheets: [], failures: [], passMark: nil)
        for (index, pair) in answers.enumerated() {
            var given: [String: String] = [:]
            given["who"] = pair.0
            given["tf"] = pair.1
            report.sheets.append(grader.grade(AnswerSheet(student: "s\(index)", answers: given, origin: "-")))
        }
        let stats = ItemAnalysis(report: report, bank: bank)
        let who = stats.items[0]
        #expect(who.options.map(\.count) == [2, 2, 0, 1])
        #expect(who.options.map(\.choice) == ["Petro Poroshenko", "Vladimir Putin", "Angela Merkel", nil])
        #expect(who.options.map(\.label) == ["A", "B", "C", "other"])
        #expect(who.options[0].isKey && !who.options[1].isKey)
        #expect(who.options.map(\.share) == [40, 40, 0, 20])
        #expect(who.options[2].meanScore == nil)
        // Students 0 and 1 scored 2/2 → 100 %; they chose A.
        #expect(who.options[0].meanScore == 100)
        #expect(who.flags.contains(.unchosenDistractor))
        let tf = stats.items[1]
        #expect(tf.options.map(\.label) == ["true", "false", "other"])
        #expect(tf.options.map(\.count) == [1, 2, 2])
        #expect(tf.options[1].isKey)
    }

    @Test func theJSONHasTheIssuesShape() throws {
        let stats = Self.analysis([[1, 1, 1], [1, 1, 0], [1, 0, 0], [0, 0, 0]])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Self.json(stats).utf8)) as? [String: Any])
        let test = try #require(object["test"] as? [String: Any])
        #expect(Set(test.keys) == ["attempts", "mean", "median", "sd", "skewness", "kurtosis", "alpha", "error_ratio", "standard_error"])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(Set(items[0].keys) == ["id", "facility", "sd", "discrimination", "discriminative_efficiency", "options", "flags"])
        #expect(test["alpha"] as? Double == 0.75)
    }

    /// Ids, prompts and titles come from banks anyone can write: they are text on the page, never markup.
    @Test func thePageEscapesWhatTheBankSays() {
        var stats = Self.analysis([[1, 0], [1, 1], [0, 0], [1, 0]])
        stats.items[1].prompt = "<script>alert('x')</script> & \"more\""
        stats.items[1].id = "q<2>"
        stats.items[1].flags = [.tooHard]
        let html = ItemAnalysisPage(analysis: stats, title: "Bank <i>one</i>").html
        #expect(!html.contains("<script>") && !html.contains("<i>") && !html.contains("q<2>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"))
        #expect(html.contains("<code>q&lt;2&gt;</code>"))
        #expect(html.contains("Bank &lt;i&gt;one&lt;/i&gt;"))
    }

    static func json(_ stats: ItemAnalysis) -> String {
        var writer = PrettyJSONWriter()
        stats.writeJSON(into: &writer)
        return writer.text
    }
}
