import FactExtraction
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
        let numbers: [Double]
        let date: DateReading?
        let namesAPerson: Bool
        let surname: String?
        let choices: [String]?

        public init(_ item: Item) {
            self.item = item
            normalized = TextNormalization.normalized(item.answer.description)
            variants = item.accept.map(TextNormalization.normalized)
            if case .text(let text) = item.answer {
                numbers = NumberReading.numbers(in: text)
                date = DateReading.read(text)
            } else {
                numbers = []
                date = nil
            }
            namesAPerson = item.kind == .whoSaid || item.kind == .crossSource || AnswerMatcher.looksLikeName(item.answer.description)
            surname = AnswerMatcher.surname(of: normalized)
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
        let outcome: Verdict.Outcome
        switch item.response {
        case .multipleChoice(let choices):
            outcome = choiceOutcome(trimmed, choices: choices, key: key)
        case .trueFalse:
            outcome = truthOutcome(trimmed, item: item)
        case .numeric(let tolerance):
            outcome = numericOutcome(trimmed, key: key, tolerance: tolerance)
        case .shortAnswer:
            outcome = textOutcome(trimmed, key: key)
        }
        return Verdict(outcome: outcome, expected: expected, given: given)
    }

    // MARK: - By response kind

    private func choiceOutcome(_ given: String, choices: [String], key: Key) -> Verdict.Outcome {
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
        return textOutcome(given, key: key, rivals: normalizedChoices.filter { $0 != key.normalized })
    }

    private func truthOutcome(_ given: String, item: Item) -> Verdict.Outcome {
        guard case .truth(let key) = item.answer else { return .wrong }
        switch TextNormalization.normalized(given) {
        case "t", "true", "y", "yes", "right", "correct": return key ? .exact : .wrong
        case "f", "false", "n", "no", "wrong", "incorrect": return key ? .wrong : .exact
        default: return .wrong
        }
    }

    private func numericOutcome(_ given: String, key: Key, tolerance: Double) -> Verdict.Outcome {
        guard case .number(let number) = key.item.answer, let value = NumberReading.value(of: given) else {
            return textOutcome(given, key: key)
        }
        // The same number in any notation is the answer itself: "1 000", "1k", "one thousand".
        if value == number { return .exact }
        return abs(value - number) <= tolerance ? .acceptedVariant : .wrong
    }

    private func textOutcome(_ given: String, key: Key, rivals: [String] = []) -> Verdict.Outcome {
        let answer = TextNormalization.normalized(given)
        if answer == key.normalized { return .exact }
        if key.variants.contains(answer) { return .acceptedVariant }
        // Dates written another way: "Aug 28, 2014" for "2014-08-28".
        if let keyDate = key.date {
            if let givenDate = DateReading.read(given) { return keyDate.agrees(with: givenDate) ? .acceptedVariant : .wrong }
        }
        // Numbers and ranges written another way: "3000-4000" for "between 3,000 and 4,000".
        if !key.numbers.isEmpty {
            let givenNumbers = NumberReading.numbers(in: given)
            if givenNumbers == key.numbers, sameWords(given, key.item.answer.description) { return .acceptedVariant }
            if !givenNumbers.isEmpty, givenNumbers != key.numbers { return .wrong }  // strict on fact
        }
        // People: surname alone, or title and surname.
        var compared = answer
        if key.namesAPerson {
            compared = TextNormalization.normalized(NameTitles.stripped(given))
            if compared == key.normalized || compared == key.surname || answer == key.surname { return .acceptedVariant }
        }
        let candidates = [key.normalized] + key.variants + (key.namesAPerson ? [key.surname].compactMap { $0 } : [])
        return typoOutcome(compared, candidates: candidates, extraRivals: rivals)
    }

    /// The words of an answer besides its numbers agree with the key's, so "3,000 to
    /// 4,000" is the key "between 3,000 and 4,000" but "4,000 to 3,000 miles away" is not.
    private func sameWords(_ given: String, _ key: String) -> Bool {
        let filler: Set<String> = ["between", "and", "to", "from", "or", "about", "around"]
        func content(_ text: String) -> [String] {
            TextNormalization.normalized(text).split(separator: " ").map(String.init)
                .filter { $0.first?.isLetter == true && NumberWords.value(of: [$0]) == nil && NumberWords.scales[$0] == nil && !filler.contains($0) }
        }
        let givenWords = content(given)
        return givenWords.isEmpty || givenWords == content(key)
    }

    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count >= 2 && words.count <= 4 && words.allSatisfy { $0.first?.isUppercase == true }
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
        let best = candidates.map { TextNormalization.editDistance(answer, $0) }.min() ?? Int.max
        guard best <= allowance else { return .wrong }
        let rivals = (rivalForms + extraRivals + extraRivals.compactMap(Self.surname(of:))).filter { !candidates.contains($0) }
        if rivals.contains(where: { TextNormalization.editDistance(answer, $0) <= best }) { return .wrong }
        return .typoCorrected
    }
}
