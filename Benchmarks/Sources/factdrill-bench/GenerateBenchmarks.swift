import FactExtraction
import Foundation
import QuizBank

/// Question generation in process, on facts extracted beforehand (untimed): scoring,
/// selection and story grouping over 1,000 articles, and story grouping alone over
/// 10,000 (issue 17: under 2 s and under 25 s). The articles are the extract case's corpus.
enum GenerateBenchmarks {
    static func run(workDirectory: URL) throws {
        guard let corpus = try Corpus.make(megabytes: 50, in: workDirectory) else {
            print("generate: skipped (no ../shared/eval articles beside the checkout)")
            return
        }
        let paths = Array(corpus.files.prefix(10_000).map(\.path))
        // The 1,000 first, timed while the heap is small (as a `generate` run's would be);
        // the other 9,000 extracted afterwards, for story grouping.
        var facts: [ArticleFacts] = []
        facts.reserveCapacity(paths.count)
        for path in paths.prefix(1_000) { facts.append(FactExtractor.facts(in: try ArticleParser.read(path: path))) }
        let thousand = facts
        print("generate (in process, facts extracted beforehand, untimed)")
        var items = 0
        let generate = Measure.runs(7) { items = QuestionGenerator().generate(title: "b", from: thousand).bank.items.count }
        print(String(format: "  generate, %d articles: median %.3f s, worst %.3f s; %d items", thousand.count, generate.median, generate.worst, items))
        for path in paths.dropFirst(1_000) { facts.append(FactExtractor.facts(in: try ArticleParser.read(path: path))) }
        var stories = 0
        let grouping = Measure.runs(3) { stories = Set(StoryGrouping.stories(facts)).count }
        print(String(format: "  story grouping, %d articles: median %.3f s, worst %.3f s; %d stories", facts.count, grouping.median, grouping.worst, stories))
    }
}
