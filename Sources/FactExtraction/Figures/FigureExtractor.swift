struct FigureExtractor {
    let article: Article
    let sentences: [(paragraph: Int, range: Range<Int>, tokens: [Token])]
    func figures() -> [FigureFact] { [] }
}
