import Testing
@testable import QuizBank

@Suite struct AnswerMatcherTests {
    static let thousand = Item(id: "f", kind: .figure, prompt: "How many?", answer: .number(1000), tolerance: 0)
    static let population = Item(id: "pop", kind: .figure, prompt: "Population?", answer: .number(450_000), tolerance: 0)
    static let growth = Item(id: "g", kind: .figure, prompt: "Growth in %?", answer: .number(5.7), tolerance: 0)
    static let roughly = Item(id: "r", kind: .figure, prompt: "Roughly how many?", answer: .number(1000), tolerance: 50)
    static let hours = Item(id: "h", kind: .figure, prompt: "How long?", answer: .number(1.5), tolerance: 0)
    static let range = Item(id: "rg", kind: .figure, prompt: "What range?", answer: .text("between 3,000 and 4,000"))
    static let person = Item(id: "p", kind: .whoSaid, prompt: "Who?", answer: .text("Petro Poroshenko"))
    static let zelensky = Item(id: "z", kind: .whoSaid, prompt: "Who?", answer: .text("Volodymyr Zelenskyy"))
    static let tak = Item(id: "k", kind: .whoSaid, prompt: "Who?", answer: .text("Nico Tak"))
    static let day = Item(id: "d", kind: .date, prompt: "When?", answer: .text("2014-08-28"))
    static let weekday = Item(id: "w", kind: .date, prompt: "Which day?", answer: .text("Thursday"))
    static let choice = Item(id: "c", kind: .whoSaid, prompt: "Who?", answer: .text("Jen Psaki"), choices: ["Petro Poroshenko", "Jen Psaki", "Nico Tak"])
    static let falseClaim = Item(id: "t", kind: .claim, prompt: "True?", answer: .truth(false))
    static let trueClaim = Item(id: "t2", kind: .claim, prompt: "True?", answer: .truth(true))
    static let outlet = Item(id: "o", kind: .custom, prompt: "Which outlet?", answer: .text("the BBC"), accept: ["BBC"])

    /// Other people in the bank: never accepted for being close in spelling.
    let matcher = AnswerMatcher(otherNames: ["Petro Poroshenko", "Jen Psaki", "Nico Tak", "Nico Tack", "Volodymyr Zelenskyy"])

    static let table: [(Item, String, Verdict.Outcome)] = [
        // Numbers: every notation of the same number is the number.
        (thousand, "1000", .exact), (thousand, "1,000", .exact), (thousand, "1 000", .exact), (thousand, "one thousand", .exact),
        (thousand, "a thousand", .exact), (thousand, "1k", .exact), (thousand, "1K", .exact), (thousand, "1,000 troops", .exact),
        (thousand, "1001", .wrong), (thousand, "100", .wrong), (thousand, "10,000", .wrong), (thousand, "a hundred", .wrong),
        (thousand, "", .blank), (thousand, "many", .wrong),
        (population, "450,000", .exact), (population, "450k", .exact), (population, "450 thousand", .exact),
        (population, "450 000", .exact), (population, "45,000", .wrong), (population, "4.5 million", .wrong),
        (growth, "5.7", .exact), (growth, "5.7%", .exact), (growth, "5.7 percent", .exact), (growth, "57", .wrong), (growth, "5.8%", .wrong),
        (hours, "1.5", .exact), (hours, "1.50", .exact), (hours, "15", .wrong),
        // A numeric item's tolerance.
        (roughly, "1,040", .acceptedVariant), (roughly, "960", .acceptedVariant), (roughly, "1,051", .wrong), (roughly, "1000", .exact),
        // Ranges: the same two ends, written another way; never just one end.
        (range, "between 3,000 and 4,000", .exact), (range, "3,000-4,000", .acceptedVariant), (range, "3000 to 4000", .acceptedVariant),
        (range, "3k-4k", .acceptedVariant), (range, "3,000", .wrong), (range, "2,000-4,000", .wrong),
        // Names: full, surname, title and surname, case and diacritics, small typos.
        (person, "Petro Poroshenko", .exact), (person, "petro poroshenko", .exact), (person, "PETRO POROSHENKO", .exact),
        (person, "Poroshenko", .acceptedVariant), (person, "President Poroshenko", .acceptedVariant),
        (person, "President Petro Poroshenko", .acceptedVariant), (person, "Poroshenk0", .typoCorrected),
        (person, "Poroshenko", .acceptedVariant), (person, "Porošenko", .typoCorrected), (person, "Petro", .wrong),
        (person, "Putin", .wrong), (person, "Jen Psaki", .wrong),
        (zelensky, "Zelensky", .typoCorrected), (zelensky, "Zelenskyy", .acceptedVariant), (zelensky, "Volodymyr Zelensky", .typoCorrected),
        (zelensky, "Zelenska", .wrong),
        // A different person in the bank is never a typo, however close.
        (tak, "Nico Tack", .wrong), (tak, "Tack", .wrong), (tak, "Tak", .acceptedVariant), (tak, "nico tak", .exact),
        // Dates in any common form; less precise is not enough.
        (day, "2014-08-28", .exact), (day, "28 August 2014", .acceptedVariant), (day, "Aug 28, 2014", .acceptedVariant),
        (day, "August 28th 2014", .acceptedVariant), (day, "Thursday 28 August 2014", .acceptedVariant), (day, "27 August 2014", .wrong),
        (day, "August 2014", .wrong), (day, "2014-08-29", .wrong),
        (weekday, "Thursday", .exact), (weekday, "thursday", .exact), (weekday, "Thu", .acceptedVariant), (weekday, "Wednesday", .wrong),
        // Choices: the letter in any case, or the option's text; another option is wrong.
        (choice, "b", .exact), (choice, "B", .exact), (choice, "B)", .exact), (choice, "b.", .exact), (choice, "a", .wrong),
        (choice, "d", .wrong), (choice, "Jen Psaki", .exact), (choice, "Psaki", .acceptedVariant), (choice, "Nico Tak", .wrong),
        // True/false in every common form.
        (falseClaim, "false", .exact), (falseClaim, "F", .exact), (falseClaim, "no", .exact), (falseClaim, "n", .exact),
        (falseClaim, "true", .wrong), (falseClaim, "yes", .wrong), (falseClaim, "maybe", .wrong),
        (trueClaim, "t", .exact), (trueClaim, "Yes", .exact), (trueClaim, "TRUE", .exact), (trueClaim, "false", .wrong),
        // Accepted alternatives.
        (outlet, "the BBC", .exact), (outlet, "BBC", .acceptedVariant), (outlet, "bbc", .acceptedVariant), (outlet, "CNN", .wrong),
    ]

