import Testing
@testable import FactExtraction
import TextMachinery

@Suite struct FigureExtractionTests {
    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        var expected: [Expected]
        var description: String { sentence }
    }
    struct Expected: Sendable, Equatable {
        var text: String
        var value: FigureValue?
        var qualifier: String? = nil
    }

    static let cases: [Case] = [
        Case(sentence: "At least 1,000 troops crossed the border.", expected: [.init(text: "1,000", value: .number(1000), qualifier: "at least")]),
        Case(sentence: "Up to 4,000 volunteers joined.", expected: [.init(text: "4,000", value: .number(4000), qualifier: "up to")]),
        Case(sentence: "About 450,000 people live there.", expected: [.init(text: "450,000", value: .number(450_000), qualifier: "about")]),
        Case(sentence: "He estimated that between 3,000 and 4,000 people had left.", expected: [.init(text: "between 3,000 and 4,000", value: .range(3000, 4000))]),
        Case(sentence: "Some 3,000-4,000 people had left.", expected: [.init(text: "3,000-4,000", value: .range(3000, 4000), qualifier: "some")]),
        Case(sentence: "The deal is worth $1.2bn to the firm.", expected: [.init(text: "$1.2bn", value: .number(1_200_000_000))]),
        Case(sentence: "Sales rose 40% in a year.", expected: [.init(text: "40%", value: .number(40))]),
        Case(sentence: "The fund holds £650m in bonds.", expected: [.init(text: "£650m", value: .number(650_000_000))]),
        Case(sentence: "Two columns of tanks advanced.", expected: [.init(text: "Two", value: .number(2))]),
        Case(sentence: "Two hundred and fifty soldiers and four-year-olds waited.", expected: [
            .init(text: "Two hundred and fifty", value: .number(250)), .init(text: "four-year-olds", value: .number(4))]),
        Case(sentence: "They waited two or three days.", expected: [.init(text: "two or three days", value: .range(2, 3))]),
        Case(sentence: "The town was shelled for three days.", expected: [.init(text: "three days", value: .number(3))]),
        Case(sentence: "The port lies 20 miles west.", expected: [.init(text: "20 miles", value: .number(20))]),
        Case(sentence: "It was the 24th session on the crisis.", expected: [.init(text: "24th", value: .number(24))]),
        Case(sentence: "The country lost half its coastline.", expected: [.init(text: "half", value: .number(0.5))]),
        Case(sentence: "Prices rose twice as fast.", expected: [.init(text: "twice", value: .number(2))]),
        Case(sentence: "A 150-mile border separates them.", expected: [.init(text: "150-mile", value: .number(150))]),
        Case(sentence: "She is the 187th-ranked player and the 1st seed.", expected: [
            .init(text: "187th-ranked", value: .number(187)), .init(text: "1st", value: .number(1))]),
        Case(sentence: "The price was $2014 a tonne.", expected: [.init(text: "$2014", value: .number(2014))]),  // money, not a year
        Case(sentence: "In January 25 people were hurt.", expected: [.init(text: "25", value: .number(25))]),  // a count after a month
        Case(sentence: "The strike began at 1130GMT and again at 0800 GMT on 28 August.", expected: []),  // clock times, a day of the month
        // Session 8: fractions, and numbers that are no counts.
        Case(sentence: "More than a third of the staff and one-third of the offices will go.", expected: [
            .init(text: "a third", value: .number(1.0 / 3), qualifier: "more than"), .init(text: "one-third", value: .number(1.0 / 3))]),
        Case(sentence: "Two-thirds agreed when the bank cut rates by a quarter-point.", expected: [
            .init(text: "Two-thirds", value: .number(2.0 / 3)), .init(text: "a quarter-point", value: .number(0.25))]),
        Case(sentence: "He left after five-and-a-half years in charge.", expected: [.init(text: "five-and-a-half years", value: .number(5.5))]),
        Case(sentence: "His 3-pointer tied it with 3:08 to play in the Six-Day series.", expected: []),
        Case(sentence: "It was a - frankly - odd idea, a third time.", expected: []),
        // Not figures: names and model designations, years, times, scores, phone numbers, idioms.
        Case(sentence: "The G-7 condemned the T-72 and F-16 deliveries.", expected: []),
        Case(sentence: "The war began in 2014 and talks start at 11 a.m. on 1 February.", expected: []),
        Case(sentence: "United won 2-0 on the night.", expected: []),
        Case(sentence: "Call 0845 8 505 505 with information.", expected: []),
        Case(sentence: "It was one of the worst days, and one day he will return.", expected: []),
        Case(sentence: "Only half a dozen senators agreed to meet him.", expected: []),
        Case(sentence: "He blamed her for the past decade and a half of foreign policies.", expected: []),
    ]

    @Test(arguments: cases)
    func figures(_ example: Case) {
        let figures = extract(example.sentence).figures.map { Expected(text: $0.text, value: $0.value, qualifier: $0.qualifier) }
        #expect(figures == example.expected)
    }

    @Test func whoClaimsAFigureIsRecorded() {
        let figures = extract("A top NATO official said at least 1,000 troops had crossed.").figures
        #expect(figures.first?.source == "A top NATO official")
        let counted = extract("In the city, 11 people were killed, according to the city administration.").figures
        #expect(counted.first?.source == "the city administration")
    }

    @Test func accordingToInTheMiddleClaimsOnlyWhatComesBeforeIt() {
        let figures = extract("Varga leads by 10 points in Ostland, according to the polls, where 475 delegates are at stake.").figures
        #expect(figures.first { $0.text.hasPrefix("10") }?.source == "the polls")
        #expect(figures.first { $0.text == "475" }.map { $0.source == nil } == true)
        let opening = extract("According to the polls, Varga leads by 10 points and 475 delegates are at stake.").figures
        #expect(opening.allSatisfy { $0.source == "the polls" } && opening.count == 2)
    }

    @Test func aPollNamedWithASlashIsTheWholeClaimant() {
        let figures = extract("Clinton has 52 percent of voters, according to a New York Times/CBS News survey released on Thursday.").figures
        #expect(figures.first?.source == "a New York Times/CBS News survey")
    }

    @Test func aClaimantInBracketsStandsBehindTheBracketOnly() {
        let figures = extract("He claimed that Varnians killed 81 percent of victims (the actual number is closer to 15 percent, according to Factcheck.org).").figures
        #expect(figures.first { $0.text.hasPrefix("81") }.map { $0.source == nil } == true)
        #expect(figures.first { $0.text.hasPrefix("15") }?.source == "Factcheck.org")
    }

    @Test func aDayBetweenClaimantAndVerbIsNotTheClaimants() {
        #expect(extract("The Times on Saturday wrote that he had claimed a loss of $916 million.").figures.first?.source == "The Times")
    }

    @Test func aClauseTailBeforeTheSpeechVerbIsNoClaimant() {
        let figures = extract("Only a few of the 54 senators, of all those asked, even expressed interest.").figures
        #expect(figures.first?.text == "54")
        #expect(figures.first?.source == nil)
        #expect(extract("Two aides said 40 people had signed.").figures.first { $0.text == "40" }?.source == "Two aides")
    }

    @Test func theCountedNounIsKept() {
        #expect(extract("At least 1,000 Russian troops crossed.").figures.first?.unit == "Russian troops (at least)")
    }
}
