import FactExtraction
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
        // The option text typed out counts like its letter; so does an answer the
        // short-answer rules accept (a surname for a who-said item). Typing another
        // option's text is wrong even when close to the key.
        if let typed = choices.first(where: { TextNormalization.normalized($0) == TextNormalization.normalized(given) }) {
            return TextNormalization.normalized(typed) == key ? .exact : .wrong
        }
        return textOutcome(given, item: item, rivals: choices.filter { TextNormalization.normalized($0) != key })
    }

    private func truthOutcome(_ given: String, item: Item) -> Verdict.Outcome {
        guard case .truth(let key) = item.answer else { return .wrong }
        switch TextNormalization.normalized(given) {
        case "t", "true", "y", "yes", "right", "correct": return key ? .exact : .wrong
        case "f", "false", "n", "no", "wrong", "incorrect": return key ? .wrong : .exact
        default: return .wrong
        }
    }

    private func numericOutcome(_ given: String, item: Item, tolerance: Double) -> Verdict.Outcome {
        guard case .number(let key) = item.answer, let value = NumberReading.value(of: given) else {
            return textOutcome(given, item: item)
        }
        // The same number in any notation is the answer itself: "1 000", "1k", "one thousand".
        if value == key { return .exact }
        return abs(value - key) <= tolerance ? .acceptedVariant : .wrong
    }

    private func textOutcome(_ given: String, item: Item, rivals: [String] = []) -> Verdict.Outcome {
        let answer = TextNormalization.normalized(given)
        let key = TextNormalization.normalized(item.answer.description)
        if answer == key { return .exact }
        let variants = item.accept.map(TextNormalization.normalized)
        if variants.contains(answer) { return .acceptedVariant }

        // Dates written another way: "Aug 28, 2014" for "2014-08-28".
        if let keyDate = DateReading.read(item.answer.description) {
            if let givenDate = DateReading.read(given) { return keyDate.agrees(with: givenDate) ? .acceptedVariant : .wrong }
        }
        // Numbers and ranges written another way: "3000-4000" for "between 3,000 and 4,000".
        let keyNumbers = NumberReading.numbers(in: item.answer.description)
        if !keyNumbers.isEmpty {
            let givenNumbers = NumberReading.numbers(in: given)
            if givenNumbers == keyNumbers, sameWords(given, item.answer.description) { return .acceptedVariant }
            if !givenNumbers.isEmpty, givenNumbers != keyNumbers { return .wrong }  // strict on fact
        }
        // People: surname alone, or title and surname.
        let namesAPerson = item.kind == .whoSaid || item.kind == .crossSource || looksLikeName(item.answer.description)
        if namesAPerson {
            let core = TextNormalization.normalized(NameTitles.stripped(given))
            if core == key || core == surname(of: key) || answer == surname(of: key) { return .acceptedVariant }
        }
        let surnames = namesAPerson ? [surname(of: key)].compactMap { $0 } : []
        return typoOutcome(
            namesAPerson ? TextNormalization.normalized(NameTitles.stripped(given)) : answer,
            candidates: [key] + variants + surnames, extraRivals: rivals)
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

    private func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count >= 2 && words.count <= 4 && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The last word of a multi-word name: people answer "Poroshenko" for "Petro Poroshenko".
    private func surname(of normalizedName: String) -> String? {
        let parts = normalizedName.split(separator: " ")
        return parts.count > 1 ? parts.last.map(String.init) : nil
    }

    private func typoOutcome(_ answer: String, candidates: [String], extraRivals: [String]) -> Verdict.Outcome {
        // Typos are forgiven in words, never in numbers: "1001" is not a typo of "1000"
        // (a slip like "Poroshenk0" in a name still is).
        if candidates.contains(where: { $0.contains(where: \.isNumber) }) || answer.allSatisfy({ $0.isNumber || $0 == " " }) {
            return .wrong
        }
        let best = candidates.map { TextNormalization.editDistance(answer, $0) }.min() ?? Int.max
        let allowance = TextNormalization.typoAllowance(forLength: answer.count)
        guard best <= allowance else { return .wrong }
        let rivalNames = (otherNames + extraRivals).map(TextNormalization.normalized).filter { !candidates.contains($0) }
        let rivals = rivalNames + rivalNames.compactMap(surname(of:)).filter { !candidates.contains($0) }
        if rivals.contains(where: { TextNormalization.editDistance(answer, $0) <= best }) { return .wrong }
        return .typoCorrected
    }
}
