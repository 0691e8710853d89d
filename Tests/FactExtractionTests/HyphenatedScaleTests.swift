import Testing
@testable import FactExtraction

/// "a $20-million cut": the scale hyphenated to the digits when the amount is an adjective
/// is still one amount of money, not 20 of a unit called "million".
@Suite struct HyphenatedScaleTests {
    @Test func aHyphenatedMillionIsOneAmountOfMoney() throws {
        let facts = extract("The Ostby council cut a $20-million roads grant in 2019 after a dispute with the province, Mayor Ivo Lind said.")
        let figure = try #require(facts.figures.first { $0.text.contains("20") })
        #expect(figure.text == "$20-million")
        #expect(figure.unit == "dollars")
        #expect(figure.value == .number(20_000_000))
    }

    @Test func aGluedMetreAfterALengthStaysAUnit() throws {
        // "30ft (10m)": "m" glued to digits in brackets is metres, hyphenated or not.
        let facts = extract("The intruder jumped 30ft (10m) from a first-floor window on Monday.")
        #expect(facts.figures.first { $0.text == "10m" }?.unit == "metres")
    }
}
