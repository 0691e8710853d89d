/// Splits text into tokens: words keep inner apostrophes, hyphens and acronym periods
/// ("Russia's", "cease-fire", "U.S."); numbers keep separators and decimals ("1,000",
/// "5.7"); everything else is one punctuation token per mark.
enum Tokenizer {
    static func tokens(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Token] {
        scalars.withUnsafeBufferPointer { scalars in
            ASCIIBytes.of(scalars).withUnsafeBufferPointer { tokens(in: scalars, ascii: $0, range: range) }
        }
    }

    /// Over the article's storage directly: no bounds check or reference count per scalar.
    /// `ascii` is the scalars narrowed by `ASCIIBytes`, padding included.
    static func tokens(in scalars: UnsafeBufferPointer<Unicode.Scalar>, ascii: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Token] {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count && ascii.count >= scalars.count + ASCIIBytes.padding)
        let table = WordClass.table  // once, not a lazy-global check per token
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
            let kind: Token.Kind
            if isDigit(scalar) {
                kind = .number
                // 1,000 · 5.7 · 24th · 150-mile · 2003/4 · 80-odd — glued letters and hyphenated words stay.
                while index < range.upperBound {
                    index = lettersAndDigits(ascii, from: index, to: range.upperBound)
                    guard index < range.upperBound else { break }
                    let s = scalars[index]
                    if isDigit(s) || isLetter(s) {
                        index += 1
                    } else if (s == "," || s == ".") && index + 1 < range.upperBound && isDigit(scalars[index + 1])
                        && index > start && isDigit(scalars[index - 1])
                    {
                        index += 1
                    } else if (s == "-" || s == "/") && index + 1 < range.upperBound
                        && (isLetter(scalars[index + 1]) || isDigit(scalars[index + 1]))
                    {
                        index += 1
                    } else {
                        break
                    }
                }
            } else if isLetter(scalar) {
                kind = .word
                while index < range.upperBound {
                    index = lettersAndDigits(ascii, from: index, to: range.upperBound)
                    guard index < range.upperBound else { break }
                    let s = scalars[index]
                    if isLetter(s) || isDigit(s) {
                        index += 1
                    } else if (s == "'" || s == "\u{2019}" || s == "-" || s == "." || s == "&")
                        && index + 1 < range.upperBound && (isLetter(scalars[index + 1]) || (s == "-" && isDigit(scalars[index + 1])))
                    {
                        index += 1
                    } else if s == "." && index + 1 < range.upperBound && scalars[index + 1] == "," {
                        break
                    } else {
                        break
                    }
                }
                // Acronyms keep their final period: "U.S." (a letter-period-letter word).
                if index < range.upperBound, scalars[index] == ".", index - start <= 5, scalars[start..<index].contains(".") {
                    index += 1
                }
            } else {
                kind = .punctuation
                index += 1
            }
            // One place a token is made, so its making can be inlined once.
            tokens.append(Token(scalars, ascii, start..<index, kind: kind, table: table))
        }
        return tokens
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
