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
        /// The next suffix to try for an id used before, so 16,000 questions with one
        /// title take one look each rather than one per earlier question.
        var nextSuffix: [Item.ID: Int] = [:]
        // Moodle on Windows exports CRLF; old Mac files end lines with a lone CR.
        let text = text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        for block in try blocks(of: text, path: path) {
            if let name = block.category { category = categoryName(name); continue }
            guard !block.text.trimmedForGIFT().isEmpty else { continue }
            switch try question(from: block, path: path).map({ item -> Item in
                var item = item
                item.explanation = item.explanation?.trimmedForGIFT()
                return item
            }) {
            case .success(var item):
                // A category becomes a tag, unless the tags came with the question (our own export).
                if let category, !block.meta.keys.contains("tags"), !block.meta.keys.contains("id"), !item.tags.contains(category) {
                    item.tags.append(category)
                }
                var id = item.id
                var suffix = nextSuffix[item.id] ?? 2
                while usedIDs.contains(id) {
                    id = Item.ID("\(item.id.rawValue)-\(suffix)")
                    suffix += 1
                }
                if id != item.id { nextSuffix[item.id] = suffix }
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

    /// Moodle writes categories as paths from placeholders (`$course$/top/Default for
    /// History`): the placeholders and `top` are Moodle's, not the teacher's, so neither
    /// becomes a title or a tag. nil when nothing else is left.
    static func categoryName(_ path: String) -> String? {
        let parts = path.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { part in !part.isEmpty && part != "top" && !(part.count > 2 && part.hasPrefix("$") && part.hasSuffix("$")) }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    private struct Block {
        var text: String
        var line: Int
        var meta: [String: String]
        var category: String?
        /// Where the answer's opening brace is, for errors in the answer.
        var answerAt: (line: Int, column: Int)?
    }

    /// A question FactDrill cannot hold: skipped and named, the rest of the file read.
    private struct Unsupported: Error { var message: String }

    /// An answer no question may have (a number that is not finite): the file is refused.
    private struct Invalid: Error { var message: String }

    /// Splits the file into questions: blank lines separate them except inside braces;
    /// comment lines are dropped (our own `// factdrill-` comments are kept as metadata).
    private static func blocks(of text: String, path: String) throws -> [Block] {
        var blocks: [Block] = []
        var current = ""
        var startLine = 0
        var meta: [String: String] = [:]
        var depth = 0
        var openedAt: (line: Int, column: Int)?
        var answerAt: (line: Int, column: Int)?
        func flush() {
            if !current.trimmedForGIFT().isEmpty {
                blocks.append(Block(text: current, line: startLine, meta: meta, answerAt: answerAt))
            }
            current = ""
            meta = [:]
            answerAt = nil
        }
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let lineNumber = index + 1
            let trimmed = line.trimmedForGIFT(newlines: false)
            if depth == 0 {
                if trimmed.hasPrefix("//") {
                    if trimmed.hasPrefix("// factdrill-"), let colon = trimmed.firstIndex(of: ":") {
                        let key = String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 13)..<colon])
                        meta[key] = trimmed[trimmed.index(after: colon)...].trimmedForGIFT(newlines: false)
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
                    blocks.append(Block(text: "", line: lineNumber, meta: [:], category: trimmed.dropFirst(10).trimmedForGIFT(newlines: false)))
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
                    if depth == 0 {
                        openedAt = (lineNumber, column + 1)
                        if answerAt == nil { answerAt = openedAt }
                    }
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

    /// - Throws: `QuizBankError.invalid` at the answer's brace for an answer no question may have.
    private static func question(from block: Block, path: String) throws -> Result<Item, Unsupported> {
        var text = block.text
        var title: String?
        let trimmedStart = text.drop { $0 == " " || $0 == "\n" }
        if trimmedStart.hasPrefix("::"), let end = trimmedStart.dropFirst(2).range(of: "::") {
            title = String(trimmedStart[trimmedStart.index(trimmedStart.startIndex, offsetBy: 2)..<end.lowerBound]).trimmedForGIFT(newlines: false)
            text = String(trimmedStart[end.upperBound...])
        }
        text = text.trimmedForGIFT()
        if text.hasPrefix("["), let close = text.firstIndex(of: "]"), ["[html]", "[moodle]", "[plain]", "[markdown]"].contains(String(text[...close]).lowercased()) {
            text = String(text[text.index(after: close)...])
        }
        guard let open = unescapedIndex(of: "{", in: text), let close = matchingClose(in: text, from: open) else {
            return .failure(Unsupported(message: "description or essay without an answer (FactDrill items need one)"))
        }
        let before = String(text[..<open]).trimmedForGIFT()
        let after = String(text[text.index(after: close)...]).trimmedForGIFT()
        var prompt = unescape(before)
        if !after.isEmpty && after != "." {
            prompt = unescape(before) + " ____ " + unescape(after)  // missing-word format
        }
        prompt = prompt.replacingOccurrences(of: "\n", with: " ").trimmedForGIFT(newlines: false)
        let body = String(text[text.index(after: open)..<close])
        let (answerPart, generalFeedback) = splitGeneralFeedback(body)

        var item: Item
        let parsed: Result<ParsedAnswer, Unsupported>
        do {
            parsed = try answers(answerPart)
        } catch let invalid as Invalid {
            throw QuizBankError.invalid(path: path, line: block.answerAt?.line ?? block.line, column: block.answerAt?.column, message: invalid.message)
        }
        switch parsed {
        case .failure(let problem): return .failure(problem)
        case .success(let parsed): item = Item(id: "x", kind: parsed.kind, prompt: prompt, answer: parsed.answer, accept: parsed.accept,
                                               choices: parsed.choices, tolerance: parsed.tolerance, explanation: parsed.feedback)
        }
        if let generalFeedback, !generalFeedback.isEmpty {
            // General feedback first, then what the answers said (one wrong choice's note is not lost).
            item.explanation = [generalFeedback, item.explanation].compactMap { $0 }.joined(separator: " ")
        }
        let idSource = block.meta["id"] ?? title.map(slug) ?? "gift-" + String(StableID.hash([prompt]) % 0xFFFF_FFFF, radix: 16)
        item.id = Item.ID(idSource)
        if let kind = block.meta["kind"].flatMap(Item.Kind.init(rawValue:)) { item.kind = kind }
        if let source = block.meta["evidence-source"], let sentence = block.meta["evidence-sentence"] {
            item.evidence = Evidence(source: source, sentence: sentence, url: block.meta["evidence-url"])
        }
        if let score = block.meta["score"].flatMap(Double.init) { item.score = score }
        if let tags = block.meta["tags"] { item.tags = tags.split(separator: ",").map { $0.trimmedForGIFT(newlines: false) } }
        if let accept = block.meta["accept"], item.accept.isEmpty {
            item.accept = accept.split(separator: "|").map { $0.trimmedForGIFT(newlines: false) }
        }
        if prompt.isEmpty { return .failure(Unsupported(message: "question without text")) }
        // What no bank may hold (27 choices, an empty answer) is named, as FactDrill cannot hold it.
        if let problem = BankValidation.problems(in: item).first { return .failure(Unsupported(message: problem.message)) }
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

    private static func answers(_ body: String) throws -> Result<ParsedAnswer, Unsupported> {
        let content = body.trimmedForGIFT()
        if content.isEmpty { return .failure(Unsupported(message: "essay question (FactDrill has no essay items)")) }
        // True/false
        let truthPart = content.split(separator: "#", maxSplits: 1).first.map { $0.trimmedForGIFT(newlines: false).uppercased() } ?? ""
        if ["T", "F", "TRUE", "FALSE"].contains(truthPart) {
            let feedback = content.split(separator: "#", maxSplits: 2).dropFirst().first.map { unescape(String($0)).trimmedForGIFT() }
            return .success(ParsedAnswer(kind: .claim, answer: .truth(truthPart.hasPrefix("T")), feedback: feedback))
        }
        if content.hasPrefix("#") { return try numerical(String(content.dropFirst())) }
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
            return .success(ParsedAnswer(kind: .custom, answer: .text(full[0].text), choices: choices, feedback: feedback(full[0], others: entries)))
        }
        // Short answer: every full-credit answer is accepted; partial-credit ones are not.
        guard let first = right.first else { return .failure(Unsupported(message: "no full-credit answer")) }
        return .success(ParsedAnswer(kind: .custom, answer: .text(first.text), accept: right.dropFirst().map(\.text), feedback: feedback(first, others: wrong)))
    }

    /// FactDrill items have one explanation: the key's feedback, then each other answer's
    /// as "If you answered “Grant”: …", so feedback written for a wrong choice is kept.
    private static func feedback(_ key: Entry, others: [Entry]) -> String? {
        func sentence(_ text: String) -> String { ".!?".contains(text.last ?? ".") ? text : text + "." }
        let notes = others.filter { $0.text != key.text }.compactMap { entry in
            entry.feedback.map { "If you answered “\(entry.text)”: \(sentence($0))" }
        }
        let parts = (key.feedback.map { [notes.isEmpty ? $0 : sentence($0)] } ?? []) + notes
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    private static func numerical(_ body: String) throws -> Result<ParsedAnswer, Unsupported> {
        let content = body.trimmedForGIFT()
        /// A number as GIFT writes it; "inf", "nan" and 1e400 are numbers to `Double` but
        /// would make every answer right (or none), so they are refused.
        func finite(_ text: some StringProtocol) throws -> Double? {
            guard let value = Double(text.trimmedForGIFT(newlines: false)) else { return nil }
            guard value.isFinite else { throw Invalid(message: "'\(text.trimmedForGIFT(newlines: false))' is not a finite number") }
            return value
        }
        func parse(_ spec: String) throws -> (Double, Double)? {
            let value = spec.split(separator: "#").first.map { $0.trimmedForGIFT() } ?? ""
            if let range = value.range(of: "..") {
                guard let low = try finite(value[..<range.lowerBound]), let high = try finite(value[range.upperBound...]), low <= high else { return nil }
                // Rounded past the inputs' precision: 3.141..3.142 is 3.1415 ± 0.0005, not 3.14149999….
                let tidy = { (value: Double) in (value * 1e9).rounded() / 1e9 }
                return (tidy((low + high) / 2), tidy((high - low) / 2))
            }
            let parts = value.split(separator: ":")
            guard let first = parts.first, let number = try finite(first) else { return nil }
            let tolerance = parts.count > 1 ? try finite(parts[1]) ?? 0 : 0
            return (number, tolerance)
        }
        if content.hasPrefix("=") {
            // Several answers: the full-credit one is the key.
            for entry in splitEntries(content) where (entry.weight ?? 100) == 100 {
                if let (value, tolerance) = try parse(entry.text) {
                    return .success(ParsedAnswer(kind: .figure, answer: .number(value), tolerance: tolerance, feedback: entry.feedback))
                }
            }
            return .failure(Unsupported(message: "numerical question without a full-credit number"))
        }
        guard let (value, tolerance) = try parse(content) else { return .failure(Unsupported(message: "numerical answer is not a number")) }
        let feedback = content.split(separator: "#", maxSplits: 1).dropFirst().first.map { unescape(String($0)).trimmedForGIFT() }
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
        let trimmed = text.trimmedForGIFT(newlines: false)
        if trimmed.hasPrefix("%"), let end = trimmed.dropFirst().firstIndex(of: "%") {
            weight = Double(trimmed[trimmed.index(after: trimmed.startIndex)..<end])
            text = String(trimmed[trimmed.index(after: end)...])
        }
        var feedback: String?
        if let hash = unescapedIndex(of: "#", in: text) {
            feedback = unescape(String(text[text.index(after: hash)...])).split(separator: "\n").map { $0.trimmedForGIFT(newlines: false) }.joined(separator: " ")
            text = String(text[..<hash])
        }
        return Entry(correct: raw.correct, weight: weight,
                     text: unescape(text).replacingOccurrences(of: "\n", with: " ").trimmedForGIFT(newlines: false),
                     feedback: feedback?.isEmpty == true ? nil : feedback)
    }

    private static func splitGeneralFeedback(_ body: String) -> (String, String?) {
        guard let range = body.range(of: "####") else { return (body, nil) }
        return (String(body[..<range.lowerBound]), unescape(String(body[range.upperBound...])).trimmedForGIFT())
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
                if let url = evidence.url { lines.append("// factdrill-evidence-url: \(url.replacingOccurrences(of: "\n", with: " "))") }
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

extension StringProtocol {
    /// The text without white space at either end (and line breaks, unless `newlines` is
    /// false). Foundation's `trimmingCharacters` goes through `NSString` and was most of
    /// a large GIFT import's time.
    fileprivate func trimmedForGIFT(newlines: Bool = true) -> String {
        let trims = { (character: Character) in character.isWhitespace && (newlines || !character.isNewline) }
        guard let first = firstIndex(where: { !trims($0) }), let last = lastIndex(where: { !trims($0) }) else { return "" }
        return String(self[first...last])
    }
}
