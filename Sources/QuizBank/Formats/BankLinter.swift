import Foundation
import Yams

/// Checks a bank file for everything that would make a bad quiz, reporting each problem
/// at its line and column: what the reader every command uses refuses (syntax, types, keys
/// given twice), every rule of `BankValidation` the bank breaks (duplicate ids, an answer
/// not among the choices, numbers that are not finite…), and what only a linter points
/// out (unknown kinds, misspelt fields). JSON is composed with the YAML parser, which
/// gives positions for both.
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

    /// Lints bank text in the format `path`'s extension names (YAML when it names none).
    public static func lint(_ text: String, path: String) -> [Problem] {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                return [Problem(path: path, line: 1, column: 1, message: "empty file: a bank needs 'items'")]
            }
            root = composed
        } catch {
            // The reader's own words and position, so lint and every command agree.
            do {
                _ = try BankReader.decodeUnvalidated(text, format: BankFormat(path: path) ?? .yaml, path: path)
            } catch let refusal as QuizBankError {
                return [problem(from: refusal, path: path)]
            } catch {}
            if let error = error as? YamlError { return [problem(from: SourceLocator.locate(error, path: path), path: path)] }
            return [Problem(path: path, line: 1, column: 1, message: "\(error)")]
        }
        var problems = shapeProblems(root, path: path)
        // Then the bank as every command reads it: what the reader refuses (JSON that is
        // only YAML, a key given twice) and every rule of `BankValidation` it breaks.
        do {
            let bank = try BankReader.decodeUnvalidated(text, format: BankFormat(path: path) ?? .yaml, path: path)
            for rule in BankValidation.problems(in: bank) {
                let located = SourceLocator.locate(rule, in: root)
                problems.append(Problem(path: path, line: located.line, column: located.column, message: located.message))
            }
        } catch let error as QuizBankError {
            let refusal = problem(from: error, path: path)
            if !problems.contains(where: { $0.line == refusal.line }) { problems.append(refusal) }
        } catch {
            problems.append(Problem(path: path, line: 1, column: 1, message: "\(error)"))
        }
        return problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// What the node tree shows before any decoding: the bank's outline, each item's
    /// required fields and their types, unknown kinds and misspelt fields.
    private static func shapeProblems(_ root: Node, path: String) -> [Problem] {
        var problems: [Problem] = []
        func report(_ node: Node?, _ message: String) {
            let mark = node?.mark ?? root.mark
            problems.append(Problem(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
        }
        guard let mapping = root.mapping else {
            report(root, "a bank is a mapping with 'format', 'version', 'title' and 'items'")
            return problems
        }
        guard let items = mapping["items"] else {
            report(root, "missing 'items'")
            return problems
        }
        guard let list = items.sequence else {
            report(items, "'items' must be a list")
            return problems
        }
        for node in list {
            lintItem(node, report: report)
        }
        return problems
    }

    private static func lintItem(_ node: Node, report: (Node?, String) -> Void) {
        guard let item = node.mapping else {
            report(node, "an item is a mapping with 'id', 'prompt' and 'answer'")
            return
        }
        for (key, _) in item where !UnknownFields.itemFields.contains(key.string ?? "") {
            report(key, "unknown field '\(key.string ?? "")' (a typo?)")
        }
        if item["id"] == nil { report(node, "item without an 'id'") }
        if let kind = item["kind"], Item.Kind(rawValue: kind.string ?? "") == nil {
            report(kind, "unknown kind '\(kind.string ?? "")' (use \(Item.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if item["prompt"] == nil { report(node, "item without a 'prompt'") }
        if let answer = item["answer"] {
            if answer.scalar == nil { report(answer, "'answer' must be text, a number or true/false") }
        } else {
            report(node, "item without an 'answer'")
        }
        for field in ["accept", "tags", "choices"] {
            guard let value = item[field] else { continue }
            guard let sequence = value.sequence, sequence.allSatisfy({ $0.scalar != nil }) else {
                report(value, "'\(field)' must be a list of text")
                continue
            }
        }
        if let evidence = item["evidence"], evidence.mapping == nil {
            report(evidence, "'evidence' is a mapping with 'source' and 'sentence'")
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