    @Test(arguments: table)
    func verdicts(item: Item, given: String, expected: Verdict.Outcome) {
        #expect(matcher.verdict(for: given, against: item).outcome == expected)
    }

    @Test func theTableCoversEnoughCases() {
        #expect(Self.table.count >= 60)
        #expect(Self.table.filter { $0.2 == .wrong }.count >= 20)
    }

    @Test func verdictKeepsWhatWasTypedForFeedback() {
        let verdict = matcher.verdict(for: "Poroshenk0", against: Self.person)
        #expect(verdict.given == "Poroshenk0")
        #expect(verdict.expected == "Petro Poroshenko")
        #expect(verdict.isCorrect)
    }

    @Test func wrongChoiceShowsTheLetterToType() {
        #expect(Self.choice.displayedKey == "B) Jen Psaki")
        #expect(Self.thousand.displayedKey == "1,000")
    }
}

/// The byte-wise reading of plain ASCII answers must split them exactly as the general
/// `Character` walk does.
@Suite struct NumberReadingFastPathTests {
    @Test func asciiWordsMatchTheCharacterWalk() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789 ,.-$%kmbnKMBNabcdefghijklmnopqrstuvwxyzTHOUSAND\t\nper cent".utf8)
        var samples = ["1,000", "$1.2bn", "40 %", "3.5 Million", "one THOUSAND", "450 000 people", "50 per cent", "", " ", "$", "%%"]
        for _ in 0..<5_000 {
            samples.append(String(decoding: (0..<Int.random(in: 0...20, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }, as: UTF8.self))
        }
        for sample in samples {
            #expect(NumberReading.asciiWords(sample) == NumberReading.words(sample), "\(sample.debugDescription)")
        }
    }
}

/// Dates typed in plain ASCII are read bytewise; the result must be the general reading's.
@Suite struct DateReadingFastPathTests {
    @Test func bytewiseReadingMatchesTheGeneralOne() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["28", "28th", "1st", "2nd", "3rd", "2014", "August", "aug", "Aug.", "Thursday", "thu", "on", "the", "of",
                      "2014-08-28", " ", ",", "/", "-", ".", "\t", "31", "32", "May", "sept", "x", "12th", "0th"]
        var samples = ["2014-08-28", " 2014-08-28 ", "28 August 2014", "Aug 28, 2014", "Thursday 28th of August", "August 2014", "", "   "]
        for _ in 0..<5_000 {
            samples.append((0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : ""))
        }
        for sample in samples {
            #expect(DateReading.read(sample, bytewise: true) == DateReading.read(sample, bytewise: false), "\(sample.debugDescription)")
        }
    }
}
