import Testing
@testable import TextMachinery

@Suite struct NumberWordsTests {
    static let wordValues: [([String], Double)] = [
        (["two"], 2), (["twenty-five"], 25), (["a", "thousand"], 1000), (["one", "hundred", "and", "five"], 105),
        (["two", "hundred", "fifty", "thousand"], 250_000), (["three", "million"], 3_000_000), (["million"], 1_000_000),
        (["Two", "Hundred"], 200), (["two", "and"], 2), (["seventy-seven"], 77),
    ]

    @Test(arguments: wordValues)
    func readsNumberWords(words: [String], value: Double) {
        #expect(NumberWords.value(of: words) == value)
    }

    static let nonNumbers: [[String]] = [["columns"], ["two", "columns"], ["and"], ["a"], ["twenty-foo"], ["twenty-seventeen"],
                                          ["a-very-long-hyphenated-word"], ["one", "two-three"]]

    @Test(arguments: nonNumbers)
    func notNumbers(words: [String]) {
        #expect(NumberWords.value(of: words) == nil)
    }

    /// A run read word by word gives, after each word, what reading the words so far at once gives.
    @Test(arguments: wordValues.map(\.0) + nonNumbers)
    func readingWordByWordAgreesWithReadingAtOnce(words: [String]) {
        var run = NumberWords.Reading.Run()
        for (count, word) in words.enumerated() {
            let before = run.value
            if run.read(Word(word.lowercased())) {
                #expect(run.value == NumberWords.value(of: Array(words[...count])), "\(words[...count])")
            } else {
                #expect(NumberWords.value(of: Array(words[...count])) == nil, "\(words[...count])")
                #expect(run.value == before)  // a word that fails leaves the run as it was
                break
            }
        }
        if words.count == 1 { #expect(NumberWords.value(of: Word(words[0].lowercased())) == NumberWords.value(of: words)) }
    }
}
