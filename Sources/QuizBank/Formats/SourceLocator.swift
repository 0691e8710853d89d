import Foundation
import Yams

/// Turns decoder failures into `path:line:col` errors.
///
/// Decoders report *where in the data model* they failed (a coding path), not where in
/// the file. JSON is a subset of YAML's flow syntax, so composing the same text with
/// Yams yields a node tree that carries line and column marks for either format; the
/// coding path is walked through that tree to find the position.
enum SourceLocator {
    /// - Parameter json: the text was read as JSON, so what YAML reads but JSON does not
    ///   (single quotes, `inf`) is found by a strict JSON reading.
    static func locate(_ error: DecodingError, in text: String, path: String, json: Bool = false) -> QuizBankError {
        let (codingPath, message) = describe(error)
        if codingPath.isEmpty, let syntax = syntaxProblem(in: text) {
            // The parser's own words say what is wrong ("did not find expected ',' or '}'").
            return .invalid(path: path, line: syntax.line, column: syntax.column, message: "not valid: \(syntax.problem)")
        }
        if codingPath.isEmpty, let position = foundationPosition(error) {
            return .invalid(path: path, line: position.line, column: position.column, message: message)
        }
        if codingPath.isEmpty, json, let syntax = JSONSyntax.firstError(in: text) {
            let (line, column) = position(ofOffset: syntax.offset, in: text)
            return .invalid(path: path, line: line, column: column, message: "not valid JSON: \(syntax.problem)")
        }
        let mark = mark(at: codingPath, in: text)
        let prefix = codingPath.isEmpty ? "" : "\(render(codingPath)): "
        return .invalid(path: path, line: mark?.line, column: mark?.column, message: prefix + message)
    }

    static func locate(_ error: YamlError, path: String) -> QuizBankError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return .invalid(path: path, line: mark.line, column: mark.column, message: "not valid: \(problem)")
        case .reader(let problem, _, _, _):
            return .invalid(path: path, line: nil, column: nil, message: problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .invalid(path: path, line: context.mark.line, column: context.mark.column,
                            message: "the key \(keys) is given twice in one mapping (which one counts?)")
        default:
            return .invalid(path: path, line: nil, column: nil, message: "\(error)")
        }
    }

    /// The line and column of a top-level key, for checks made after decoding.
    static func position(ofKey key: String, in text: String) -> (Int, Int)? {
        guard let root = try? Yams.compose(yaml: text), let mapping = root.mapping else { return nil }
        for (name, _) in mapping where name.string == key {
            if let mark = name.mark { return (mark.line, mark.column) }
        }
        return nil
    }

    /// A broken validation rule at its line and column; the text is composed only here,
    /// when there is something to report.
    static func locate(_ problem: BankValidation.Problem, in text: String, path: String) -> QuizBankError {
        let root = try? Yams.compose(yaml: text)
        let located = root.map { locate(problem, in: $0) }
        return .invalid(path: path, line: located?.line, column: located?.column, message: located?.message ?? problem.message)
    }

    /// A broken validation rule at the node it names, with the earlier use of a duplicate.
    static func locate(_ problem: BankValidation.Problem, in root: Node) -> (line: Int, column: Int, message: String) {
        let mark = mark(at: problem.field, in: root)
        var message = problem.message
        if let first = problem.firstUse, let line = self.mark(at: first, in: root)?.line {
            message += " (first used on line \(line))"
        }
        return (mark?.line ?? 1, mark?.column ?? 1, message)
    }

    /// The 1-based line and column of a byte offset in UTF-8 text, the column counted in
    /// characters as an editor shows it.
    static func position(ofOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: min(offset, utf8.count))
        var line = 1
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index < end {
            if utf8[index] == 0x0A {
                line += 1
                lineStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        return (line, text[lineStart..<end].count + 1)
    }

    /// The line and column of the node at `codingPath`, or of its nearest ancestor.
    static func mark(at codingPath: [any CodingKey], in text: String) -> Mark? {
        guard let node = try? Yams.compose(yaml: text) else { return nil }
        return mark(at: codingPath, in: node)
    }

    static func mark(at codingPath: [any CodingKey], in root: Node) -> Mark? {
        var node = root
        var best = node.mark
        for key in codingPath {
            if let index = key.intValue, let sequence = node.sequence, index < sequence.count {
                node = sequence[index]
            } else if let mapping = node.mapping, let child = mapping[key.stringValue] {
                // Point at the key itself: that is where a person looks for a wrong value's name.
                node = child
            } else {
                break
            }
            best = node.mark ?? best
        }
        return best
    }

    private static func describe(_ error: DecodingError) -> ([any CodingKey], String) {
        switch error {
        case .keyNotFound(let key, let context):
            return (context.codingPath, "missing '\(key.stringValue)'")
        case .typeMismatch(let type, let context):
            return (context.codingPath, "expected \(typeName(type))")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "expected \(typeName(type)), found null")
        case .dataCorrupted(let context):
            if let underlying = context.underlyingError {
                return (context.codingPath, firstLine(of: "\(underlying)"))
            }
            return (context.codingPath, firstLine(of: context.debugDescription))
        @unknown default:
            return ([], "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Double.Type, is Int.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list"
        default: "\(type)".lowercased()
        }
    }

    /// Renders a coding path the way people write it: `items[3].answer`.
    static func render(_ codingPath: [any CodingKey]) -> String {
        var out = ""
        for key in codingPath {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                out += out.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return out
    }

    /// A JSON syntax error's position and description, as Yams's parser sees the same text.
    private static func syntaxProblem(in text: String) -> (line: Int, column: Int, problem: String)? {
        do {
            _ = try Yams.compose(yaml: text)
            return nil
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                return (mark.line, mark.column, problem)
            default: return nil
            }
        } catch {
            return nil
        }
    }

    /// Foundation's own "line N, column M" wording, when it gives one.
    private static func foundationPosition(_ error: DecodingError) -> (line: Int, column: Int)? {
        guard case .dataCorrupted(let context) = error else { return nil }
        let text = "\(context.underlyingError.map { "\($0)" } ?? context.debugDescription)"
        guard let lineRange = text.range(of: #"line (\d+)"#, options: .regularExpression),
            let columnRange = text.range(of: #"column (\d+)"#, options: .regularExpression),
            let line = Int(text[lineRange].dropFirst(5)),
            let column = Int(text[columnRange].dropFirst(7))
        else { return nil }
        return (line, column)
    }

    private static func firstLine(of text: String) -> String {
        String(text.split(separator: "\n", maxSplits: 1).first ?? "")
    }
}
