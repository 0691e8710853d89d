/// Splits text into tokens: words keep inner apostrophes, hyphens and acronym periods
/// ("Russia's", "cease-fire", "U.S."); numbers keep separators and decimals ("1,000",
/// "5.7"); everything else is one punctuation token per mark.
public enum Tokenizer {
    public static func tokens(in scalars: [Unicode.Scalar], range: Range<Int>, classifier: WordClassifier) -> [Token] {
        scalars.withUnsafeBufferPointer { scalars in
            ASCIIBytes.of(scalars).withUnsafeBufferPointer { tokens(in: scalars, ascii: $0, range: range, classifier: classifier) }
        }
    }

    /// Over the article's storage directly: no bounds check or reference count per scalar.
    /// `ascii` is the scalars narrowed by `ASCIIBytes`, padding included.
    public static func tokens(in scalars: UnsafeBufferPointer<Unicode.Scalar>, ascii: UnsafeBufferPointer<UInt8>, range: Range<Int>,
                       classifier: borrowing WordClassifier) -> [Token] {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count && ascii.count >= scalars.count + ASCIIBytes.padding)
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 3 + 4)  // a token per three scalars: growth reallocations are rare
        var index = range.lowerBound
        func isLetter(_ s: Unicode.Scalar) -> Bool { ScalarText.isLetter(s) }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        while index < range.upperBound {
            let scalar = scalars[index]
            if ScalarText.isWhitespace(scalar) {
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind = isDigit(scalar) ? .number : isLetter(scalar) ? .word : .punctuation
            switch kind {
            case .punctuation:
                index += 1
            case .number:
                index = runOn(NumberJoins.self, scalars, ascii, token: start, end: range.upperBound)
            case .word:
                index = runOn(WordJoins.self, scalars, ascii, token: start, end: range.upperBound)
                // Acronyms keep their final period: "U.S." (a letter-period-letter word).
                if index < range.upperBound, scalars[index] == ".", index - start <= 5, scalars[start..<index].contains(".") {
                    index += 1
                }
            }
            // Every kind of token is made here, in one place.
            tokens.append(Token(scalars, ascii, start..<index, kind: kind, classifier: classifier))
        }
        return tokens
    }

    /// Where a number or word token that starts at `start` ends: over letters and digits,
    /// and over the marks `Rule` lets join them. Generic so that each rule gets its own
    /// loop, with no test of the token's kind per letter.
    @inline(__always)
    private static func runOn<Rule: TokenJoins>(
        _ rule: Rule.Type, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ ascii: UnsafeBufferPointer<UInt8>, token start: Int, end: Int
    ) -> Int {
        var index = start
        while index < end {
            index = lettersAndDigits(ascii, from: index, to: end)
            guard index < end else { break }
            let s = scalars[index]
            guard ScalarText.isLetter(s) || ("0"..."9").contains(s) || (index + 1 < end && Rule.joins(s, next: scalars[index + 1], previous: index > start ? scalars[index - 1] : nil))
            else { break }
            index += 1
        }
        return index
    }

    /// Where the run of ASCII letters and digits from `start` ends (at most `end`), found
    /// eight bytes at a time: the scan's per-letter tests ran a dozen instructions a letter.
    @inline(__always)
    private static func lettersAndDigits(_ ascii: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index < end {
            let eight = EightBytes.load(ascii.baseAddress! + index)
            let run = (~EightBytes.asciiLetterOrDigit(eight) & 0x8080_8080_8080_8080).trailingZeroBitCount / 8
            index += run
            if run < 8 { break }
        }
        return min(index, end)
    }
}

/// Which marks join the letters or digits on either side into one token.
private protocol TokenJoins {
    /// `mark` stands between `previous` (nil at the token's start) and `next`.
    static func joins(_ mark: Unicode.Scalar, next: Unicode.Scalar, previous: Unicode.Scalar?) -> Bool
}

/// 1,000 · 5.7 (between digits) · 150-mile · 2003/4 · 80-odd.
private enum NumberJoins: TokenJoins {
    @inline(__always)
    static func joins(_ mark: Unicode.Scalar, next: Unicode.Scalar, previous: Unicode.Scalar?) -> Bool {
        let nextIsDigit = ("0"..."9").contains(next)
        return (mark == "," || mark == ".") && nextIsDigit && previous.map { ("0"..."9").contains($0) } == true
            || (mark == "-" || mark == "/") && (ScalarText.isLetter(next) || nextIsDigit)
    }
}

/// "Russia's", "Russia’s", "cease-fire", "U.S", "AT&T" (a mark before a letter), "over-60",
/// and an amount written after a currency's letters, "R2.8" or "Sh50,000": split at its
/// point, "8 trillion" would be read as a figure of its own.
private enum WordJoins: TokenJoins {
    @inline(__always)
    static func joins(_ mark: Unicode.Scalar, next: Unicode.Scalar, previous: Unicode.Scalar?) -> Bool {
        let nextIsDigit = ("0"..."9").contains(next)
        return (mark == "'" || mark == "\u{2019}" || mark == "-" || mark == "." || mark == "&")
            && (ScalarText.isLetter(next) || (mark == "-" && nextIsDigit))
            || (mark == "." || mark == ",") && nextIsDigit && previous.map { ("0"..."9").contains($0) } == true
    }
}
