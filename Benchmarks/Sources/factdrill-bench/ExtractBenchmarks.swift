import FactExtraction
import Foundation
import Study

/// Extraction throughput and memory on a corpus made from the shared seed and dev
/// articles (read at run time, never committed), each copy with its digits, month names
/// and most-mentioned name varied, written to a temporary folder one article per file.
enum ExtractBenchmarks {
    static let sizes = [1, 10, 50]

    static func run(workDirectory: URL) throws {
        guard let corpus = try Corpus.make(megabytes: sizes.max()!, in: workDirectory) else {
            print("extract: skipped (no ../shared/eval articles beside the checkout)")
            return
        }
        // Timed inside a child of this program, started afresh for each run: run here, after
        // the progress cases had grown this process's heap, the 50 MB figure came out a
        // third lower than the same binary gave alone.
        print("extract (in process, timed inside a fresh child after an untimed read of the files and of the first article: read, parse, extract each file; no JSON)")
        for megabytes in sizes {
            var runs: [(seconds: Double, bytes: Int, facts: Int, firstUse: Double)] = []
            // Short runs are the noisiest on this virtual machine: more of them, medians.
            for _ in 0..<(megabytes >= 50 ? 3 : megabytes >= 10 ? 5 : 7) {
                guard let run = runFresh(folders: corpus.folders(megabytes: megabytes), work: workDirectory) else {
                    print("  \(megabytes) MB: the child run failed")
                    break
                }
                runs.append(run)
            }
            guard let last = runs.last else { continue }
            let times = runs.map(\.seconds).sorted()
            let median = times[times.count / 2]
            let firstUse = runs.map(\.firstUse).sorted()[runs.count / 2]
            print(String(format: "  %2d MB, %5d articles: median %.2f s, %.1f MB/s on one core (worst %.2f s, %.1f MB/s); %d facts; first article (untimed) %.1f ms",
                         megabytes, corpus.prefix(megabytes: megabytes).count, median, Double(last.bytes) / 1e6 / median, times.last!,
                         Double(last.bytes) / 1e6 / times.last!, last.facts, firstUse * 1000))
        }
        guard let factdrill = ChildProcess.factdrill else {
            print("  CLI runs skipped (build factdrill in release first: swift build -c release)")
            return
        }
        print("factdrill extract (CLI, JSON to /dev/null: exec to exit after an untimed read of the files, the child's peak RSS)")
        for megabytes in sizes {
            let files = corpus.prefix(megabytes: megabytes)
            let bytes = files.reduce(0) { $0 + $1.bytes }
            // Read untimed first, as in process (the page cache here does not stay warm).
            for file in files { _ = FileManager.default.contents(atPath: file.path) }
            // One folder per megabyte of articles: the command line names folders, as a user with an archive would.
            let result = ChildProcess.run(factdrill, ["extract"] + corpus.folders(megabytes: megabytes))
            print(String(format: "  %2d MB: %.2f s, %.1f MB/s, peak RSS %.0f MB, exit %d",
                         megabytes, result.seconds, Double(bytes) / 1e6 / result.seconds, result.peakRSSMegabytes, result.status))
        }
        let thousand = Array(corpus.files.prefix(1000))
        let bank = workDirectory.appendingPathComponent("generated-bank.json").path
        // generate never replaces an existing bank: the last run's goes first.
        try? FileManager.default.removeItem(atPath: bank)
        let generate = ChildProcess.run(factdrill, ["generate"] + thousand.map(\.path) + ["-o", bank])
        let size = (try? FileManager.default.attributesOfItem(atPath: bank)[.size] as? Int) ?? 0
        print(String(format: "factdrill generate (CLI): 1,000 articles (%.1f MB) → %.1f MB bank in %.2f s, peak RSS %.0f MB, exit %d",
                     Double(thousand.reduce(0) { $0 + $1.bytes }) / 1e6, Double(size) / 1e6, generate.seconds, generate.peakRSSMegabytes, generate.status))
    }
}

extension ExtractBenchmarks {
    /// `extract-folder --raw` run as a child of this program: its seconds, bytes and facts.
    static func runFresh(folders: [String], work: URL) -> (seconds: Double, bytes: Int, facts: Int, firstUse: Double)? {
        let output = work.appendingPathComponent("extract-folder.out").path
        let benchmark = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        guard ChildProcess.run(benchmark, ["extract-folder", "--raw"] + folders, outputPath: output).status == 0,
            let text = try? String(contentsOfFile: output, encoding: .utf8)
        else { return nil }
        let fields = text.split(whereSeparator: \.isWhitespace)
        guard fields.count == 4, let seconds = Double(fields[0]), let bytes = Int(fields[1]), let facts = Int(fields[2]),
            let firstUse = Double(fields[3])
        else { return nil }
        return (seconds, bytes, facts, firstUse)
    }

