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

    static let bbc = Item(id: "b", kind: .custom, prompt: "Which outlet?", answer: .text("the BBC"))
    static let ceiling = Item(id: "ce", kind: .custom, prompt: "What is 'up to'?", answer: .text("a ceiling"))
    static let official = Item(id: "of", kind: .whoSaid, prompt: "Who?", answer: .text("an unnamed Pentagon official"))
    static let ap = Item(id: "ap", kind: .custom, prompt: "Which agency?", answer: .text("Associated Press"))
    static let weekLater = Item(id: "wl", kind: .custom, prompt: "When?", answer: .text("a week later"))
    static let place = Item(id: "pl", kind: .custom, prompt: "Which place?", answer: .text("93rd"))
    static let rate = Item(id: "ra", kind: .figure, prompt: "Rate?", answer: .text("7.5%"))
    static let term = Item(id: "te", kind: .figure, prompt: "How long?", answer: .text("3 years"))
    static let age = Item(id: "ag", kind: .figure, prompt: "How old?", answer: .text("25-year-old"))
    static let score = Item(id: "sc", kind: .figure, prompt: "Score?", answer: .text("817 points"))
    static let cost = Item(id: "co", kind: .figure, prompt: "Cost?", answer: .text("£1.2bn"))
    static let floor = Item(id: "fl", kind: .figure, prompt: "How many?", answer: .text("at least 1,000"))
    static let cap = Item(id: "ca", kind: .figure, prompt: "How many?", answer: .text("up to 80"))
    static let plain = Item(id: "pn", kind: .figure, prompt: "How many?", answer: .text("1,000 troops"))
    static let thousandText = Item(id: "tt", kind: .figure, prompt: "How many?", answer: .text("1,000"))
    static let treaty = Item(id: "tr", kind: .date, prompt: "When?", answer: .text("the day the treaty was signed"), accept: ["18 October 1922"])
    static let king = Item(id: "ki", kind: .custom, prompt: "Who?", answer: .text("Dr Martin Luther King Jr."))

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
        (range, "between 3,000 and 4,000", .exact), (range, "3,000-4,000", .exact), (range, "3000 to 4000", .exact),
        (range, "3k-4k", .exact), (range, "3,000", .wrong), (range, "2,000-4,000", .wrong),
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
        (day, "2014-08-28", .exact), (day, "28 August 2014", .exact), (day, "Aug 28, 2014", .exact),
        (day, "August 28th 2014", .exact), (day, "Thursday 28 August 2014", .exact), (day, "27 August 2014", .wrong),
        (day, "August 2014", .wrong), (day, "2014-08-29", .wrong),
        (weekday, "Thursday", .exact), (weekday, "thursday", .exact), (weekday, "Thu", .exact), (weekday, "Wednesday", .wrong),
        // Choices: the letter in any case, or the option's text; another option is wrong.
        (choice, "b", .exact), (choice, "B", .exact), (choice, "B)", .exact), (choice, "b.", .exact), (choice, "a", .wrong),
        (choice, "d", .wrong), (choice, "Jen Psaki", .exact), (choice, "Psaki", .acceptedVariant), (choice, "Nico Tak", .wrong),
        // True/false in every common form.
        (falseClaim, "false", .exact), (falseClaim, "F", .exact), (falseClaim, "no", .exact), (falseClaim, "n", .exact),
        (falseClaim, "true", .wrong), (falseClaim, "yes", .wrong), (falseClaim, "maybe", .wrong),
        (trueClaim, "t", .exact), (trueClaim, "Yes", .exact), (trueClaim, "TRUE", .exact), (trueClaim, "false", .wrong),
        // Leading articles are form, not fact.
        (bbc, "BBC", .exact), (bbc, "the bbc", .exact), (ceiling, "ceiling", .exact), (ceiling, "the ceiling", .exact),
        (official, "unnamed pentagon official", .exact), (ap, "the Associated Press", .exact), (ap, "Associated Pres", .typoCorrected),
        (weekLater, "one week later", .exact), (weekLater, "week later", .exact), (weekLater, "two weeks later", .wrong),
        // Ordinals, percentages, units and currencies written out or abbreviated.
        (place, "93", .exact), (place, "ninety-third", .exact), (place, "93rd", .exact), (place, "92nd", .wrong), (place, "ninety-second", .wrong),
        (rate, "7.5 per cent", .exact), (rate, "7.5 percent", .exact), (rate, "7.5", .exact), (rate, "7.6%", .wrong),
        (term, "3 yrs", .exact), (term, "three years", .exact), (term, "3 months", .wrong), (age, "25 years old", .exact), (age, "25", .exact),
        (age, "26 years old", .wrong), (score, "817 pts", .exact), (score, "817", .exact), (score, "818 points", .wrong),
        (cost, "1.2 billion pounds", .exact), (cost, "£1,200m", .exact), (cost, "1.2bn", .exact), (cost, "$1.2bn", .wrong),
        (cost, "1.2bn dollars", .wrong), (cost, "€1.2bn", .wrong), (cost, "£1.3bn", .wrong),
        (range, "3000–4000", .exact), (range, "3,000—4,000", .exact), (range, "3000–5000", .wrong),
        // A bound is part of the fact: any way of writing the floor, never the bare figure or a ceiling.
        (floor, "at least 1,000", .exact), (floor, "at least 1000", .exact), (floor, "more than 1,000", .exact), (floor, "1,000 or more", .exact),
        (floor, "1000+", .exact), (floor, "over 1000", .exact), (floor, "1000", .wrong), (floor, "1 000", .wrong), (floor, "one thousand", .wrong),
        (floor, "up to 1,000", .wrong), (floor, "at least 2,000", .wrong), (cap, "up to 80", .exact), (cap, "80", .wrong), (cap, "at least 80", .wrong),
        (plain, "at least 1000", .wrong), (plain, "1000", .exact),
        // One right answer, one rating, whatever its notation.
        (thousandText, "1000", .exact), (thousandText, "1 000", .exact), (thousandText, "1k", .exact), (thousandText, "one thousand", .exact),
        // Accepted answers get every form the key gets.
        (treaty, "18 Oct 1922", .acceptedVariant), (treaty, "1922-10-18", .acceptedVariant), (treaty, "19 October 1922", .wrong),
        // Names with titles and suffixes.
        (king, "King", .acceptedVariant), (king, "Dr King", .acceptedVariant), (king, "Martin Luther King", .acceptedVariant),
        (king, "Martin Luther King Jr", .acceptedVariant), (king, "Dr Martin Luther King Jr.", .exact), (king, "Luther", .wrong),
        (king, "Coretta Scott King", .wrong),
        // Accepted alternatives.
        (outlet, "the BBC", .exact), (outlet, "BBC", .exact), (outlet, "bbc", .exact), (outlet, "CNN", .wrong),
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

    @Test func aBoundKeySaysWhyTheBareFigureIsWrong() {
        let verdict = matcher.verdict(for: "1000", against: Self.floor)
        #expect(verdict.outcome == .wrong)
        #expect(verdict.note == "“at least 1,000” is a floor, not the figure itself: the qualifier is part of the fact")
        #expect(matcher.verdict(for: "$1.2bn", against: Self.cost).note == "a different currency: the answer is in pounds (£)")
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
