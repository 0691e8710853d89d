import FactExtraction
import TextMachinery
import Foundation

/// Checks answers: forgiving on form, strict on fact. One matcher serves the REPL and
/// `grade`, so a learner and a script get the same verdict for the same answer.
public struct AnswerMatcher: Sendable {
    /// Names of people elsewhere in the bank: a typo-tolerant match is refused when the
    /// answer is at least as close to one of them, so a different person is never
    /// accepted for being close in spelling.
    public var otherNames: [String] {
        didSet { rivalForms = Self.forms(of: otherNames) }
    }
    /// The other names normalised, with their surnames: computed once, used per answer.
    private var rivalForms: [String]

    public init(otherNames: [String] = []) {
        self.otherNames = otherNames
        self.rivalForms = Self.forms(of: otherNames)
    }

    private static func forms(of names: [String]) -> [String] {
        let normalized = names.map(TextNormalization.normalized)
        return normalized + normalized.compactMap(surname(of:))
    }

    /// What an item's key looks like in every form answers are compared with; prepare it
    /// once per item when checking many answers (grading a class).
    public struct Key: Sendable {
        let item: Item
        let normalized: String
        let variants: [String]
        /// The key and the accepted answers as forms: each gets every notation (dates,
        /// numbers, articles), not only the key.
        let form: AnswerForm?
        let variantForms: [AnswerForm]
        let namesAPerson: Bool
        /// A name without its titles and suffixes: "Dr Martin Luther King Jr." → "martin luther king".
        let coreName: String
        let surname: String?
        let choices: [String]?

        public init(_ item: Item) {
            self.item = item
            normalized = TextNormalization.normalized(item.answer.description)
            variants = item.accept.map(TextNormalization.normalized)
            if case .text(let text) = item.answer { form = AnswerForm(text) } else { form = nil }
            variantForms = item.accept.map(AnswerForm.init)
            let core = AnswerMatcher.coreName(item.answer.description)
            namesAPerson = item.kind == .whoSaid || item.kind == .crossSource || AnswerMatcher.looksLikeName(core)
            coreName = TextNormalization.normalized(core)
            surname = AnswerMatcher.surname(of: coreName)
            choices = item.choices.map { $0.map(TextNormalization.normalized) }
        }
    }

    public func verdict(for given: String, against item: Item) -> Verdict {
        verdict(for: given, key: Key(item))
    }

    public func verdict(for given: String, key: Key) -> Verdict {
        let item = key.item
        let expected = item.keyText
        let trimmed = ByteText.trimmingWhitespace(given)
        guard !trimmed.isEmpty else { return Verdict(outcome: .blank, expected: expected, given: given) }
        var note: String?
        let outcome: Verdict.Outcome
        switch item.response {
        case .multipleChoice(let choices):
            outcome = choiceOutcome(trimmed, choices: choices, key: key, note: &note)
        case .trueFalse:
            outcome = truthOutcome(trimmed, item: item)
        case .numeric(let tolerance):
            outcome = numericOutcome(trimmed, key: key, tolerance: tolerance, note: &note)
        case .shortAnswer:
            outcome = textOutcome(trimmed, key: key, note: &note)
        }
        return Verdict(outcome: outcome, expected: expected, given: given, note: note)
    }

    // MARK: - By response kind

    private func choiceOutcome(_ given: String, choices: [String], key: Key, note: inout String?) -> Verdict.Outcome {
        let normalizedChoices = key.choices ?? choices.map(TextNormalization.normalized)
        if let index = ChoiceLetters.index(of: given), index < choices.count {
            return normalizedChoices[index] == key.normalized ? .exact : .wrong
        }
        // The option text typed out counts like its letter; so does an answer the
        // short-answer rules accept (a surname for a who-said item). Typing another
        // option's text is wrong even when close to the key.
        let answer = TextNormalization.normalized(given)
        if let typed = normalizedChoices.first(where: { $0 == answer }) {
            return typed == key.normalized ? .exact : .wrong
        }
        return textOutcome(given, key: key, rivals: normalizedChoices.filter { $0 != key.normalized }, note: &note)
    }

    private func truthOutcome(_ given: String, item: Item) -> Verdict.Outcome {
        guard case .truth(let key) = item.answer, let said = Self.truthValue(of: given) else { return .wrong }
        return said == key ? .exact : .wrong
    }

