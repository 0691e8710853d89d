import TextMachinery
/// The comma-separated parts of a subject phrase with at most `maximumWords` words each,
/// as `split { $0.isMark(",") }` gives them (empty parts left out), read in place: the
/// phrase is read three times per speaker and the arrays `split` and `filter` made cost
/// more than reading it again.
struct CommaSegments: Sequence {
    let tokens: ArraySlice<Token>
    let maximumWords: Int

    struct Iterator: IteratorProtocol {
        let tokens: ArraySlice<Token>
        let maximumWords: Int
        var index: Int

        mutating func next() -> ArraySlice<Token>? {
            while index < tokens.endIndex {
                while index < tokens.endIndex, tokens[index].isMark(",") { index += 1 }
                let start = index
                while index < tokens.endIndex, !tokens[index].isMark(",") { index += 1 }
                guard start < index else { return nil }
                let segment = tokens[start..<index]
                if segment.count(where: \.isWord) <= maximumWords { return segment }
            }
            return nil
        }
    }

    func makeIterator() -> Iterator {
        Iterator(tokens: tokens, maximumWords: maximumWords, index: tokens.startIndex)
    }
}
