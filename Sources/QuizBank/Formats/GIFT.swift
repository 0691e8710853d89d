import Foundation

/// Moodle's GIFT format: import instructors' existing banks, export for Moodle.
///
/// Reads multiple choice, true/false, short answer and numerical questions (with
/// tolerance or a range), titles, feedback, comments, categories, text-format prefixes
/// and escaped control characters. Matching, multiple-answer and essay questions have
/// no FactDrill item kind: each is named with its line and skipped, never the whole file.
/// Exports write what GIFT cannot hold (kind, evidence, tags, score) as `// factdrill-…`
/// comments that the importer reads back, so a round trip keeps every field.
public enum GIFT {
    public struct Skipped: Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    // MARK: - Import

    /// - Throws: `QuizBankError.invalid` with line and column for a brace never closed.
    public static func parse(_ text: String, path: String) throws -> (bank: Bank, skipped: [Skipped]) {
        var items: [Item] = []
        var skipped: [Skipped] = []
        var category: String?
        var usedIDs = Set<Item.ID>()
        for block in try blocks(of: text, path: path) {
            if let name = block.category { category = name; continue }
            guard !block.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            switch question(from: block).map({ item -> Item in
                var item = item
                item.explanation = item.explanation?.trimmingCharacters(in: .whitespacesAndNewlines)
                return item
            }) {
            case .success(var item):
                // A category becomes a tag, unless the tags came with the question (our own export).
                if let category, !block.meta.keys.contains("tags"), !block.meta.keys.contains("id"), !item.tags.contains(category) {
                    item.tags.append(category)
                }
                var id = item.id
                var suffix = 2
                while usedIDs.contains(id) {
                    id = Item.ID("\(item.id.rawValue)-\(suffix)")
                    suffix += 1
                }
                item.id = id
                usedIDs.insert(id)
                items.append(item)
            case .failure(let reason):
                skipped.append(Skipped(line: block.line, reason: reason.message))
            }
        }
        let title = category ?? (path as NSString).lastPathComponent
        return (Bank(title: title, items: items), skipped)
    }

    private struct Block {
        var text: String
        var line: Int
        var meta: [String: String]
        var category: String?
    }

    private struct Unsupported: Error { var message: String }

