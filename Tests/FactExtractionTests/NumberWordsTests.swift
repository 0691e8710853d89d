import Testing
@testable import FactExtraction

@Suite struct NumberWordsTests {
    static let wordValues: [([String], Double)] = [
        (["two"], 2), (["twenty-five"], 25), (["a", "thousand"], 1000), (["one", "hundred", "and", "five"], 105),
        (["two", "hundred", "fifty", "thousand"], 250_000), (["three", "million"], 3_000_000), (["million"], 1_000_000),
    ]

    @Test(arguments: wordValues)
    func readsNumberWords(words: [String], value: Double) {
        #expect(NumberWords.value(of: words) == value)
    }

    static let nonNumbers: [[String]] = [["columns"], ["two", "columns"], ["and"], ["a"], ["twenty-foo"]]

    @Test(arguments: nonNumbers)
    func notNumbers(words: [String]) {
        #expect(NumberWords.value(of: words) == nil)
    }
}
