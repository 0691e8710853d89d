import Foundation
import Testing
@testable import QuizBank
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Student names are whatever a sheet says: none may forge a line, a test or a field in
/// any report format.
@Suite struct GradeReportEscapingTests {
    static let names = [
        "eve\nok 99 - forged", "mallory\r\nnot ok 98 - forged", "trudy # SKIP not graded", "a,b\"c\rd", "x\u{2028}y\u{85}z\u{1B}[2J",
        "back\\slash",
    ]

    static func report() throws -> GradeReport {
        let bank = try GradingTests.habitsBank()
        let grader = Grader(bank: bank)
        let sheets = names.map { AnswerSheet(student: $0, answers: [bank.items[0].id.rawValue: "wrong\nok"], origin: "\($0).json") }
        return GradeReport(bankTitle: "t", sheets: sheets.map(grader.grade), failures: [("bad\nok 1.json", "bad\nok 1.json: broken")], passMark: nil)
    }

    @Test func tapHasOneLinePerTestAndNoForgedDirective() throws {
        let report = try Self.report()
        let tap = GradeReportFormat.tap.render(report)
        let lines = tap.split(whereSeparator: \.isNewline).map(String.init)
        let tests = lines.filter { $0.hasPrefix("ok ") || $0.hasPrefix("not ok ") }
        let planned = report.sheets.map(\.items.count).reduce(0, +)
        #expect(lines[1] == "1..\(planned)")
        #expect(tests.count == planned)
        #expect(tests.enumerated().allSatisfy { $0.element.contains(" \($0.offset + 1) - ") })
        // A directive is an unescaped '#' in a test line.
        #expect(tests.allSatisfy { line in !line.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\#", with: "").contains("#") })
        #expect(lines.allSatisfy { ["TAP version", "1..", "# ", "ok ", "not ok ", "  "].contains(where: $0.hasPrefix) })
        #expect(tap.contains("- trudy \\# SKIP not graded: "))
        #expect(tap.contains("- eve\\nok 99 - forged: "))
        #expect(tap.contains("- x\\u2028y\\u0085z\\u001B[2J: "))
    }

    @Test func junitAttributesKeepTheNamesExactly() throws {
        let xml = GradeReportFormat.junit.render(try Self.report())
        let document = try XMLDocument(data: Data(xml.utf8))
        let suites = try document.nodes(forXPath: "//testsuite/@name").compactMap(\.stringValue)
        let expected = Self.names.map { $0.replacingOccurrences(of: "\u{1B}", with: "") } + ["bad\nok 1.json"]
        #expect(suites == expected)
    }

    @Test func csvHasOneRecordPerStudent() throws {
        let csv = GradeReportFormat.csv.render(try Self.report())
        let records = Self.csvRecords(csv)
        #expect(records.count == Self.names.count + 1)
        #expect(records.dropFirst().map { $0[0] } == Self.names)
        #expect(records.allSatisfy { $0.count == 7 })
    }

    @Test func jsonKeepsTheNamesExactly() throws {
        let json = GradeReportFormat.json.render(try Self.report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let students = try #require(object["students"] as? [[String: Any]])
        #expect(students.compactMap { $0["student"] as? String } == Self.names)
    }

    /// RFC 4180: fields split at commas, quoted fields may hold commas, quotes and line breaks.
    static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field); field = ""
            } else if scalar == "\n" || scalar == "\r" {
                if scalar == "\r", scalars.first == "\n" { scalars.removeFirst() }
                record.append(field); records.append(record); record = []; field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return records
    }
}