    /// Splits the file into questions: blank lines separate them except inside braces;
    /// comment lines are dropped (our own `// factdrill-` comments are kept as metadata).
    private static func blocks(of text: String, path: String) throws -> [Block] {
        var blocks: [Block] = []
        var current = ""
        var startLine = 0
        var meta: [String: String] = [:]
        var depth = 0
        var openedAt: (line: Int, column: Int)?
        func flush() {
            if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                blocks.append(Block(text: current, line: startLine, meta: meta))
            }
            current = ""
            meta = [:]
        }
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let lineNumber = index + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if depth == 0 {
                if trimmed.hasPrefix("//") {
                    if trimmed.hasPrefix("// factdrill-"), let colon = trimmed.firstIndex(of: ":") {
                        let key = String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 13)..<colon])
                        meta[key] = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                        if current.isEmpty { startLine = lineNumber }
                    }
                    continue
                }
                if trimmed.isEmpty {
                    flush()
                    continue
                }
                if trimmed.hasPrefix("$CATEGORY:") {
                    flush()
                    blocks.append(Block(text: "", line: lineNumber, meta: [:], category: trimmed.dropFirst(10).trimmingCharacters(in: .whitespaces)))
                    continue
                }
            }
            if current.isEmpty && meta.isEmpty { startLine = lineNumber }
            if current.isEmpty && startLine == 0 { startLine = lineNumber }
            // Track braces, skipping escaped ones.
            var escaped = false
            for (column, character) in line.enumerated() {
                if escaped { escaped = false; continue }
                if character == "\\" { escaped = true; continue }
                if character == "{" {
                    if depth == 0 { openedAt = (lineNumber, column + 1) }
                    depth += 1
                } else if character == "}" {
                    depth -= 1
                    if depth < 0 {
                        throw QuizBankError.invalid(path: path, line: lineNumber, column: column + 1, message: "'}' closes no '{'")
                    }
                }
            }
            current += current.isEmpty ? line : "\n" + line
        }
        if depth > 0, let openedAt {
            throw QuizBankError.invalid(path: path, line: openedAt.line, column: openedAt.column, message: "'{' is never closed")
        }
        flush()
        return blocks
    }

    private static func question(from block: Block) -> Result<Item, Unsupported> {
        var text = block.text
        var title: String?
        let trimmedStart = text.drop { $0 == " " || $0 == "\n" }
        if trimmedStart.hasPrefix("::"), let end = trimmedStart.dropFirst(2).range(of: "::") {
            title = String(trimmedStart[trimmedStart.index(trimmedStart.startIndex, offsetBy: 2)..<end.lowerBound]).trimmingCharacters(in: .whitespaces)
            text = String(trimmedStart[end.upperBound...])
        }
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("["), let close = text.firstIndex(of: "]"), ["[html]", "[moodle]", "[plain]", "[markdown]"].contains(String(text[...close]).lowercased()) {
            text = String(text[text.index(after: close)...])
        }
        guard let open = unescapedIndex(of: "{", in: text), let close = matchingClose(in: text, from: open) else {
            return .failure(Unsupported(message: "description or essay without an answer (FactDrill items need one)"))
        }
        let before = String(text[..<open]).trimmingCharacters(in: .whitespacesAndNewlines)
        let after = String(text[text.index(after: close)...]).trimmingCharacters(in: .whitespacesAndNewlines)
        var prompt = unescape(before)
        if !after.isEmpty && after != "." {
            prompt = unescape(before) + " ____ " + unescape(after)  // missing-word format
        }
        prompt = prompt.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        let body = String(text[text.index(after: open)..<close])
        let (answerPart, generalFeedback) = splitGeneralFeedback(body)

        var item: Item
        switch answers(answerPart) {
        case .failure(let problem): return .failure(problem)
        case .success(let parsed): item = Item(id: "x", kind: parsed.kind, prompt: prompt, answer: parsed.answer, accept: parsed.accept,
                                               choices: parsed.choices, tolerance: parsed.tolerance, explanation: parsed.feedback)
        }
        if let generalFeedback, !generalFeedback.isEmpty { item.explanation = generalFeedback }
        let idSource = block.meta["id"] ?? title.map(slug) ?? "gift-" + String(StableID.hash([prompt]) % 0xFFFF_FFFF, radix: 16)
        item.id = Item.ID(idSource)
        if let kind = block.meta["kind"].flatMap(Item.Kind.init(rawValue:)) { item.kind = kind }
        if let source = block.meta["evidence-source"], let sentence = block.meta["evidence-sentence"] {
            item.evidence = Evidence(source: source, sentence: sentence)
        }
        if let score = block.meta["score"].flatMap(Double.init) { item.score = score }
        if let tags = block.meta["tags"] { item.tags = tags.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        if let accept = block.meta["accept"], item.accept.isEmpty {
            item.accept = accept.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        if prompt.isEmpty { return .failure(Unsupported(message: "question without text")) }
        return .success(item)
    }

    private struct ParsedAnswer {
        var kind: Item.Kind
        var answer: Answer
        var accept: [String] = []
        var choices: [String]?
        var tolerance: Double?
        var feedback: String?
    }

    private static func answers(_ body: String) -> Result<ParsedAnswer, Unsupported> {
        let content = body.trimmingCharacters(in: .whitespacesAndNewlines)
        if content.isEmpty { return .failure(Unsupported(message: "essay question (FactDrill has no essay items)")) }
        // True/false
        let truthPart = content.split(separator: "#", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).uppercased() } ?? ""
        if ["T", "F", "TRUE", "FALSE"].contains(truthPart) {
            let feedback = content.split(separator: "#", maxSplits: 2).dropFirst().first.map { unescape(String($0)).trimmingCharacters(in: .whitespacesAndNewlines) }
            return .success(ParsedAnswer(kind: .claim, answer: .truth(truthPart.hasPrefix("T")), feedback: feedback))
        }
        if content.hasPrefix("#") { return numerical(String(content.dropFirst())) }
        if containsUnescaped("->", in: content) { return .failure(Unsupported(message: "matching question (FactDrill has no matching items)")) }
        let entries = splitEntries(content)
        guard !entries.isEmpty else { return .failure(Unsupported(message: "no answers in braces")) }
        let right = entries.filter { $0.correct && ($0.weight ?? 100) == 100 }
        let wrong = entries.filter { !$0.correct || ($0.weight ?? 100) != 100 }
        if entries.contains(where: { !$0.correct }) {
            // Multiple choice: one right option.
            let full = entries.filter { ($0.correct && ($0.weight ?? 100) == 100) || (!$0.correct && $0.weight == 100) }
            guard full.count == 1 else {
                return .failure(Unsupported(message: "multiple-answer question (FactDrill choice items have one right answer)"))
            }
            let choices = entries.map(\.text)
            guard Set(choices).count == choices.count else { return .failure(Unsupported(message: "the same choice appears twice")) }
            return .success(ParsedAnswer(kind: .custom, answer: .text(full[0].text), choices: choices, feedback: full[0].feedback))
        }
        // Short answer: every full-credit answer is accepted; partial-credit ones are not.
        guard let first = right.first else { return .failure(Unsupported(message: "no full-credit answer")) }
        _ = wrong
        return .success(ParsedAnswer(kind: .custom, answer: .text(first.text), accept: right.dropFirst().map(\.text), feedback: first.feedback))
    }

    private static func numerical(_ body: String) -> Result<ParsedAnswer, Unsupported> {
        let content = body.trimmingCharacters(in: .whitespacesAndNewlines)
        func parse(_ spec: String) -> (Double, Double)? {
            let value = spec.split(separator: "#").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            if let range = value.range(of: "..") {
                guard let low = Double(value[..<range.lowerBound]), let high = Double(value[range.upperBound...]), low <= high else { return nil }
                // Rounded past the inputs' precision: 3.141..3.142 is 3.1415 ± 0.0005, not 3.14149999….
                let tidy = { (value: Double) in (value * 1e9).rounded() / 1e9 }
                return (tidy((low + high) / 2), tidy((high - low) / 2))
            }
            let parts = value.split(separator: ":")
            guard let number = parts.first.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }) else { return nil }
            let tolerance = parts.count > 1 ? Double(parts[1].trimmingCharacters(in: .whitespaces)) ?? 0 : 0
            return (number, tolerance)
        }
        if content.hasPrefix("=") {
            // Several answers: the full-credit one is the key.
            for entry in splitEntries(content) where (entry.weight ?? 100) == 100 {
                if let (value, tolerance) = parse(entry.text) {
                    return .success(ParsedAnswer(kind: .figure, answer: .number(value), tolerance: tolerance, feedback: entry.feedback))
                }
            }
            return .failure(Unsupported(message: "numerical question without a full-credit number"))
        }
        guard let (value, tolerance) = parse(content) else { return .failure(Unsupported(message: "numerical answer is not a number")) }
        let feedback = content.split(separator: "#", maxSplits: 1).dropFirst().first.map { unescape(String($0)).trimmingCharacters(in: .whitespacesAndNewlines) }
        return .success(ParsedAnswer(kind: .figure, answer: .number(value), tolerance: tolerance, feedback: feedback))
    }

    private struct Entry {
        var correct: Bool
        var weight: Double?
        var text: String
        var feedback: String?
    }

    /// Splits `=a#fb ~%50%b ~c` into entries at unescaped `=` and `~`.
    private static func splitEntries(_ content: String) -> [Entry] {
        var entries: [Entry] = []
        var current: (correct: Bool, text: String)?
        var escaped = false
        for character in content {
            if escaped {
                current?.text.append("\\")
                current?.text.append(character)
                escaped = false
                continue
            }
            if character == "\\" { escaped = true; continue }
            if character == "=" || character == "~" {
                if let current { entries.append(entry(current)) }
                current = (character == "=", "")
                continue
            }
            current?.text.append(character)
        }
        if let current { entries.append(entry(current)) }
        return entries
    }

    private static func entry(_ raw: (correct: Bool, text: String)) -> Entry {
        var text = raw.text
        var weight: Double?
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("%"), let end = trimmed.dropFirst().firstIndex(of: "%") {
            weight = Double(trimmed[trimmed.index(after: trimmed.startIndex)..<end])
            text = String(trimmed[trimmed.index(after: end)...])
        }
        var feedback: String?
        if let hash = unescapedIndex(of: "#", in: text) {
            feedback = unescape(String(text[text.index(after: hash)...])).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            text = String(text[..<hash])
        }
        return Entry(correct: raw.correct, weight: weight,
                     text: unescape(text).replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces),
                     feedback: feedback?.isEmpty == true ? nil : feedback)
    }

    private static func splitGeneralFeedback(_ body: String) -> (String, String?) {
        guard let range = body.range(of: "####") else { return (body, nil) }
        return (String(body[..<range.lowerBound]), unescape(String(body[range.upperBound...])).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func unescapedIndex(of target: Character, in text: String) -> String.Index? {
        var escaped = false
        for index in text.indices {
            if escaped { escaped = false; continue }
            if text[index] == "\\" { escaped = true; continue }
            if text[index] == target { return index }
        }
        return nil
    }

    private static func containsUnescaped(_ target: String, in text: String) -> Bool {
        var plain = ""
        var escaped = false
        for character in text {
            if escaped { escaped = false; plain.append(" "); continue }
            if character == "\\" { escaped = true; continue }
            plain.append(character)
        }
        return plain.contains(target)
    }

    private static func matchingClose(in text: String, from open: String.Index) -> String.Index? {
        var depth = 0
        var escaped = false
        for index in text[open...].indices {
            if escaped { escaped = false; continue }
            if text[index] == "\\" { escaped = true; continue }
            if text[index] == "{" { depth += 1 }
            if text[index] == "}" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    static func unescape(_ text: String) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if escaped {
                out.append(character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "~=#{}:\\".contains(character) { out.append("\\") }
            out.append(character == "\n" ? " " : character)
        }
        return out
    }

    private static func slug(_ title: String) -> String {
        let lowered = title.lowercased()
        var out = ""
        for character in lowered {
            if character.isLetter || character.isNumber { out.append(character) } else if out.last != "-" { out.append("-") }
        }
        return out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    // MARK: - Export

    public static func encode(_ bank: Bank) -> String {
        var lines = ["// \(bank.title) — exported by factdrill", "$CATEGORY: \(bank.title.replacingOccurrences(of: "\n", with: " "))", ""]
        for item in bank.items {
            lines.append("// factdrill-id: \(item.id.rawValue)")
            lines.append("// factdrill-kind: \(item.kind.rawValue)")
            if let evidence = item.evidence {
                lines.append("// factdrill-evidence-source: \(evidence.source.replacingOccurrences(of: "\n", with: " "))")
                lines.append("// factdrill-evidence-sentence: \(evidence.sentence.replacingOccurrences(of: "\n", with: " "))")
            }
            let tags = item.tags.filter { $0 != bank.title }
            if !tags.isEmpty { lines.append("// factdrill-tags: \(tags.joined(separator: ", "))") }
            if let score = item.score { lines.append("// factdrill-score: \(score)") }
            var body: String
            switch item.response {
            case .multipleChoice(let choices):
                body = choices.map { ($0 == item.answer.description ? "=" : "~") + escape($0) }.joined(separator: " ")
            case .trueFalse:
                body = item.answer == .truth(true) ? "TRUE" : "FALSE"
            case .numeric(let tolerance):
                guard case .number(let value) = item.answer else { continue }
                body = "#\(plain(value)):\(plain(tolerance))"
            case .shortAnswer:
                body = ([item.answer.description] + item.accept).map { "=" + escape($0) }.joined(separator: " ")
            }
            if item.response != .shortAnswer, !item.accept.isEmpty {
                lines.append("// factdrill-accept: \(item.accept.joined(separator: " | "))")
            }
            if let explanation = item.explanation, !explanation.isEmpty { body += " ####" + escape(explanation) }
            lines.append("::\(escape(item.id.rawValue))::\(escape(item.prompt)) {\(body)}")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
