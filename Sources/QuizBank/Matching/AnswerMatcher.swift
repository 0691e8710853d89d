import Foundation

/// Checks answers: forgiving on form, strict on fact. One matcher serves the REPL and
/// `grade`, so a learner and a script get the same verdict for the same answer.
public struct AnswerMatcher: Sendable {
    /// Names of people elsewhere in the bank: a typo-tolerant match is refused when the
    /// answer is at least as close to one of them, so a different person is never
    /// accepted for being close in spelling.
    public var otherNames: [String]

    public init(otherNames: [String] = []) {
        self.otherNames = otherNames
    }

    public func verdict(for given: String, against item: Item) -> Verdict {
        let expected = item.answer.description
        let trimmed = given.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return Verdict(outcome: .blank, expected: expected, given: given) }
        let outcome: Verdict.Outcome
        switch item.response {
        case .multipleChoice(let choices):
            outcome = choiceOutcome(trimmed, choices: choices, item: item)
        case .trueFalse:
            outcome = truthOutcome(trimmed, item: item)
        case .numeric(let tolerance):
            outcome = numericOutcome(trimmed, item: item, tolerance: tolerance)
        case .shortAnswer:
            outcome = textOutcome(trimmed, item: item)
        }
        return Verdict(outcome: outcome, expected: expected, given: given)
    }

    // MARK: - By response kind

    private func choiceOutcome(_ given: String, choices: [String], item: Item) -> Verdict.Outcome {
        let key = TextNormalization.normalized(item.answer.description)
        if let index = ChoiceLetters.index(of: given), index < choices.count {
            return TextNormalization.normalized(choices[index]) == key ? .exact : .wrong
        }
        // The option text typed out counts like its letter; so does a free-text answer
        // that the short-answer rules accept (a surname for a who-said item).
        let typed = textOutcome(given, item: item)
        if typed != .wrong { return typed }
        return .wrong
    }

    private func truthOutcome(_ given: String, item: Item) -> Verdict.Outcome {
        guard case .truth(let key) = item.answer else { return .wrong }
        switch TextNormalization.normalized(given) {
        case "t", "true", "y", "yes": return key ? .exact : .wrong
        case "f", "false", "n", "no": return key ? .wrong : .exact
        default: return .wrong
        }
    }

    private func numericOutcome(_ given: String, item: Item, tolerance: Double) -> Verdict.Outcome {
        guard case .number(let key) = item.answer, let value = NumberReading.value(of: given) else {
            return textOutcome(given, item: item)
        }
        if value == key { return .exact }
        return abs(value - key) <= tolerance ? .acceptedVariant : .wrong
    }

    private func textOutcome(_ given: String, item: Item) -> Verdict.Outcome {
        let answer = TextNormalization.normalized(given)
        let key = TextNormalization.normalized(item.answer.description)
        if answer == key { return .exact }
        let variants = item.accept.map(TextNormalization.normalized)
        if variants.contains(answer) { return .acceptedVariant }
        let namesAPerson = item.kind == .whoSaid || item.kind == .crossSource
        if namesAPerson, answer == surname(of: key) {
            return .acceptedVariant
        }
        if case .number(let number) = item.answer, let value = NumberReading.value(of: given), value == number {
            return .acceptedVariant
        }
        let surnames = namesAPerson ? [surname(of: key)].compactMap { $0 } : []
        return typoOutcome(answer, candidates: [key] + variants + surnames)
    }

    /// The last word of a multi-word name: people answer "Poroshenko" for "Petro Poroshenko".
    private func surname(of normalizedName: String) -> String? {
        let parts = normalizedName.split(separator: " ")
        return parts.count > 1 ? parts.last.map(String.init) : nil
    }

    private func typoOutcome(_ answer: String, candidates: [String]) -> Verdict.Outcome {
        let best = candidates.map { TextNormalization.editDistance(answer, $0) }.min() ?? Int.max
        let allowance = TextNormalization.typoAllowance(forLength: answer.count)
        guard best <= allowance else { return .wrong }
        let rivalNames = otherNames.map(TextNormalization.normalized).filter { !candidates.contains($0) }
        let rivals = rivalNames + rivalNames.compactMap(surname(of:)).filter { !candidates.contains($0) }
        if rivals.contains(where: { TextNormalization.editDistance(answer, $0) <= best }) { return .wrong }
        return .typoCorrected
    }
}
