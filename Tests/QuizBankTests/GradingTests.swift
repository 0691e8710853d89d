import Foundation
import Testing
@testable import QuizBank
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct GradingTests {
    static func habitsBank() throws -> Bank {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("QuestionBanks/fact-checking-habits.yaml").path
        return try BankReader.read(path: path)
    }

    /// A class of 30: student n answers the first n % 11 items right (in varied forms) and
    /// the rest wrong or not at all.
    static func classOfThirty(for bank: Bank) -> [AnswerSheet] {
        (0..<30).map { student in
            var answers: [String: String] = [:]
            for (index, item) in bank.items.enumerated() {
                if index < student % 11 {
                    answers[item.id.rawValue] = rightAnswer(item, variant: student)
                } else if (index + student) % 3 != 0 {
                    answers[item.id.rawValue] = "something else"
                }
            }
            return AnswerSheet(student: "student\(student)", answers: answers, origin: "s\(student).json")
        }
    }

    static func rightAnswer(_ item: Item, variant: Int) -> String {
        if case .multipleChoice(let choices) = item.response, let index = choices.firstIndex(of: item.answer.description) {
            return variant % 2 == 0 ? ChoiceLetters.letter(for: index).lowercased() : item.answer.description
        }
        if case .truth(let value) = item.answer { return variant % 2 == 0 ? (value ? "t" : "f") : (value ? "yes" : "no") }
        return item.answer.description.uppercased()
    }

    @Test func scoresEachStudentByTheMatcher() throws {
        let bank = try Self.habitsBank()
        let grader = Grader(bank: bank)
        for sheet in Self.classOfThirty(for: bank) {
            let result = grader.grade(sheet)
            let expected = Double(min(Int(sheet.student.dropFirst(7))! % 11, bank.items.count))
            #expect(result.score == expected, "\(sheet.student)")
            #expect(result.total == Double(bank.items.count))
        }
    }

    @Test func allFourFormatsDescribeTheSameClass() throws {
        let bank = try Self.habitsBank()
        let grader = Grader(bank: bank)
        let report = GradeReport(bankTitle: bank.title, sheets: Self.classOfThirty(for: bank).map(grader.grade), failures: [("bad.json", "bad.json:1:1: broken")], passMark: 50)
        let items = 30 * bank.items.count
        let correct = report.sheets.map(\.score).reduce(0, +)

        let json = try #require(try JSONSerialization.jsonObject(with: Data(GradeReportFormat.json.render(report).utf8)) as? [String: Any])
        let students = try #require(json["students"] as? [[String: Any]])
        #expect(students.count == 30)
        #expect((json["errors"] as? [[String: Any]])?.count == 1)
        #expect(students.compactMap { $0["score"] as? Double }.reduce(0, +) == correct)

        let tap = GradeReportFormat.tap.render(report).split(separator: "\n")
        #expect(tap.first == "TAP version 13")
        #expect(tap.contains("1..\(items)"))
        #expect(tap.filter { $0.hasPrefix("ok ") }.count == Int(correct))
        #expect(tap.filter { $0.hasPrefix("not ok ") }.count == items - Int(correct))

        let junit = GradeReportFormat.junit.render(report)
        let counter = JUnitCounter()
        let parser = XMLParser(data: Data(junit.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "JUnit output is well-formed XML")
        #expect(counter.testcases == items + 1)
        #expect(counter.failures == items - Int(correct))
        #expect(counter.errors == 1)

        let csv = GradeReportFormat.csv.render(report).split(separator: "\n")
        #expect(csv.count == 31)
        #expect(csv.first == "student,score,total,percent,passed,missing,sheet")
        #expect(csv.dropFirst().filter { $0.contains(",yes,") }.count == report.sheets.filter { $0.percent >= 50 }.count)
    }

    @Test(arguments: [nil, 50.0] as [Double?])
    func theJSONReportIsWhatJSONEncoderWouldWrite(_ passMark: Double?) throws {
        let bank = try Self.habitsBank()
        let grader = Grader(bank: bank)
        var sheets = Self.classOfThirty(for: bank).map(grader.grade)
        sheets[0].student = "Zoë \"quoted\" / slashed\tname"
        let report = GradeReport(bankTitle: bank.title, sheets: sheets, failures: [("bad.json", "bad.json:1:1: broken")], passMark: passMark)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(GradeReportFormat.jsonReport(report)), as: UTF8.self) + "\n"
        #expect(GradeReportFormat.json.render(report) == expected)
    }

    @Test func sheetsNameTheirProblems() {
        #expect(throws: QuizBankError.self) { try AnswerSheet.decode(#"{"student": "a", "answers": {"x": [1]}}"#, origin: "a.json") }
        #expect(throws: QuizBankError.invalid(path: "b.json", line: 1, column: 2, message: "'student' is empty")) {
            try AnswerSheet.decode(#"{"student": " ", "answers": {}}"#, origin: "b.json")
        }
        let sheet = try? AnswerSheet.decode(#"{"student": "c", "answers": {"n": 1000, "t": true}}"#, origin: "c.json")
        #expect(sheet?.answers == ["n": "1000", "t": "true"])
    }

    @Test func xmlEscapesEverythingItMust() {
        #expect(GradeReportFormat.xml(#"<a & "b" 'c'>"#) == "&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;")
    }
}

final class JUnitCounter: NSObject, XMLParserDelegate {
    var testcases = 0, failures = 0, errors = 0
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch elementName {
        case "testcase": testcases += 1
        case "failure": failures += 1
        case "error": errors += 1
        default: break
        }
    }
}
