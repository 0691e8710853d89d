/// One quiz item: a question with its key and the evidence that backs the key.
///
/// The `id` is derived from the item's source and fact, not from its position, so a
/// bank regenerated from the same article keeps every learner's progress.
public struct Item: Codable, Sendable, Equatable, Identifiable {
    /// A typed id, so item ids cannot be confused with other strings across modules.
    public struct ID: RawRepresentable, Hashable, Comparable, Codable, Sendable,
        ExpressibleByStringLiteral, CustomStringConvertible
    {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { self.rawValue = value }
        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
        public var description: String { rawValue }
        public static func < (lhs: ID, rhs: ID) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// What the item asks about. How it is answered follows from its fields (see `response`).
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case whoSaid = "who-said"
        case figure
        case date
        case claim
        case crossSource = "cross-source"
        case custom

        /// A short human label for headers such as "Who said it · 3/15".
        public var label: String {
            switch self {
            case .whoSaid: "Who said it"
            case .figure: "Figure"
            case .date: "Date"
            case .claim: "Fact check"
            case .crossSource: "Across sources"
            case .custom: "Question"
            }
        }
    }

    public var id: ID
    public var kind: Kind
    public var prompt: String
    public var answer: Answer
    /// Other answers that count as right (a surname, a spelled-out number).
    public var accept: [String]
    /// Present for multiple choice; the answer is one of them.
    public var choices: [String]?
    /// For numeric answers: how far off still counts as right.
    public var tolerance: Double?
    public var explanation: String?
    public var evidence: Evidence?
    public var tags: [String]
    /// How much the generator thought the item worth asking (0–1, higher first), so a
    /// teacher can sort and prune a generated bank; nil for items a person wrote.
    public var score: Double?

    public init(
        id: ID, kind: Kind, prompt: String, answer: Answer, accept: [String] = [],
        choices: [String]? = nil, tolerance: Double? = nil, explanation: String? = nil,
        evidence: Evidence? = nil, tags: [String] = [], score: Double? = nil
    ) {
        self.id = id
        self.kind = kind
        self.prompt = prompt
        self.answer = answer
        self.accept = accept
        self.choices = choices
        self.tolerance = tolerance
        self.explanation = explanation
        self.evidence = evidence
        self.tags = tags
        self.score = score
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, prompt, answer, accept, choices, tolerance, explanation, evidence, tags, score
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        kind = try container.decodeIfPresent(Kind.self, forKey: .kind) ?? .custom
        prompt = try container.decode(String.self, forKey: .prompt)
        answer = try container.decode(Answer.self, forKey: .answer)
        accept = try container.decodeIfPresent([String].self, forKey: .accept) ?? []
        choices = try container.decodeIfPresent([String].self, forKey: .choices)
        tolerance = try container.decodeIfPresent(Double.self, forKey: .tolerance)
        explanation = try container.decodeIfPresent(String.self, forKey: .explanation)
        evidence = try container.decodeIfPresent(Evidence.self, forKey: .evidence)
        tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        score = try container.decodeIfPresent(Double.self, forKey: .score)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(prompt, forKey: .prompt)
        try container.encode(answer, forKey: .answer)
        if !accept.isEmpty { try container.encode(accept, forKey: .accept) }
        try container.encodeIfPresent(choices, forKey: .choices)
        if let tolerance {
            if let whole = Answer.wholeNumber(tolerance) { try container.encode(whole, forKey: .tolerance) } else { try container.encode(PlainNumber(tolerance), forKey: .tolerance) }
        }
        try container.encodeIfPresent(explanation, forKey: .explanation)
        try container.encodeIfPresent(evidence, forKey: .evidence)
        if !tags.isEmpty { try container.encode(tags, forKey: .tags) }
        try container.encodeIfPresent(score, forKey: .score)
    }
}

extension Item {
    /// How a learner answers this item, derived from its fields as the design says:
    /// choices make it multiple choice, a boolean key true/false, a number numeric.
    public enum Response: Sendable, Equatable {
        case multipleChoice([String])
        case trueFalse
        case numeric(tolerance: Double)
        case shortAnswer
    }

    public var response: Response {
        if let choices, !choices.isEmpty { return .multipleChoice(choices) }
        switch answer {
        case .truth: return .trueFalse
        case .number: return .numeric(tolerance: tolerance ?? 0)
        case .text: return .shortAnswer
        }
    }
}

extension Item {
    /// The key as a learner should see it after a wrong answer: "B) Petro Poroshenko"
    /// for multiple choice, so the letter they should have typed is visible too.
    public var displayedKey: String {
        let key = keyText
        if case .multipleChoice(let choices) = response, let index = choices.firstIndex(of: key) {
            return "\(ChoiceLetters.letter(for: index))) \(key)"
        }
        return key
    }
}

extension Item {
    /// The key in words: the answer, or for a numeric range (GIFT's `{#1970..1979}`,
    /// held as 1974.5 ± 4.5) the range, since its midpoint is nobody's answer.
    public var keyText: String {
        guard case .number(let value) = answer, let tolerance, tolerance > 0 else { return answer.description }
        let tidy = { (number: Double) in (number * 1e9).rounded() / 1e9 }
        let low = tidy(value - tolerance), high = tidy(value + tolerance)
        func decimals(_ number: Double) -> Int {
            let text = String(number)
            guard !text.contains("e"), let point = text.firstIndex(of: ".") else { return 0 }
            return text[text.index(after: point)...] == "0" ? 0 : text.distance(from: point, to: text.endIndex) - 1
        }
        guard decimals(value) > max(decimals(low), decimals(high)) else { return answer.description }
        func shown(_ number: Double) -> String {
            // Years are written 1970, not 1,970.
            (1000..<10000).contains(number) && number == number.rounded() ? String(Int(number)) : NumberFormatting.display(number)
        }
        return "\(shown(low))–\(shown(high))"
    }
}
