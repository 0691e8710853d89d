import TextMachinery
/// A name of up to four words as its words' bits ("Andriy Lysenko" is two `Word`s), the
/// key people are indexed by. Most capitalised runs an article gives are names already
/// seen: hashing the words costs less than joining them into a string and hashing that,
/// and the string is made once per distinct name.
struct NameKey: Hashable, RandomAccessCollection {
    /// Runs longer than this are never names (`PersonIndex.classify`).
    static let maximumWords = 4

    private(set) var count = 0
    private var word0 = Word.empty, word1 = Word.empty, word2 = Word.empty, word3 = Word.empty

    /// The tokens' texts without possessives ("Putin's" → "Putin"), at most four.
    init(_ tokens: ArraySlice<Token>) {
        precondition(tokens.count <= Self.maximumWords)
        for token in tokens { append(token.bareText) }
    }

    /// The words of a name written out ("Petro Poroshenko"), split at spaces; nil past four.
    init?(_ name: String) {
        let parts = ScalarText.spaceSeparated(name)
        guard parts.count <= Self.maximumWords else { return nil }
        for part in parts { append(Word(part)) }
    }

    private mutating func append(_ word: Word) {
        switch count {
        case 0: word0 = word
        case 1: word1 = word
        case 2: word2 = word
        default: word3 = word
        }
        count += 1
    }

    /// What `Dictionary` calls for a key: the words' own seeded mix (`Word._rawHashValue`)
    /// chained, instead of a SipHash over all four words.
    func _rawHashValue(seed: Int) -> Int {
        var hash = seed ^ count
        for index in 0..<count { hash = self[index]._rawHashValue(seed: hash) }
        return hash
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(index: Int) -> Word {
        switch index {
        case 0: word0
        case 1: word1
        case 2: word2
        default: word3
        }
    }

    /// The words joined by single spaces: the name as it is written out.
    var string: String { Word.joinedWithSpaces(self) }
}