    /// Whether a multiple-choice answer points at any option: its letter, its text, or one of
    /// its words ("Psaki" for "Jen Psaki"). "quit" or "next" typed out of habit names none,
    /// and the quiz asks again rather than marking it wrong; `grade` marks it wrong.
    public static func namesAChoice(_ given: String, choices: [String]) -> Bool {
        if let index = ChoiceLetters.index(of: given) { return index < choices.count }
        let answer = TextNormalization.normalized(given)
        guard !answer.isEmpty else { return false }
        let normalizedChoices = choices.map(TextNormalization.normalized)
        if normalizedChoices.contains(where: { $0 == answer || $0.contains(answer) || answer.contains($0) }) { return true }
        let choiceWords = Set(normalizedChoices.flatMap { $0.split(separator: " ") })
        return answer.split(separator: " ").contains { $0.count >= 2 && choiceWords.contains($0) }
    }

    /// What a true/false answer says, or nil when it says neither ("a ceiling"): the quiz
    /// asks again rather than marking it; `grade` marks it wrong.
    public static func truthValue(of given: String) -> Bool? {
        switch TextNormalization.normalized(given) {
        case "t", "true", "y", "yes", "right", "correct": true
        case "f", "false", "n", "no", "wrong", "incorrect": false
        default: nil
        }
    }

    private func numericOutcome(_ given: String, key: Key, tolerance: Double, note: inout String?) -> Verdict.Outcome {
        guard case .number(let number) = key.item.answer, let value = NumberReading.value(of: given) else {
            return textOutcome(given, key: key, note: &note)
        }
        // The same number in any notation is the answer itself: "1 000", "1k", "one thousand".
        if value == number { return .exact }
        return abs(value - number) <= tolerance ? .acceptedVariant : .wrong
    }

    private func textOutcome(_ given: String, key: Key, rivals: [String] = [], note: inout String?) -> Verdict.Outcome {
        let answer = TextNormalization.normalized(given)
        // Normalizing drops currency signs: "$1.2bn" and "£1.2bn" are only the same text.
        if answer == key.normalized, key.form?.currency == nil { return .exact }
        // The key in another notation is the key: the same rating whatever the form.
        let agreement = key.form?.agreement(with: given, normalized: answer) ?? .unrelated
        if agreement == .same { return .exact }
        if key.variants.contains(answer) || key.variantForms.contains(where: { $0.agreement(with: given, normalized: answer) == .same }) {
            return .acceptedVariant
        }
        if case .contradicts(let reason) = agreement {  // strict on fact
            note = reason
            return .wrong
        }
        // People: surname alone, or title and surname; the key's own titles and suffixes
        // ("Dr", "Jr.") are not needed either.
        var compared = answer
        if key.namesAPerson {
            compared = TextNormalization.normalized(Self.coreName(given))
            if compared == key.normalized || compared == key.coreName || compared == key.surname || answer == key.surname {
                return .acceptedVariant
            }
        }
        let candidates = [key.normalized] + (key.coreName == key.normalized ? [] : [key.coreName]) + key.variants + (key.namesAPerson ? [key.surname].compactMap { $0 } : [])
        return typoOutcome(compared, candidates: candidates, extraRivals: rivals)
    }

    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count >= 2 && words.count <= 4 && words.allSatisfy { $0.first?.isUppercase == true }
    }

    private static let nameSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "phd", "md", "qc", "kc", "mp", "obe", "mbe", "cbe", "esq"]

    /// A name without leading titles or trailing suffixes: "Dr Martin Luther King Jr." → "Martin Luther King".
    static func coreName(_ name: String) -> String {
        var words = NameTitles.stripped(name).split(separator: " ")
        while words.count > 1, let last = words.last,
            nameSuffixes.contains(last.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,")))
        {
            words.removeLast()
        }
        var core = words.joined(separator: " ")
        while core.hasSuffix(",") { core.removeLast() }
        return core
    }

    /// The last word of a multi-word name: people answer "Poroshenko" for "Petro Poroshenko".
    static func surname(of normalizedName: String) -> String? {
        let parts = normalizedName.split(separator: " ")
        return parts.count > 1 ? parts.last.map(String.init) : nil
    }

    private func typoOutcome(_ answer: String, candidates: [String], extraRivals: [String]) -> Verdict.Outcome {
        // Typos are forgiven in words, never in numbers: "1001" is not a typo of "1000"
        // (a slip like "Poroshenk0" in a name still is).
        if candidates.contains(where: { $0.contains(where: \.isNumber) }) || answer.allSatisfy({ $0.isNumber || $0 == " " }) {
            return .wrong
        }
        let allowance = TextNormalization.typoAllowance(forLength: answer.count)
        guard allowance > 0 else { return .wrong }
        let best = candidates.map { TextNormalization.editDistance(answer, $0, limit: allowance) }.min() ?? Int.max
        guard best <= allowance else { return .wrong }
        let rivals = (rivalForms + extraRivals + extraRivals.compactMap(Self.surname(of:))).filter { !candidates.contains($0) }
        if rivals.contains(where: { TextNormalization.editDistance(answer, $0, limit: best) <= best }) { return .wrong }
        return .typoCorrected
    }
}
