import Testing
@testable import TextMachinery

/// `Word` stands in for `String` in every token: it must answer as the string would.
@Suite struct WordTests {
    static let samples = ["", "a", "said", "eight888", "fifteen-bytes15", "sixteen-bytes-16", "counter-intelligence",
                          "élan", "Zürich’s", "naïve-and-long-enough", "U.S.", "1,000", "’s", "@[`{ZAza", "MiXeD-CaSe-Wo"]

    @Test(arguments: samples)
    func roundTripsAndMeasuresLikeItsString(_ text: String) {
        let word = Word(text)
        #expect(word.string == text)
        #expect(word.count == text.utf8.count)
        #expect(word.isEmpty == text.isEmpty)
        #expect(word.firstByte == text.utf8.first)
        #expect(word.lastByte == text.utf8.last)
        #expect(word.withUTF8 { Array($0) } == Array(text.utf8))
        for byte in [UInt8(ascii: "-"), UInt8(ascii: "."), 0x99] { #expect(word.contains(byte) == text.utf8.contains(byte)) }
        for cased in [text, text.uppercased(), text.capitalized] {
            #expect(Word(cased).lowercased == Word(ByteText.lowercased(cased)), "\(cased)")
        }
    }

    /// Sets of words hash with `_rawHashValue(seed:)`, not SipHash: distinct words must
    /// still spread, including words that differ only past their eighth byte.
    @Test func distinctWordsGetDistinctHashes() {
        let words = (0..<5_000).flatMap { number in [Word("w\(number)"), Word("long-prefix\(number)"), Word("counter-\(number)x")] }
        for seed in [0, 42, Int.min] {
            #expect(Set(words.map { $0._rawHashValue(seed: seed) }).count == words.count)
            #expect(Set(words.map { $0._rawHashValue(seed: seed) & 0xFFFF }).count > 12_000)  // low bits, which pick the bucket
        }
    }

    @Test func equalWordsAreEqualAndHashAlikeHoweverMade() {
        for text in Self.samples {
            let copy = String(decoding: Array(text.utf8), as: UTF8.self)
            #expect(Word(text) == Word(copy))
            #expect(Word(text).hashValue == Word(copy).hashValue)
            for seed in [0, 1, -1, 0x5bd1e995] { #expect(Word(text)._rawHashValue(seed: seed) == Word(copy)._rawHashValue(seed: seed)) }
            #expect(Set(Self.samples.map(Word.init)).contains(Word(copy)))
        }
        #expect(Word("said") == "said")
        #expect(Word("sixteen-bytes-16") == "sixteen-bytes-16")
        #expect(Word("said") != "says")
        #expect(Word("sixteen-bytes-16") != "sixteen-bytes-17")
        #expect(Word("") == .empty)
    }

    @Test(arguments: samples)
    func prefixesSuffixesAndDropsMatchString(_ text: String) {
        let word = Word(text)
        for affix in ["", "s", "'s", "’s", "ed", "-", "U.", "sixteen-", "-16", "intelligence", text] {
            #expect(word.hasSuffix(Word(affix)) == text.utf8.reversed().starts(with: affix.utf8.reversed()), "\(text) / \(affix)")
            #expect(word.hasPrefix(Word(affix)) == text.utf8.starts(with: affix.utf8), "\(text) / \(affix)")
        }
        for bytes in 0...3 where text.utf8.count >= bytes {
            #expect(word.droppingLast(bytes).string == String(decoding: text.utf8.dropLast(bytes), as: UTF8.self))
        }
    }

    @Test func aTokenCarriesItsTextAndLowerCaseAsWritten() {
        let text = "Counter-Intelligence ÉLAN Putin’s"
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(in: scalars, range: 0..<scalars.count, classifier: .unclassified)
        #expect(tokens.map(\.text.string) == ["Counter-Intelligence", "ÉLAN", "Putin’s"])
        #expect(tokens.map(\.lowered.string) == ["counter-intelligence", "élan", "putin’s"])
        #expect(tokens[2].bareText == "Putin")
        #expect(tokens[2].bare == "putin")
    }
}

extension WordTests {
    @Test(arguments: ["", "0", "7", "2014", "0800", "999999999999999", "12a", "1,000", "5.7", "-5", "+5", "2003/4", "١٢", "12345678901234567890"])
    func digitsValueIsWhatIntSays(_ text: String) {
        #expect(Word(text).digitsValue == (text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ? Int(text) : nil))
    }
}

extension WordClassifier {
    /// No word classes at all: what the tokenizer does with text alone.
    static let unclassified = WordClassifier(table: WordTable([:]), possessiveKeeps: [], compoundKeeps: [], compoundPrefixes: [])
}
