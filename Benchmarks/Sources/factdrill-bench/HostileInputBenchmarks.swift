import Foundation
import QuizBank

/// Inputs built to make the cost grow faster than the file (issue 19, items 20, 21 and
/// 23), each run by the release binary at a size and at twice that size: time and peak
/// memory should about double, no more.
enum HostileInputBenchmarks {
    static func run(workDirectory: URL) throws {
        guard let factdrill = ChildProcess.factdrill else {
            print("hostile: no release factdrill beside the benchmark; build it first")
            return
        }
        // What the shared validation adds to every bank read: the 20,000-item bank the
        // progress case writes (run it first), read and validated in process.
        let largeBank = workDirectory.appendingPathComponent("bank-20000.json").path
        if FileManager.default.fileExists(atPath: largeBank) {
            let bank = try BankReader.read(path: largeBank)
            let read = try Measure.runs(9) { _ = try BankReader.read(path: largeBank) }
            let rules = Measure.runs(9) { precondition(BankValidation.problems(in: bank).isEmpty) }
            print("bank read, 20,000 items (in process): median \(Measure.ms(read.median)), of which validation \(Measure.ms(rules.median))")
        }
        let folder = workDirectory.appendingPathComponent("hostile")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func file(_ name: String, _ text: String) throws -> String {
            let path = folder.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        func measure(_ label: String, sizes: [Int], expectStatus: Int32, _ arguments: (Int) throws -> [String]) rethrows {
            var figures: [(Int, ChildProcess.Result)] = []
            for size in sizes {
                let args = try arguments(size)
                var runs = (0..<3).map { _ in ChildProcess.run(factdrill, args) }
                runs.sort { $0.seconds < $1.seconds }
                figures.append((size, runs[1]))
                if runs[1].status != expectStatus { print("  (exit \(runs[1].status), expected \(expectStatus))") }
            }
            let text = figures.map { "\($0.0): \(Measure.ms($0.1.seconds)), \(String(format: "%.0f", $0.1.peakRSSMegabytes)) MB" }
            let timeRatio = figures[1].1.seconds / figures[0].1.seconds
            let memoryRatio = figures[1].1.peakRSSMegabytes / figures[0].1.peakRSSMegabytes
            print("\(label): " + text.joined(separator: "; ") + String(format: " — ×%.2f time, ×%.2f memory", timeRatio, memoryRatio))
        }

        // 19: an interview transcript of attributed quotes, paragraph after paragraph.
        try measure("hostile article: N paragraphs of 14,000 '\"a\" said Bob.', extract", sizes: [4, 8], expectStatus: 0) { count in
            let line = Array(repeating: "\"a\" said Bob.", count: 14_000).joined(separator: " ")
            return ["extract", try file("said-\(count).txt", "Title\n\n" + Array(repeating: line, count: count).joined(separator: "\n\n") + "\n")]
        }

        // 22: one very long article of ordinary news paragraphs (quotes, figures, dates, names).
        try measure("hostile article: one article of N news paragraphs, extract", sizes: [20_000, 40_000], expectStatus: 0) { count in
            let names = ["Anna Kowalski", "Tomas Berg", "Lena Ortiz", "Paolo Greco", "Ruth Adler", "Dario Fenn"]
            let paragraphs = (0..<count).map { index in
                let name = names[index % names.count]
                return "\"We will rebuild the bridge by \(2025 + index % 9),\" \(name) said on Monday, adding that "
                    + "\(1_000 + index % 997) homes had been damaged. Officials said at least \(index % 50 + 2) people were hurt on \(index % 28 + 1) March."
            }
            return ["extract", try file("long-\(count).txt", "Title\n\n" + paragraphs.joined(separator: "\n\n") + "\n")]
        }

        // 20: every GIFT question titled ::q:: (ids q, q-2, q-3…).
        try measure("hostile gift: N questions titled ::q::, bank lint", sizes: [16_000, 32_000], expectStatus: 0) { count in
            let text = (0..<count).map { "::q::Question \($0)?{=answer \($0)}\n" }.joined(separator: "\n")
            return ["bank", "lint", try file("titles-\(count).gift", text)]
        }

        // 21: one anchored list of 1,000 answers, shared by every item through an alias.
        let big = (0..<1000).map { "    - accepted answer number \($0)\n" }.joined()
        func aliased(_ count: Int) -> String {
            "format: factdrill-bank\nversion: 1\ntitle: aliases\nanchors:\n  big: &big\n\(big)items:\n"
                + (0..<count).map { "  - {id: q\($0), prompt: Question \($0)?, answer: a\($0), accept: *big}\n" }.joined()
        }
        let sheet = try file("sheet.json", #"{"student": "ann", "answers": {"q0": "a0"}}"#)
        try measure("hostile yaml: N items sharing a 1,000-answer alias, grade (refused)", sizes: [10_000, 20_000], expectStatus: 2) { count in
            ["grade", "--bank", try file("aliases-\(count).yaml", aliased(count)), sheet]
        }
        // The same shape within the bound: a 3-answer alias shared by every item.
        try measure("hostile yaml: N items sharing a 3-answer alias, grade (read)", sizes: [10_000, 20_000], expectStatus: 0) { count in
            let text = "format: factdrill-bank\nversion: 1\ntitle: aliases\nitems:\n"
                + (0..<count).map { "  - {id: q\($0), prompt: Question \($0)?, answer: a\($0), accept: \($0 == 0 ? "&small [x, y, z]" : "*small")}\n" }.joined()
            return ["grade", "--bank", try file("small-aliases-\(count).yaml", text), sheet]
        }

        // 23: a long key answered with two typos (the edit distance's worst case).
        try measure("hostile answer: an N-character key answered with two typos, grade", sizes: [40_000, 80_000], expectStatus: 0) { length in
            let words = ["ceasefire", "border", "convoy", "official", "troops", "statement"]
            var key = ""
            var index = 0
            while key.count < length { key += words[index % words.count] + " "; index += 1 }
            key = String(key.prefix(length)).trimmingCharacters(in: .whitespaces)
            var given = Array(key)
            given[given.count / 3] = "x"
            given[2 * given.count / 3] = "x"
            let bank = try JSONSerialization.data(withJSONObject: [
                "format": "factdrill-bank", "version": 1, "title": "long",
                "items": [["id": "long", "prompt": "Say it all", "answer": key]],
            ])
            let sheetData = try JSONSerialization.data(withJSONObject: ["student": "ann", "answers": ["long": String(given)]])
            return ["grade", "--bank", try file("long-\(length).json", String(decoding: bank, as: UTF8.self)),
                    try file("long-sheet-\(length).json", String(decoding: sheetData, as: UTF8.self))]
        }
    }
}
