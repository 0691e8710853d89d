import Foundation
import Testing
@testable import FactExtraction
import TextMachinery

/// The byte-level fast paths must say exactly what the slow, general calls they replaced
/// say: the facts JSON what `JSONEncoder` wrote, the word table what a `Set` answers.
@Suite struct FastPathParityTests {
    static let awkward = ArticleFacts(
        article: "a/b \"odd\".txt", title: "Tabs\tand \\ slashes / and \u{1} controls", source: nil, published: "2014-08-28",
        quotes: [
            QuoteFact(text: "Ça va, \"mon ami\"", speaker: nil, sentence: "Line\nbreak\r and é ✓", start: 7, attribution: nil, short: true),
            QuoteFact(text: "We will not withdraw", speaker: "Olga Marsh", sentence: "s", start: 1_234_567, attribution: "named", short: false),
        ],
        figures: [
            FigureFact(text: "1,000", value: .number(1000), unit: "troops (at least)", qualifier: "at least", source: "a NATO official", sentence: "s", start: 3),
            FigureFact(text: "5.7%", value: .number(5.7), unit: "%", qualifier: nil, source: nil, sentence: "s", start: 4),
            FigureFact(text: "3,000-4,000", value: .range(3000, 4000), unit: nil, qualifier: nil, source: nil, sentence: "s", start: 5),
            FigureFact(text: "huge", value: .number(1e21), unit: nil, qualifier: nil, source: nil, sentence: "s", start: 6),
            FigureFact(text: "none", value: nil, unit: nil, qualifier: nil, source: nil, sentence: "s", start: 8),
        ],
        dates: [DateFact(text: "Thursday", sentence: "On Thursday.", resolved: "2014-08-28", start: 9, source: "officials")])

