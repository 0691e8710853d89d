import Testing
@testable import QuizBank

@Suite struct AnswerMatcherTests {
    static let figure = Item(id: "f", kind: .figure, prompt: "How many?", answer: .number(1000), tolerance: 0)
    static let person = Item(id: "p", kind: .whoSaid, prompt: "Who?", answer: .text("Petro Poroshenko"), accept: ["President Poroshenko"])
    static let choice = Item(id: "c", kind: .whoSaid, prompt: "Who?", answer: .text("Jen Psaki"), choices: ["Petro Poroshenko", "Jen Psaki"])
    static let claim = Item(id: "t", kind: .claim, prompt: "True?", answer: .truth(false))

    let matcher = AnswerMatcher(otherNames: ["Petro Poroshenko", "Jen Psaki", "Nico Tak", "Nico Tack"])

    @Test(arguments: [
        (figure, "1000", Verdict.Outcome.exact), (figure, "1,000", .exact), (figure, "1 000", .exact),
        (figure, "one thousand", .exact), (figure, "a thousand", .exact), (figure, "1k", .exact),
        (figure, "1001", .wrong), (figure, "100", .wrong), (figure, "", .blank),
        (person, "Petro Poroshenko", .exact), (person, "petro poroshenko", .exact),
        (person, "Poroshenko", .acceptedVariant), (person, "President Poroshenko", .acceptedVariant),
        (person, "Poroshenk0", .typoCorrected), (person, "Jen Psaki", .wrong), (person, "Putin", .wrong),
        (choice, "b", .exact), (choice, "B", .exact), (choice, "B)", .exact), (choice, "a", .wrong),
        (choice, "Jen Psaki", .exact), (choice, "Psaki", .acceptedVariant), (choice, "c", .wrong),
        (claim, "false", .exact), (claim, "f", .exact), (claim, "no", .exact), (claim, "true", .wrong), (claim, "yes", .wrong),
    ])
    func verdicts(item: Item, given: String, expected: Verdict.Outcome) {
        #expect(matcher.verdict(for: given, against: item).outcome == expected)
    }

    @Test func aDifferentPersonCloseInSpellingIsNeverAccepted() {
        let tak = Item(id: "k", kind: .whoSaid, prompt: "Who?", answer: .text("Nico Tak"))
        // "Nico Tack" is another person in the bank: one edit away, but not a typo of Tak.
        #expect(matcher.verdict(for: "Nico Tack", against: tak).outcome == .wrong)
    }

    @Test func verdictKeepsWhatWasTypedForFeedback() {
        let verdict = matcher.verdict(for: "Poroshenk0", against: Self.person)
        #expect(verdict.given == "Poroshenk0")
        #expect(verdict.expected == "Petro Poroshenko")
    }

    @Test func wrongChoiceShowsTheLetterToType() {
        #expect(Self.choice.displayedKey == "B) Jen Psaki")
        #expect(Self.figure.displayedKey == "1,000")
    }
}