    /// Reads and extracts every `.txt` file of the folders once, in process, on this
    /// thread, after one untimed read of each file and one untimed extraction of the
    /// first; `raw` prints "seconds bytes facts first-use-seconds" for `runFresh`.
    static func runOnce(folders: [String], raw: Bool = false) throws {
        var paths: [String] = []
        for folder in folders {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            paths += names.map { URL(fileURLWithPath: folder).appendingPathComponent($0).path }
        }
        // Every file read once untimed, which also measures the corpus: this machine's host
        // reclaims the page cache within minutes, and a read from its virtual disk times the
        // disk, not extraction on a core.
        let bytes = paths.reduce(0) { $0 + (FileManager.default.contents(atPath: $1)?.count ?? 0) }
        // One article extracted untimed first, and its time reported on its own: the first
        // use of each generic type and word table costs the process a few milliseconds
        // once, which is start-up, not throughput (the CLI figures include it).
        let firstUse = try paths.first.map { path in try Measure.runs(1) { _ = FactExtractor.facts(in: try ArticleParser.read(path: path)) }.median } ?? 0
        var facts = 0
        let seconds = try Measure.runs(1) {
            for path in paths {
                let found = FactExtractor.facts(in: try ArticleParser.read(path: path))
                facts += found.quotes.count + found.figures.count + found.dates.count
            }
        }.median
        if raw {
            print("\(seconds) \(bytes) \(facts) \(firstUse)")
        } else {
            print(String(format: "%d articles, %.2f MB: %.3f s, %.1f MB/s on one core; %d facts (first article untimed: %.1f ms)",
                         paths.count, Double(bytes) / 1e6, seconds, Double(bytes) / 1e6 / seconds, facts, firstUse * 1000))
        }
    }
}

/// The benchmark corpus on disk; built once per work folder and reused.
struct Corpus {
    struct File {
        var path: String
        var bytes: Int
    }

    var root: URL
    var files: [File]

    /// The folders holding the first `megabytes` of articles (one megabyte each).
    func folders(megabytes: Int) -> [String] {
        (1...megabytes).map { root.appendingPathComponent(String(format: "mb-%02d", $0)).path }
    }

    /// The files of the first `megabytes` folders.
    func prefix(megabytes: Int) -> [File] {
        let wanted = Set(folders(megabytes: megabytes))
        return files.filter { wanted.contains(URL(fileURLWithPath: $0.path).deletingLastPathComponent().path) }
    }

    static func make(megabytes: Int, in work: URL) throws -> Corpus? {
        let folder = work.appendingPathComponent("corpus-\(megabytes)MB-v2")
        let manifest = folder.appendingPathComponent("MANIFEST")
        if let listed = try? String(contentsOf: manifest, encoding: .utf8) {
            return Corpus(root: folder, files: listed.split(separator: "\n").map { line in
                let parts = line.split(separator: "\t")
                return File(path: folder.appendingPathComponent(String(parts[0])).path, bytes: Int(parts[1]) ?? 0)
            })
        }
        let originals = readOriginals()
        guard !originals.isEmpty else { return nil }
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var generator = SplitMix64(seed: 3)
        let names = ["Petrov", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Silva", "Brennan", "Achterberg"]
        let months = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"]
        var files: [File] = []
        var lines: [String] = []
        var total = 0
        while total < megabytes * 1_000_000 {
            let original = originals[Int(generator.next() % UInt64(originals.count))]
            var text = original.text
            if let name = original.mostMentionedName {
                text = text.replacingOccurrences(of: name, with: names[Int(generator.next() % UInt64(names.count))])
            }
            let from = months[Int(generator.next() % UInt64(months.count))]
            text = text.replacingOccurrences(of: from, with: months[Int(generator.next() % UInt64(months.count))])
            var bytes = Array(text.utf8)
            for index in bytes.indices where bytes[index] >= 0x30 && bytes[index] <= 0x39 && generator.next() % 3 == 0 {
                bytes[index] = 0x30 + (bytes[index] - 0x30 + 1) % 10
            }
            let part = String(format: "mb-%02d", total / 1_000_000 + 1)
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(part), withIntermediateDirectories: true)
            let name = part + String(format: "/article-%05d.txt", files.count)
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            files.append(File(path: url.path, bytes: bytes.count))
            lines.append("\(name)\t\(bytes.count)")
            total += bytes.count
        }
        try lines.joined(separator: "\n").write(to: manifest, atomically: true, encoding: .utf8)
        return Corpus(root: folder, files: files)
    }

    private static func readOriginals() -> [(text: String, mostMentionedName: String?)] {
        let shared = URL(fileURLWithPath: "../shared/eval")
        var originals: [(String, String?)] = []
        for folder in ["seeds", "dev/articles"].map({ shared.appendingPathComponent($0) }) {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? [] where name.hasSuffix(".txt") {
                guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { continue }
                originals.append((text, mostMentionedName(in: text)))
            }
        }
        return originals
    }

    /// The capitalised word of six letters or more written most often: usually the
    /// article's main person, whose name each copy changes.
    private static func mostMentionedName(in text: String) -> String? {
        var counts: [Substring: Int] = [:]
        for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 6 && word.first!.isUppercase {
            counts[word, default: 0] += 1
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }.map { String($0.key) }
    }
}