    @Test func factsJSONIsByteForByteWhatJSONEncoderWrote() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for facts in [Self.awkward, ArticleFacts(article: "empty.txt", title: nil, source: nil, published: nil, quotes: [], figures: [], dates: [])] {
            let expected = String(decoding: try encoder.encode(facts), as: UTF8.self)
            #expect(facts.prettyJSON() == expected)
            #expect(try JSONDecoder().decode(ArticleFacts.self, from: Data(facts.prettyJSON().utf8)) == facts)
        }
    }

    @Test func theWordTableAnswersLikeTheSetsItWasBuiltFrom() {
        for word in Lexicon.speechVerbs { #expect(WordClass.table[word]?.contains(.speechVerb) == true, "\(word)") }
        for word in Lexicon.titles { #expect(WordClass.table[word]?.contains(.title) == true, "\(word)") }
        for word in ["", "x", "saidx", "tanks", "the-end", "Said", "ſaid", "said-and-done-and-more"] as [Word] where !Lexicon.speechVerbs.contains(word) {
            #expect(WordClass.table[word]?.contains(.speechVerb) != true, "\(word)")
        }
    }

    @Test func tokensMadeFromASCIIAgreeWithTheGeneralPath() {
        let text = "Mr. O'Brien's U.S.-backed 1,000-strong force, said Today's twenty-five over-60s (NATO) counter-intelligence ÉLAN."
        let scalars = Array(text.unicodeScalars)
        for token in Tokenizer.tokens(in: scalars, range: 0..<scalars.count) {
            let general = Token(text: String(String.UnicodeScalarView(scalars[token.range])), range: token.range, kind: token.kind)
            #expect(token == general, "\(token.text)")
        }
    }

    @Test(arguments: ["", "a", "one two", "  lead and trail  ", "double  space", "tab\tis not a space", "élan vital", "x y z w",
                      "a sentence long enough to cross two blocks of eight bytes  and more"])
    func byteWordCountsMatchSplit(_ text: String) {
        #expect(ByteText.wordCount(text) == text.split(separator: " ").count)
        let scalars = Array(text.unicodeScalars)
        let ascii = scalars.withUnsafeBufferPointer { ASCIIBytes.of($0) }
        ascii.withUnsafeBufferPointer { bytes in
            // Every sub-range, so blocks of eight start and end everywhere in the text.
            for lower in 0...scalars.count {
                for upper in lower...scalars.count {
                    let expected = String(String.UnicodeScalarView(scalars[lower..<upper])).split(separator: " ").count
                    #expect(ASCIIBytes.wordCount(bytes, lower..<upper) == expected, "\(text) \(lower)..<\(upper)")
                }
            }
        }
    }

    @Test(arguments: ["the spokesman, a Pentagon official", ",, leading, trailing ,", "one two three four five six seven eight nine ten eleven, short",
                      "", ",", "no commas at all here"])
    func commaSegmentsAreSplitThenFiltered(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(in: scalars, range: 0..<scalars.count)[...]
        let expected = tokens.split { $0.isMark(",") }.filter { $0.count(where: \.isWord) <= 10 }
        #expect(Array(CommaSegments(tokens: tokens, maximumWords: 10)).map { $0.indices } == expected.map { $0.indices }, "\(text)")
        #expect(Array(CommaSegments(tokens: tokens.dropFirst(), maximumWords: 10)).map { $0.indices }
                == tokens.dropFirst().split { $0.isMark(",") }.filter { $0.count(where: \.isWord) <= 10 }.map { $0.indices })
    }

    @Test func tokensOutsideRangesAreTheTokensContainsRejects() {
        let text = #"He said "we will win" and "never" stop, then "again" at last."#
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(in: scalars, range: 0..<scalars.count)
        for ranges in [[], [8..<20], [8..<20, 26..<31], [0..<5, 8..<20, 40..<70], [26..<31, 8..<20], [3..<3, 50..<51]] as [[Range<Int>]] {
            let sorted = SortedRanges(ranges)
            #expect(sorted.tokens(outside: tokens) == tokens.filter { !sorted.contains($0.range.lowerBound) }, "\(ranges)")
            let tail = Array(tokens.dropFirst(5))
            #expect(sorted.tokens(outside: tail) == tail.filter { !sorted.contains($0.range.lowerBound) }, "\(ranges)")
        }
    }

    /// A number token's amount read off its bytes equals reading its string (drop commas,
    /// split digits from a suffix, `Double(text)`), bit for bit, on random number tokens.
    @Test func digitAmountsMatchReadingTheString() {
        func reference(_ lowered: String) -> (value: Double, scaled: Bool)? {
            // A comma inside the number has three digits after it ("1,000"), or the word is read
            // as no amount ("3,9", "19,,700"); one that ends the number is punctuation.
            // The commas group the digits in threes, or in twos before the last three (lakhs);
            // one that ends the number is punctuation.
            let isDigit = { (c: Character) in ("0"..."9").contains(c) }
            let integer = String(lowered.prefix { isDigit($0) || $0 == "," })
            var groups = integer.split(separator: ",", omittingEmptySubsequences: false).map(\.count)
            if groups.count > 1, groups.last == 0 { groups.removeLast() }
            if groups.count > 1 {
                let western = groups.dropFirst().allSatisfy { $0 == 3 } && (1...3).contains(groups[0])
                let indian = groups.last == 3 && groups.dropFirst().dropLast().allSatisfy { $0 == 2 } && (1...2).contains(groups[0])
                if !(western || indian) { return nil }
            }
            var text = ScalarText.withoutCommas(lowered)
            var scale = 1.0
            var scaled = false
            let (digits, glued) = FigureExtractor.digitsAndSuffix(text)
            if !glued.isEmpty {
                guard let suffix = NumberWords.suffixes[String(glued)] else { return nil }
                scale = suffix
                scaled = true
                text = String(digits)
            }
            guard let value = Double(text) else { return nil }
            return (value * scale, scaled)
        }
        let pieces = ["0", "1", "2", "5", "7", "9", "00", "123", ",", ".", "k", "m", "mn", "bn", "b", "tn", "trn", "e", "x", "é", "²", "-", "9999999"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            var text = ["1", "4", "9", "0"].randomElement(using: &generator)!
            for _ in 0..<Int.random(in: 0...6, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let expected = reference(text)
            let found = Word(text).amount
            #expect(found?.value.bitPattern == expected?.value.bitPattern && found?.scaled == expected?.scaled, "\(text)")
        }
    }

    @Test func byteSubstringSearchMatchesFoundation() {
        let haystacks = ["", "video player", "the newsletter sign-up", "abcabcabd", "ééé", "contributed to this report.", "newsletternewsletter", "xnewsletter"]
        let needles = ["", "a", "abd", "abc", "newsletter", "é", "report.", "xyz"]
        for haystack in haystacks {
            for needle in needles where !needle.isEmpty {
                #expect(ByteText.contains(haystack, needle) == haystack.contains(needle), "\(haystack) / \(needle)")
                // Anchored on any byte of the needle, the answer is the same.
                for anchor in 0..<needle.utf8.count {
                    let found = Array(haystack.utf8).withUnsafeBufferPointer { text in
                        Array(needle.utf8).withUnsafeBufferPointer { ByteText.contains(text, $0, anchor: anchor) }
                    }
                    #expect(found == haystack.contains(needle), "\(haystack) / \(needle) at \(anchor)")
                }
            }
        }
    }

    @Test(arguments: ["Russia's", "Russia’s", "s", "'s", "boss", "Jones'", "ALL'S", "’s"])
    func possessiveSuffixMatchesHasSuffix(_ word: String) {
        #expect(ScalarText.hasPossessiveSuffix(word) == (word.hasSuffix("'s") || word.hasSuffix("\u{2019}s")))
    }
}
