@testable import FactExtraction
import TextMachinery

/// Extracts facts from text written in the test, with a headline line first as real
/// articles have.
func extract(_ body: String, published: String? = nil) -> ArticleFacts {
    var text = "A headline for the test\n\n"
    if let published { text = "---\npublished: \(published)\n---\n" + text }
    return FactExtractor.facts(in: ArticleParser.parse(text + body, fileName: "test.txt"))
}
