/// A word, number or mark in a sentence, with its offsets in the article. Plain data
/// (its text is two `Word`s): copying a token or dropping an array of them touches no
/// reference count.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        case punctuation
    }

    let text: Word
    /// Computed once: patterns ask for these on every token, many times over.
    let lowered: Word
    let range: Range<Int>
    let classes: WordClass
    /// The first scalar: a punctuation token's mark, tested without comparing text.
    let first: Unicode.Scalar
    let kind: Kind
    let isCapitalized: Bool
    /// Ends in 's or ’s ("Russia's"), as written: `bare` and `bareText` drop it.
    let endsInPossessive: Bool

    /// The general path, for any text (non-ASCII or long tokens, and tests).
    init(text: String, range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
        first = text.unicodeScalars.first ?? " "
        let lowered: String
        if ByteText.isPlainASCII(text) {
            lowered = ByteText.lowercased(text)
            isCapitalized = text.utf8.first.map { $0 >= 65 && $0 <= 90 } ?? false
        } else {
            lowered = text.lowercased()
            isCapitalized = text.first?.isUppercase == true
        }
        self.text = Word(text)
        self.lowered = Word(lowered)
        endsInPossessive = ScalarText.hasPossessiveSuffix(text)
        let bare = ScalarText.droppingPossessive(lowered)
        classes = kind == .word ? WordClass.of(lowered: self.lowered, bare: Word(bare)) : []
    }

    /// The token for `range` of the article. Plain ASCII of up to 15 bytes (nearly every
    /// token of English news) is packed into its words without making a string; anything
    /// else takes the general path.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, kind: Kind, table: borrowing WordTable) {
        let count = range.count
        let base = range.lowerBound
        if kind == .punctuation, scalars[base].value < 0x80 {
            // One ASCII mark.
            let mark = Word(count: 1) { _ in UInt8(truncatingIfNeeded: scalars[base].value) }
            self.init(text: mark, lowered: mark, range: range, kind: kind, first: scalars[base], isCapitalized: false,
                      endsInPossessive: false, classes: [])
            return
        }
        // The word packed eight bytes to an integer, then its case and hyphens read off
        // the integers eight bytes at a time (`EightBytes`): a scalar outside ASCII shows
        // in `combined` and sends the token down the general path.
        guard count <= 15 else {
            self.init(text: ScalarText.string(scalars, range), range: range, kind: kind)
            return
        }
        let start = scalars.baseAddress! + base
        var combined: UInt32 = 0
        var low: UInt64 = 0
        var high: UInt64 = 0
        for offset in 0..<min(count, 8) {
            let value = start[offset].value
            combined |= value
            low |= UInt64(value) << (8 * UInt64(offset))
        }
        if count > 8 {
            for offset in 8..<count {
                let value = start[offset].value
                combined |= value
                high |= UInt64(value) << (8 * UInt64(offset - 8))
            }
        }
        guard combined < 0x80 else {
            self.init(text: ScalarText.string(scalars, range), range: range, kind: kind)
            return
        }
        let upperLow = EightBytes.asciiUppercase(low)
        let upperHigh = EightBytes.asciiUppercase(high)
        let hasUpper = upperLow | upperHigh != 0
        let hasHyphen = EightBytes.contains(low, 0x2D) || EightBytes.contains(high, 0x2D)
        let text = Word(packed: (low, high), count: count)
        let lowered = hasUpper ? Word(packed: (low | upperLow >> 2, high | upperHigh >> 2), count: count) : text
        let isPossessive = count >= 2 && scalars[range.upperBound - 1] == "s" && scalars[range.upperBound - 2] == "'"
        var classes: WordClass = []
        if kind == .word {
            classes = isPossessive || hasHyphen
                ? WordClass.of(lowered: lowered, bare: isPossessive ? lowered.droppingLast(2) : lowered)
                : table[lowered] ?? []
        }
        let first = scalars[base].value
        self.init(text: text, lowered: lowered, range: range, kind: kind, first: scalars[base], isCapitalized: first >= 65 && first <= 90,
                  endsInPossessive: isPossessive, classes: classes)
    }

    private init(text: Word, lowered: Word, range: Range<Int>, kind: Kind, first: Unicode.Scalar, isCapitalized: Bool,
                 endsInPossessive: Bool, classes: WordClass) {
        self.text = text
        self.lowered = lowered
        self.first = first
        self.range = range
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.endsInPossessive = endsInPossessive
        self.classes = classes
    }

    @inline(__always) var isWord: Bool { kind == .word }

    /// This is the punctuation mark `mark`: two comparisons.
    @inline(__always) func isMark(_ mark: Unicode.Scalar) -> Bool { kind == .punctuation && first == mark }

    /// How many bytes the possessive ending takes: 2 for 's, 4 for ’s.
    private var possessiveBytes: Int {
        guard endsInPossessive else { return 0 }
        return text.count >= 4 && text.withUTF8({ $0[$0.count - 2] }) == 0x99 ? 4 : 2
    }

    /// The text as written without a possessive: "Putin's" → "Putin".
    var bareText: Word { endsInPossessive ? text.droppingLast(possessiveBytes) : text }

    /// Lower-cased without a possessive: "Today's" → "today".
    var bare: Word { endsInPossessive ? lowered.droppingLast(possessiveBytes) : lowered }

    @inline(__always) func `is`(_ type: WordClass) -> Bool { classes.contains(type) }

    /// The class of the word without its possessive: "Council's" is an organisation word.
    @inline(__always) func bareIs(_ type: WordClass) -> Bool {
        endsInPossessive ? WordClass.table[bare]?.contains(type) == true : classes.contains(type)
    }
}

/// Splits text into tokens: words keep inner apostrophes, hyphens and acronym periods
/// ("Russia's", "cease-fire", "U.S."); numbers keep separators and decimals ("1,000",
/// "5.7"); everything else is one punctuation token per mark.
enum Tokenizer {
    static func tokens(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Token] {
        scalars.withUnsafeBufferPointer { tokens(in: $0, range: range) }
    }

    /// Over the article's storage directly: no bounds check or reference count per scalar.
    static func tokens(in scalars: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>) -> [Token] {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count)
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
                tokens.append(Token(scalars, start..<index, kind: .number, table: table))
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
                if index < range.upperBound, scalars[index] == ".", index - start <= 5, scalars[start..<index].contains(".") {
                    index += 1
                }
                tokens.append(Token(scalars, start..<index, kind: .word, table: table))
            } else {
                index += 1
                tokens.append(Token(scalars, start..<index, kind: .punctuation, table: table))
            }
        }
        return tokens
    }
}
