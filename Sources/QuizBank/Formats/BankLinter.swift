import Foundation
import Yams

/// Checks a bank file for everything that would make a bad quiz, reporting each problem
/// at its line and column: duplicate ids, a choice item whose answer is not a choice,
/// an empty prompt, a numeric item without a number, unknown kinds and fields of the
/// wrong type. JSON is composed with the YAML parser, which gives positions for both.
public enum BankLinter {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "\(path):\(line):\(column): \(message)" }
    }

    public static func lint(path: String) -> [Problem] {
        do {
            guard let format = BankFormat(path: path) else { throw QuizBankError.unsupportedFormat(path: path) }
            if format == .gift {
                // GIFT: syntax errors, and every question FactDrill cannot hold, by line.
                let (bank, skipped) = try GIFT.parse(try BankReader.readText(path: path), path: path)
                var problems = skipped.map { Problem(path: path, line: $0.line, column: 1, message: "skipped: \($0.reason)") }
                let ids = bank.items.map(\.id.rawValue)
                if Set(ids).count != ids.count { problems.append(Problem(path: path, line: 1, column: 1, message: "duplicate ids")) }
                return problems
            }
            return lint(try BankReader.readText(path: path), path: path)
        } catch let error as QuizBankError {
            return [problem(from: error, path: path)]
        } catch {
            return [Problem(path: path, line: 1, column: 1, message: "\(error)")]
        }
    }

    public static func lint(_ text: String, path: String) -> [Problem] {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                return [Problem(path: path, line: 1, column: 1, message: "empty file: a bank needs 'items'")]
            }
            root = composed
        } catch let error as YamlError {
            return [problem(from: SourceLocator.locate(error, path: path), path: path)]
        } catch {
            return [Problem(path: path, line: 1, column: 1, message: "\(error)")]
        }
        var problems: [Problem] = []
        func report(_ node: Node?, _ message: String) {
            let mark = node?.mark ?? root.mark
            problems.append(Problem(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
        }
        guard let mapping = root.mapping else {
            report(root, "a bank is a mapping with 'format', 'version', 'title' and 'items'")
            return problems
        }
        if let format = mapping["format"], format.string != Bank.formatName {
            report(format, "'format' is '\(format.string ?? "")', expected '\(Bank.formatName)'")
        }
        if let version = mapping["version"], version.int.map({ $0 > Bank.currentVersion || $0 < 1 }) ?? true {
            report(version, "'version' must be 1")
        }
        guard let items = mapping["items"] else {
            report(root, "missing 'items'")
            return problems
        }
        guard let list = items.sequence else {
            report(items, "'items' must be a list")
            return problems
        }
        var firstUse: [String: Node] = [:]
        for node in list {
            lintItem(node, report: report, firstUse: &firstUse)
        }
        return problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    private static let knownFields: Set<String> = ["id", "kind", "prompt", "answer", "accept", "choices", "tolerance", "explanation", "evidence", "tags", "score"]

    private static func lintItem(_ node: Node, report: (Node?, String) -> Void, firstUse: inout [String: Node]) {
        guard let item = node.mapping else {
            report(node, "an item is a mapping with 'id', 'prompt' and 'answer'")
            return
        }
        for (key, _) in item where !knownFields.contains(key.string ?? "") {
            report(key, "unknown field '\(key.string ?? "")' (a typo?)")
        }
        let id = item["id"]
        if let id, let text = id.string?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if let first = firstUse[text], let line = first.mark?.line {
                report(id, "duplicate id '\(text)' (first used on line \(line))")
            } else {
                firstUse[text] = id
            }
        } else {
            report(id ?? node, id == nil ? "item without an 'id'" : "empty 'id'")
        }
        if let kind = item["kind"], Item.Kind(rawValue: kind.string ?? "") == nil {
            report(kind, "unknown kind '\(kind.string ?? "")' (use \(Item.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let prompt = item["prompt"]
        if (prompt?.string ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            report(prompt ?? node, prompt == nil ? "item without a 'prompt'" : "empty 'prompt'")
        }
        guard let answer = item["answer"] else {
            report(node, "item without an 'answer'")
            return
        }
        if answer.scalar == nil || (answer.string ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            report(answer, "'answer' must be text, a number or true/false, and not empty")
        }
        let isNumber = answer.scalar.map { $0.style == .plain && Double($0.string) != nil } ?? false
        if let tolerance = item["tolerance"] {
            if Double(tolerance.string ?? "") == nil || (Double(tolerance.string ?? "") ?? 0) < 0 {
                report(tolerance, "'tolerance' must be a number of 0 or more")
            } else if !isNumber {
                report(answer, "a numeric item (it has a 'tolerance') needs a number as its 'answer'")
            }
        }
        for field in ["accept", "tags", "choices"] {
            guard let value = item[field] else { continue }
            guard let sequence = value.sequence, sequence.allSatisfy({ $0.scalar != nil }) else {
                report(value, "'\(field)' must be a list of text")
                continue
            }
        }
        if let choices = item["choices"]?.sequence {
            let texts = choices.compactMap(\.string)
            if texts.count < 2 { report(item["choices"], "a choice item needs at least two choices") }
            if Set(texts).count != texts.count { report(item["choices"], "the same choice appears twice") }
            if let key = answer.string, !texts.contains(key) {
                report(answer, "the answer '\(key)' is not one of the choices")
            }
        }
        if let evidence = item["evidence"] {
            if let fields = evidence.mapping {
                for required in ["source", "sentence"] where (fields[required]?.string ?? "").isEmpty {
                    report(evidence, "'evidence' needs a '\(required)'")
                }
            } else {
                report(evidence, "'evidence' is a mapping with 'source' and 'sentence'")
            }
        }
    }

    private static func problem(from error: QuizBankError, path: String) -> Problem {
        switch error {
        case .invalid(_, let line, let column, let message):
            return Problem(path: path, line: line ?? 1, column: column ?? 1, message: message)
        case .unreadable(_, let reason):
            return Problem(path: path, line: 1, column: 1, message: reason)
        case .unsupportedFormat:
            return Problem(path: path, line: 1, column: 1, message: "unknown bank format (use .json, .yaml or .yml)")
        }
    }
}
