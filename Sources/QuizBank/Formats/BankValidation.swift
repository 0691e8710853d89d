/// The rules a decoded bank must meet before any command uses it. `BankReader` refuses a
/// bank that breaks one (quiz, grade and convert read through it) and `BankLinter` lists
/// every one it breaks, so no command accepts a bank another refuses. Rules about the
/// file itself (syntax, types, duplicate keys) are the readers'; these are the rules
/// about what the bank says.
public enum BankValidation {
    /// One broken rule, at a place in the bank's data model (`items[3].answer`), which
    /// a reader turns into a line and column only when it has to report it.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var field: [Field]
        public var message: String
        /// For a duplicate: the earlier use, so the message can say where it is.
        public var firstUse: [Field]?

        public var description: String { "\(Field.render(field)): \(message)" }
    }

    /// A step into the data model: a key, or a position in a list.
    public struct Field: CodingKey, Sendable, Equatable {
        public var stringValue: String
        public var intValue: Int?
        public init(stringValue: String) { self.stringValue = stringValue }
        public init(intValue: Int) {
            self.stringValue = String(intValue)
            self.intValue = intValue
        }

        static func item(_ index: Int, _ key: String? = nil) -> [Field] {
            [Field(stringValue: "items"), Field(intValue: index)] + (key.map { [Field(stringValue: $0)] } ?? [])
        }

        static func render(_ fields: [Field]) -> String { SourceLocator.render(fields) }
    }

    /// More choices than letters: a learner types A to Z.
    public static let maximumChoices = 26

    /// Every rule the bank breaks, in file order.
    public static func problems(in bank: Bank) -> [Problem] {
        var problems: [Problem] = []
        if bank.format != Bank.formatName {
            problems.append(Problem(field: [Field(stringValue: "format")], message: "'format' is '\(bank.format)', expected '\(Bank.formatName)'"))
        }
        if bank.version > Bank.currentVersion {
            problems.append(Problem(
                field: [Field(stringValue: "version")],
                message: "bank version \(bank.version) is newer than this factdrill reads (\(Bank.currentVersion)); upgrade factdrill"))
        } else if bank.version < 1 {
            problems.append(Problem(field: [Field(stringValue: "version")], message: "'version' must be 1"))
        }
        var ids = Set<Item.ID>()
        ids.reserveCapacity(bank.items.count)
        /// Each id's first position, made only once a duplicate turns up.
        var firstUse: [Item.ID: Int]?
        bank.items.withUnsafeBufferPointer { items in  // no copy of each item
            for index in items.indices {
                let itemProblems = self.problems(in: items[index])
                if !itemProblems.isEmpty {
                    problems += itemProblems.map { Problem(field: Field.item(index) + $0.field, message: $0.message) }
                }
                // One hash per id; the first use is looked for only when there is a duplicate.
                let id = items[index].id
                guard !ids.insert(id).inserted, !isBlank(id.rawValue) else { continue }
                if firstUse == nil {
                    firstUse = Dictionary(items.indices.map { (items[$0].id, $0) }) { first, _ in first }
                }
                let first = firstUse?[id] ?? index
                problems.append(Problem(field: Field.item(index, "id"), message: "duplicate id '\(id)'", firstUse: Field.item(first, "id")))
            }
        }
        return problems
    }

    /// The rules one item breaks, at fields relative to the item (`answer`, `tolerance`).
    public static func problems(in item: Item) -> [Problem] {
        var problems: [Problem] = []
        func report(_ key: String, _ message: String) { problems.append(Problem(field: [Field(stringValue: key)], message: message)) }
        if isBlank(item.id.rawValue) { report("id", "empty 'id'") }
        if isBlank(item.prompt) { report("prompt", "empty 'prompt'") }
        switch item.answer {
        case .text(let text):
            if isBlank(text) { report("answer", "empty 'answer'") }
            if item.tolerance != nil { report("answer", "a numeric item (it has a 'tolerance') needs a number as its 'answer'") }
        case .number(let value):
            if !value.isFinite { report("answer", "'answer' must be a finite number") }
        case .truth:
            if item.tolerance != nil { report("answer", "a numeric item (it has a 'tolerance') needs a number as its 'answer'") }
        }
        if let tolerance = item.tolerance, !(tolerance.isFinite && tolerance >= 0) {
            report("tolerance", "'tolerance' must be a finite number of 0 or more")
        }
        // An empty list is no choices at all, as `Item.response` reads it.
        if let choices = item.choices, !choices.isEmpty {
            if choices.count < 2 {
                report("choices", "a choice item needs at least two choices")
            } else if choices.count > maximumChoices {
                report("choices", "a choice item has at most \(maximumChoices) choices (A to Z), not \(choices.count)")
            } else if Set(choices).count != choices.count {
                report("choices", "the same choice appears twice")
            }
            if !choices.contains(item.answer.description), !choices.contains(plainAnswer(item.answer)) {
                report("answer", "the answer '\(plainAnswer(item.answer))' is not one of the choices")
            }
        }
        if let evidence = item.evidence {
            if isBlank(evidence.source) { report("evidence", "'evidence' needs a 'source'") }
            if isBlank(evidence.sentence) { report("evidence", "'evidence' needs a 'sentence'") }
        }
        return problems
    }

    /// The key as a bank writes it: 1000, not the displayed "1,000".
    private static func plainAnswer(_ answer: Answer) -> String {
        guard case .number(let value) = answer, let whole = Answer.wholeNumber(value) else { return answer.description }
        return String(whole)
    }

    /// True for text of nothing but white space. Decided by the first byte for nearly all
    /// text (a letter): Unicode's white-space table is looked up only past ASCII, so a
    /// 20,000-item bank's ids and prompts cost next to nothing.
    private static func isBlank(_ text: String) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x80...: return !text.unicodeScalars.contains { !$0.properties.isWhitespace }
            default: return false
            }
        }
        return true
    }
}
