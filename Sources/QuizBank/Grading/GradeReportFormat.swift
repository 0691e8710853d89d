import TextMachinery
import Foundation

/// How a grade report is written: JSON for scripts, TAP and JUnit for CI systems, CSV
/// for a gradebook, text for a person at a terminal.
public enum GradeReportFormat: String, CaseIterable, Sendable {
    case json, tap, junit, csv, text

    public func render(_ report: GradeReport) -> String {
        let rendered = switch self {
        case .json: Self.json(report)
        case .tap: Self.tap(report)
        case .junit: Self.junit(report)
        case .csv: Self.csv(report)
        case .text: Self.text(report)
        }
        return report.analysis.map { appendingAnalysis($0, to: rendered, of: report) } ?? rendered
    }

    // MARK: - JSON

    /// The JSON report's shape; `Encodable` so tests can check the hand-written bytes
    /// against `JSONEncoder`.
    struct JSONReport: Encodable {
        var bank: String
        var passMark: Double?
        var students: [Student]
        var errors: [SheetError]
        var summary: Summary

        struct Student: Encodable {
            var student: String
            var sheet: String
            var score: Double
            var total: Double
            var percent: Double
            var passed: Bool?
            var missing: Int
            var unknownIds: [String]
            var items: [Answer]
            enum CodingKeys: String, CodingKey { case student, sheet, score, total, percent, passed, missing, unknownIds = "unknown_ids", items }
        }
        struct Answer: Encodable {
            var id: String
            var given: String?
            var expected: String
            var verdict: String
            var points: Double
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(id, forKey: .id)
                try container.encode(given, forKey: .given)
                try container.encode(expected, forKey: .expected)
                try container.encode(verdict, forKey: .verdict)
                try container.encode(points, forKey: .points)
            }
            enum CodingKeys: String, CodingKey { case id, given, expected, verdict, points }
        }
        struct SheetError: Encodable { var sheet: String; var error: String }
        struct Summary: Encodable {
            var students: Int
            var mean: Double
            var passed: Int?
            var failed: Int?
        }
        enum CodingKeys: String, CodingKey { case bank, passMark = "pass_mark", students, errors, summary }
    }

    static func jsonReport(_ report: GradeReport) -> JSONReport {
        let students = report.sheets.map { sheet in
            JSONReport.Student(
                student: sheet.student, sheet: sheet.origin, score: sheet.score, total: sheet.total,
                percent: (sheet.percent * 10).rounded() / 10, passed: report.passed(sheet), missing: sheet.missing,
                unknownIds: sheet.unknownIDs,
                items: sheet.items.map { .init(id: $0.id, given: $0.given, expected: $0.expected, verdict: $0.outcome.rawValue, points: $0.points) })
        }
        let passed = report.passMark.map { _ in report.sheets.filter { report.passed($0) == true }.count }
        let mean = report.sheets.isEmpty ? 0 : report.sheets.map(\.percent).reduce(0, +) / Double(report.sheets.count)
        return JSONReport(
            bank: report.bankTitle, passMark: report.passMark, students: students,
            errors: report.failures.map { .init(sheet: $0.origin, error: $0.message) },
            summary: .init(students: report.sheets.count, mean: (mean * 10).rounded() / 10, passed: passed,
                           failed: passed.map { report.sheets.count - $0 }))
    }

    /// `JSONEncoder`'s bytes (`.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`),
    /// written directly: for a class of 1,000 the encoder took longer than grading.
    private static func json(_ report: GradeReport) -> String {
        let value = jsonReport(report)
        var writer = PrettyJSONWriter()
        writer.object(indent: 0) {
            $0.field("bank") { $0.string(value.bank) }
            $0.field("errors") { $0.array(value.errors) { writer, error in
                writer.object {
                    $0.field("error") { $0.string(error.error) }
                    $0.field("sheet") { $0.string(error.sheet) }
                }
            } }
            if let passMark = value.passMark { $0.field("pass_mark") { $0.number(passMark) } }
            if let analysis = report.analysis { $0.field("stats") { analysis.writeJSON(into: &$0) } }
            $0.field("students") { $0.array(value.students) { writer, student in
                writer.object {
                    $0.field("items") { $0.array(student.items) { writer, item in
                        writer.object {
                            $0.field("expected") { $0.string(item.expected) }
                            $0.field("given") { $0.optional(item.given) }
                            $0.field("id") { $0.string(item.id) }
                            $0.field("points") { $0.number(item.points) }
                            $0.field("verdict") { $0.string(item.verdict) }
                        }
                    } }
                    $0.field("missing") { $0.integer(student.missing) }
                    if let passed = student.passed { $0.field("passed") { $0.bool(passed) } }
                    $0.field("percent") { $0.number(student.percent) }
                    $0.field("score") { $0.number(student.score) }
                    $0.field("sheet") { $0.string(student.sheet) }
                    $0.field("student") { $0.string(student.student) }
                    $0.field("total") { $0.number(student.total) }
                    $0.field("unknown_ids") { $0.array(student.unknownIds) { $0.string($1) } }
                }
            } }
            $0.field("summary") { writer in
                writer.object {
                    if let failed = value.summary.failed { $0.field("failed") { $0.integer(failed) } }
                    $0.field("mean") { $0.number(value.summary.mean) }
                    if let passed = value.summary.passed { $0.field("passed") { $0.integer(passed) } }
                    $0.field("students") { $0.integer(value.summary.students) }
                }
            }
        }
        return writer.text + "\n"
    }

    // MARK: - TAP

    private static func tap(_ report: GradeReport) -> String {
        let total = report.sheets.map(\.items.count).reduce(0, +)
        var lines = ["TAP version 13", "1..\(total)"]
        var number = 0
        for sheet in report.sheets {
            var header = "# \(tapText(sheet.student)): \(format(sheet.score))/\(format(sheet.total)) (\(format(sheet.percent))%)"
            if let passed = report.passed(sheet) { header += passed ? " pass" : " FAIL" }
            lines.append(header)
            for item in sheet.items {
                number += 1
                let ok = item.points > 0
                lines.append("\(ok ? "ok" : "not ok") \(number) - \(tapText(sheet.student)): \(tapText(item.id))")
                if !ok || item.outcome != .exact {
                    lines.append("  ---")
                    lines.append("  verdict: \(item.outcome.rawValue)")
                    lines.append("  given: \(yamlString(item.given ?? ""))")
                    lines.append("  expected: \(yamlString(item.expected))")
                    lines.append("  ...")
                }
            }
        }
        for failure in report.failures { lines.append("# could not grade \(tapText(failure.origin)): \(tapText(failure.message))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A name or id on one TAP line: a line break in a student's name would start a line
    /// of its own ("ok 7"), and a `#` would turn the rest into a directive ("# SKIP"), so
    /// both are escaped, with the backslash that escapes them.
    static func tapText(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "#" || $0 == "\\" || breaksALine($0) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "#": out += "\\#"
            case "\\": out += "\\\\"
            default: out += breaksALine(scalar) ? escaped(scalar) : String(scalar)
            }
        }
        return out
    }

    /// A double-quoted YAML string for a TAP diagnostic block, every control character
    /// and line separator escaped so the value stays on its line.
    static func yamlString(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\"" || breaksALine($0) }) else { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out += breaksALine(scalar) ? escaped(scalar) : String(scalar)
            }
        }
        return out + "\""
    }

    /// Control characters and the Unicode line and paragraph separators: some readers
    /// end a line at any of them.
    private static func breaksALine(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    // MARK: - JUnit

    private static func junit(_ report: GradeReport) -> String {
        let tests = report.sheets.map(\.items.count).reduce(0, +)
        let failures = report.sheets.map { $0.items.filter { $0.points == 0 }.count }.reduce(0, +)
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<testsuites name=\"\(xml("factdrill grade: " + report.bankTitle))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(report.failures.count)\">",
        ]
        for sheet in report.sheets {
            let failed = sheet.items.filter { $0.points == 0 }.count
            lines.append("  <testsuite name=\"\(xml(sheet.student))\" tests=\"\(sheet.items.count)\" failures=\"\(failed)\" errors=\"0\">")
            lines.append("    <properties><property name=\"score\" value=\"\(format(sheet.score))/\(format(sheet.total))\"/><property name=\"sheet\" value=\"\(xml(sheet.origin))\"/></properties>")
            for item in sheet.items {
                let open = "    <testcase classname=\"\(xml(sheet.student))\" name=\"\(xml(item.id))\""
                if item.points > 0 {
                    lines.append(open + "/>")
                } else {
                    let message = item.given == nil ? "no answer; expected \(item.expected)" : "expected \(item.expected), got \(item.given!)"
                    lines.append(open + ">")
                    lines.append("      <failure type=\"\(item.outcome.rawValue)\" message=\"\(xml(message))\">\(xml(item.prompt))</failure>")
                    lines.append("    </testcase>")
                }
            }
            lines.append("  </testsuite>")
        }
        for failure in report.failures {
            lines.append("  <testsuite name=\"\(xml(failure.origin))\" tests=\"1\" failures=\"0\" errors=\"1\">")
            lines.append("    <testcase classname=\"sheet\" name=\"\(xml(failure.origin))\"><error message=\"\(xml(failure.message))\"/></testcase>")
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func xml(_ text: String) -> String {
        // Most names and ids need no escaping: return them as they are.
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'")
        }
        if plain { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            // As references: a raw line break in an attribute is read back as a space.
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            case "\r": out += "&#13;"
            case _ where scalar.value < 0x20: continue  // not allowed in XML 1.0
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: - CSV

    private static func csv(_ report: GradeReport) -> String {
        var lines = ["student,score,total,percent,passed,missing,sheet"]
        for sheet in report.sheets {
            let passed = report.passed(sheet).map { $0 ? "yes" : "no" } ?? ""
            lines.append([csvField(sheet.student), format(sheet.score), format(sheet.total), format(sheet.percent), passed,
                          String(sheet.missing), csvField(sheet.origin)].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csvField(_ text: String) -> String {
        // Scalars, not characters: "\r\n" is one character and equals neither.
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
