/// A word, number or mark in a sentence, with its offsets in the article. Plain data
/// (its text is two `Word`s): copying a token or dropping an array of them touches no
/// reference count.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word
        case number
        case punctuation
    }

    public let text: Word
    /// Computed once: patterns ask for these on every token, many times over.
    public let lowered: Word
    public let range: Range<Int>
    public let classes: WordClass
    /// The first scalar: a punctuation token's mark, tested without comparing text.
    public let first: Unicode.Scalar
    public let kind: Kind
    public let isCapitalized: Bool
    /// Ends in 's or ’s ("Russia's"), as written: `bare` and `bareText` drop it.
    public let endsInPossessive: Bool

    /// The general path, for any text (non-ASCII or long tokens, and tests).
    public init(text: String, range: Range<Int>, kind: Kind, classifier: borrowing WordClassifier) {
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
        classes = kind == .word ? classifier.classes(lowered: self.lowered, bare: Word(bare)) : []
    }

    /// The token for `range` of the article. Plain ASCII of up to 15 bytes (nearly every
    /// token of English news) is loaded from the narrowed bytes (`ASCIIBytes`) straight
    /// into its words without making a string; anything else takes the general path.
    public init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ ascii: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, kind: Kind,
         classifier: borrowing WordClassifier) {
        let count = range.count
        let base = range.lowerBound
        if kind == .punctuation, scalars[base].value < 0x80 {
            // One ASCII mark.
            let mark = Word(count: 1) { _ in UInt8(truncatingIfNeeded: scalars[base].value) }
            self.init(text: mark, lowered: mark, range: range, kind: kind, first: scalars[base], isCapitalized: false,
                      endsInPossessive: false, classes: [])
            return
        }
        // Case and hyphens are then read off the packed integers eight bytes at a time
        // (`EightBytes`); a scalar outside ASCII fails the packing and sends the token
        // down the general path.
        guard count <= 15, let (low, high) = ASCIIBytes.packed(ascii.baseAddress!, at: base, count: count) else {
            self.init(text: ScalarText.string(scalars, range), range: range, kind: kind, classifier: classifier)
            return
        }
        let hasHyphen = EightBytes.contains(low, 0x2D) || EightBytes.contains(high, 0x2D)
        let text = Word(packed: (low, high), count: count)
        let lowered = Word(asciiLowercasing: (low, high), count: count)
        let isPossessive = count >= 2 && scalars[range.upperBound - 1] == "s" && scalars[range.upperBound - 2] == "'"
        var classes: WordClass = []
        if kind == .word {
            classes = isPossessive || hasHyphen
                ? classifier.classes(lowered: lowered, bare: isPossessive ? lowered.droppingLast(2) : lowered)
                : classifier.table[lowered] ?? []
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

    @inlinable @inline(__always) public var isWord: Bool { kind == .word }

    /// A token that opens on a digit: "24th", "5G", "1,000".
    @inlinable @inline(__always) public var startsWithDigit: Bool { first.value >= 48 && first.value <= 57 }

    /// This is the punctuation mark `mark`: two comparisons.
    @inlinable @inline(__always) public func isMark(_ mark: Unicode.Scalar) -> Bool { kind == .punctuation && first == mark }

    /// An em or en dash: how news copy sets off an aside ("— which … —") or ends a dateline.
    @inlinable @inline(__always) public var isDash: Bool { isMark("—") || isMark("–") }

    /// How many bytes the possessive ending takes: 2 for 's, 4 for ’s.
    @usableFromInline var possessiveBytes: Int {
        guard endsInPossessive else { return 0 }
        return text.hasSuffix("\u{2019}s") ? 4 : 2
    }

    /// The text as written without a possessive: "Putin's" → "Putin".
    @inlinable public var bareText: Word { endsInPossessive ? text.droppingLast(possessiveBytes) : text }

    /// Lower-cased without a possessive: "Today's" → "today".
    @inlinable public var bare: Word { endsInPossessive ? lowered.droppingLast(possessiveBytes) : lowered }

    @inlinable @inline(__always) public func `is`(_ type: WordClass) -> Bool { classes.contains(type) }
}
