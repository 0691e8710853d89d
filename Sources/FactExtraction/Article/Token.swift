/// A word, number or mark in a sentence, with its offsets in the article.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        case punctuation
    }

    let text: String
    /// Computed once: patterns ask for these on every token, many times over.
    let lowered: String
    let range: Range<Int>
    let classes: WordClass
    /// The first scalar: a punctuation token's mark, tested without comparing strings.
    let first: Unicode.Scalar
    let kind: Kind
    let isCapitalized: Bool
    /// Ends in 's or ’s ("Russia's"): rare, so `bare` is made only when asked.
    private let isPossessive: Bool
    /// The text as written ends in 's or ’s (`ScalarText.hasPossessiveSuffix(text)`).
    let endsInPossessive: Bool

    init(text: String, range: Range<Int>, kind: Kind) {
        self.text = text
        self.range = range
        self.kind = kind
        first = text.unicodeScalars.first ?? " "
        var isASCII = true
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 { isASCII = false; break }
            if byte >= 65 && byte <= 90 { hasUpper = true }
        }
        if isASCII {
            lowered = hasUpper ? ByteText.asciiLowercased(text) : text
            isCapitalized = text.utf8.first.map { $0 >= 65 && $0 <= 90 } ?? false
        } else {
            lowered = text.lowercased()
            isCapitalized = text.first?.isUppercase == true
        }
        let bare = ScalarText.droppingPossessive(lowered)
        isPossessive = bare.utf8.count != lowered.utf8.count
        endsInPossessive = ScalarText.hasPossessiveSuffix(text)
        classes = kind == .word ? WordClass.of(lowered: lowered, bare: bare) : []
    }

    /// The token for `range` of the article, made in one pass when it is plain ASCII
    /// (nearly every token of English news): case, hyphens and the word-table hash are
    /// read before any string is made, and the text is copied once.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, kind: Kind, table: borrowing WordTable) {
        let count = range.count
        let base = range.lowerBound
        if kind == .punctuation, scalars[base].value < 0x80 {
            // One ASCII mark: its text comes from a table, no string is made.
            let mark = Self.asciiMarks[Int(scalars[base].value)]
            self.init(text: mark, range: range, kind: kind, lowered: mark, first: scalars[base], isCapitalized: false,
                      isPossessive: false, classes: [])
            return
        }
        var isASCII = count <= 64
        var hasUpper = false
        var hasHyphen = false
        var hash = WordTable.seed
        if isASCII {
            for index in range {
                let value = scalars[index].value
                guard value < 0x80 else {
                    isASCII = false
                    break
                }
                let byte = UInt8(truncatingIfNeeded: value)
                let isUpper = byte >= 65 && byte <= 90
                hasUpper = hasUpper || isUpper
                hasHyphen = hasHyphen || byte == UInt8(ascii: "-")
                hash = WordTable.combine(hash, isUpper ? byte + 32 : byte)
            }
        }
        guard isASCII else {
            self.init(text: ScalarText.string(scalars, range), range: range, kind: kind)
            return
        }
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            for offset in 0..<count { buffer[offset] = UInt8(truncatingIfNeeded: scalars[base + offset].value) }
            return count
        }
        let lowered = !hasUpper ? text : String(unsafeUninitializedCapacity: count) { buffer in
            for offset in 0..<count {
                let byte = UInt8(truncatingIfNeeded: scalars[base + offset].value)
                buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte
            }
            return count
        }
        let isPossessive = count >= 2 && scalars[range.upperBound - 1] == "s" && scalars[range.upperBound - 2] == "'"
        var classes: WordClass = []
        if kind == .word {
            classes = isPossessive || hasHyphen
                ? WordClass.of(lowered: lowered, bare: ScalarText.droppingPossessive(lowered))
                : table.lookup(lowered, hash: WordTable.finish(hash)) ?? []
        }
        let first = scalars[base].value
        self.init(text: text, range: range, kind: kind, lowered: lowered, first: scalars[base], isCapitalized: first >= 65 && first <= 90,
                  isPossessive: isPossessive, classes: classes)
    }

    /// The text of every one-scalar ASCII token, made once.
    private static let asciiMarks: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    private init(text: String, range: Range<Int>, kind: Kind, lowered: String, first: Unicode.Scalar, isCapitalized: Bool, isPossessive: Bool,
                 classes: WordClass) {
        self.text = text
        self.first = first
        self.range = range
        self.kind = kind
        self.lowered = lowered
        self.isCapitalized = isCapitalized
        self.isPossessive = isPossessive
        // The ASCII path tests the scalars as written: the same test on the same text.
        self.endsInPossessive = isPossessive
        self.classes = classes
    }

    @inline(__always) var isWord: Bool { kind == .word }

    /// This is the punctuation mark `mark`: two comparisons, where `text == ","` compared strings.
    @inline(__always) func isMark(_ mark: Unicode.Scalar) -> Bool { kind == .punctuation && first == mark }

    /// The text as written without a possessive: "Putin's" → "Putin" (`PersonIndex.bare`).
    var bareText: String {
        guard endsInPossessive else { return text }
        let suffix = text.utf8.count >= 4 && text.utf8.dropLast().last == 0x99 ? 4 : 2
        return String(Substring(text.utf8.dropLast(suffix)))
    }

    /// Lower-cased without a possessive: "Today's" → "today".
    @inline(__always) var bare: String { isPossessive ? ScalarText.droppingPossessive(lowered) : lowered }

    @inline(__always) func `is`(_ type: WordClass) -> Bool { classes.contains(type) }

    /// The class of the word without its possessive: "Council's" is an organisation word.
    @inline(__always) func bareIs(_ type: WordClass) -> Bool {
        isPossessive ? WordClass.table[bare]?.contains(type) == true : classes.contains(type)
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
