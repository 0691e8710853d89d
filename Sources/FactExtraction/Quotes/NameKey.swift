/// A name of up to four words as its words' bits ("Andriy Lysenko" is two `Word`s), the
/// key people are indexed by. Most capitalised runs an article gives are names already
/// seen: hashing the words costs less than joining them into a string and hashing that,
/// and the string is made once per distinct name.
struct NameKey: Hashable {
    /// Runs longer than this are never names (`PersonIndex.classify`).
    static let maximumWords = 4

    private(set) var count = 0
    private var first = Word.empty, second = Word.empty, third = Word.empty, fourth = Word.empty

    /// The tokens' texts without possessives ("Putin's" → "Putin"), at most four.
    init(_ tokens: ArraySlice<Token>) {
        precondition(tokens.count <= Self.maximumWords)
        for token in tokens { append(token.bareText) }
    }

    private mutating func append(_ word: Word) {
        switch count {
        case 0: first = word
        case 1: second = word
        case 2: third = word
        default: fourth = word
        }
        count += 1
    }

    /// Chained through the words' own mix (`Word._rawHashValue(seed:)`), for the same reason.
    func _rawHashValue(seed: Int) -> Int {
        var hash = seed ^ count
        for index in 0..<count { hash = self[index]._rawHashValue(seed: hash) }
        return hash
    }

    var words: [Word] {
        var words: [Word] = []
        words.reserveCapacity(count)
        for index in 0..<count { words.append(self[index]) }
        return words
    }

    subscript(index: Int) -> Word {
        switch index {
        case 0: first
        case 1: second
        case 2: third
        default: fourth
        }
    }
    var string: String { Word.joinedWithSpaces(words) }
}
