/// How a token's word classes are found: its lower-cased word in a table, and what a
/// possessive or a hyphenated compound takes from its parts. Which classes carry over is
/// the rules' call ("Monday's" still opens a date, "twenty-five" still opens a figure), so
/// the rules build the classifier and the tokenizer applies it.
public struct WordClassifier: Sendable {
    public let table: WordTable
    /// Classes a possessive takes from its bare word.
    public let possessiveKeeps: WordClass
    /// Classes a hyphenated word takes from its head (the part before the first hyphen).
    public let compoundKeeps: WordClass
    /// Hyphenated words starting with one of these take `compoundKeeps` whatever their head.
    public let compoundPrefixes: [Word]

    public init(table: WordTable, possessiveKeeps: WordClass, compoundKeeps: WordClass, compoundPrefixes: [Word]) {
        self.table = table
        self.possessiveKeeps = possessiveKeeps
        self.compoundKeeps = compoundKeeps
        self.compoundPrefixes = compoundPrefixes
    }

    /// The classes of a lower-cased token; `bare` is it without a possessive ending.
    public func classes(lowered: Word, bare: Word) -> WordClass {
        var classes = table[lowered] ?? []
        if bare != lowered, let bareClasses = table[bare] {
            classes.formUnion(bareClasses.intersection(possessiveKeeps))
        }
        if !classes.contains(compoundKeeps), lowered.contains(UInt8(ascii: "-")) {
            let head = lowered.prefix(upTo: UInt8(ascii: "-"))
            if table[head]?.contains(compoundKeeps) == true || compoundPrefixes.contains(where: lowered.hasPrefix) {
                classes.formUnion(compoundKeeps)
            }
        }
        return classes
    }
}
