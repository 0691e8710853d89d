import FactExtraction
import Foundation

/// Extraction throughput on a corpus made from the shared seed and dev articles (read
/// at run time, never committed) with their numbers and names varied per copy.
enum ExtractBenchmarks {
    static func run(megabytes: Int) throws {
        let shared = URL(fileURLWithPath: "../shared/eval")
        let folders = ["seeds", "dev/articles"].map { shared.appendingPathComponent($0) }
        var originals: [String] = []
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? [] where name.hasSuffix(".txt") {
                if let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) { originals.append(text) }
            }
        }
        guard !originals.isEmpty else {
            print("extract: skipped (no ../shared/eval articles beside the checkout)")
            return
        }
        var generator = SplitMix(seed: 3)
        let names = ["Petrov", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Silva"]
        var corpus: [String] = []
        var bytes = 0
        while bytes < megabytes * 1_000_000 {
            var text = originals[Int(generator.next() % UInt64(originals.count))]
            // Vary the digits and one surname so no two copies are the same article.
            text = String(text.map { character in
                guard let digit = character.wholeNumberValue, generator.next() % 3 == 0 else { return character }
                return Character(String((digit + 1) % 10))
            })
            text = text.replacingOccurrences(of: "Poroshenko", with: names[Int(generator.next() % UInt64(names.count))])
            bytes += text.utf8.count
            corpus.append(text)
        }
        var quotes = 0, figures = 0, dates = 0
        let seconds = Measure.seconds {
            for (index, text) in corpus.enumerated() {
                let facts = FactExtractor.facts(in: ArticleParser.parse(text, fileName: "a\(index).txt"))
                quotes += facts.quotes.count
                figures += facts.figures.count
                dates += facts.dates.count
            }
        }
        let rate = Double(bytes) / 1_000_000 / seconds
        print(String(format: "extract: %.1f MB in %d articles: %.2f s, %.2f MB/s on one core; %d quotes, %d figures, %d dates; peak RSS %.0f MB",
                     Double(bytes) / 1_000_000, corpus.count, seconds, rate, quotes, figures, dates, Measure.peakRSSMegabytes()))
    }
}
