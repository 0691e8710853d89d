/// A word, number or mark in a sentence, with its offsets in the article.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        case punctuation
    }

    let text: String
    let range: Range<Int>
    let kind: Kind
    /// Computed once: patterns ask for these on every token, many times over.
    let lowered: String
    let isCapitalized: Bool
    /// Ends in 's or ’s ("Russia's"): rare, so `bare` is made only when asked.
    private let isPossessive: Bool
    let classes: WordClass

    init(text: String, range: Range<Int>, kind: Kind) {
        self.text = text
        self.range = range
        self.kind = kind
        var isASCII = true
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 { isASCII = false; break }
            if byte >= 65 && byte <= 90 { hasUpper = true }
        }
        if isASCII {
            lowered = hasUpper ? ScalarText.asciiLowercased(text) : text
            isCapitalized = text.utf8.first.map { $0 >= 65 && $0 <= 90 } ?? false
        } else {
            lowered = text.lowercased()
            isCapitalized = text.first?.isUppercase == true
        }
        let bare = ScalarText.droppingPossessive(lowered)
        isPossessive = bare.utf8.count != lowered.utf8.count
        classes = kind == .word ? WordClass.of(lowered: lowered, bare: bare) : []
    }

    var isWord: Bool { kind == .word }

    /// Lower-cased without a possessive: "Today's" → "today".
    var bare: String { isPossessive ? ScalarText.droppingPossessive(lowered) : lowered }

    @inline(__always) func `is`(_ type: WordClass) -> Bool { classes.contains(type) }

    /// The class of the word without its possessive: "Council's" is an organisation word.
    func bareIs(_ type: WordClass) -> Bool {
        isPossessive ? WordClass.table[bare]?.contains(type) == true : classes.contains(type)
    }
}

/// Splits text into tokens: words keep inner apostrophes, hyphens and acronym periods
/// ("Russia's", "cease-fire", "U.S."); numbers keep separators and decimals ("1,000",
/// "5.7"); everything else is one punctuation token per mark.
enum Tokenizer {
    static func tokens(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5 + 4)
        var index = range.lowerBound
        func text(_ r: Range<Int>) -> String { ScalarText.string(scalars, r) }
        func isLetter(_ s: Unicode.Scalar) -> Bool { ScalarText.isLetter(s) }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        while index < range.upperBound {
            let scalar = scalars[index]
            if ScalarText.isWhitespace(scalar) {
                index += 1
                continue
            }
            let start = index
            if isDigit(scalar) {
                // 1,000 · 5.7 · 24th · 150-mile · 2003/4 · 80-odd — glued letters and hyphenated words stay.
                while index < range.upperBound {
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
                tokens.append(Token(text: text(start..<index), range: start..<index, kind: .number))
            } else if isLetter(scalar) {
                while index < range.upperBound {
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
                let word = text(start..<index)
                if index < range.upperBound, scalars[index] == ".", word.utf8.contains(UInt8(ascii: ".")), word.count <= 5 {
                    index += 1
                }
                tokens.append(Token(text: text(start..<index), range: start..<index, kind: .word))
            } else {
                index += 1
                tokens.append(Token(text: text(start..<index), range: start..<index, kind: .punctuation))
            }
        }
        return tokens
    }
}
