import Foundation
import Yams

/// Turns decoder failures into `path:line:col` errors.
///
/// Decoders report *where in the data model* they failed (a coding path), not where in
/// the file. JSON is a subset of YAML's flow syntax, so composing the same text with
/// Yams yields a node tree that carries line and column marks for either format; the
/// coding path is walked through that tree to find the position.
enum SourceLocator {
    static func locate(_ error: DecodingError, in text: String, path: String) -> QuizBankError {
        let (codingPath, message) = describe(error)
        if codingPath.isEmpty, let syntax = syntaxProblem(in: text) {
            // The parser's own words say what is wrong ("did not find expected ',' or '}'").
            return .invalid(path: path, line: syntax.line, column: syntax.column, message: "not valid: \(syntax.problem)")
        }
        if codingPath.isEmpty, let position = foundationPosition(error) {
            return .invalid(path: path, line: position.line, column: position.column, message: message)
        }
        let mark = mark(at: codingPath, in: text)
        let prefix = codingPath.isEmpty ? "" : "\(render(codingPath)): "
        return .invalid(path: path, line: mark?.line, column: mark?.column, message: prefix + message)
    }

    static func locate(_ error: YamlError, path: String) -> QuizBankError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return .invalid(path: path, line: mark.line, column: mark.column, message: problem)
        case .reader(let problem, _, _, _):
            return .invalid(path: path, line: nil, column: nil, message: problem)
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

    /// The line and column of the node at `codingPath`, or of its nearest ancestor.
    static func mark(at codingPath: [any CodingKey], in text: String) -> Mark? {
        guard var node = try? Yams.compose(yaml: text) else { return nil }
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
