import Foundation

/// A class written to disk for `grade --stats`: a bank of mixed items (multiple choice,
/// true/false, numbers, short answers) and one answer sheet per student, answered
/// right with a probability that rises with the student's ability and falls with the
/// item's difficulty, so the items discriminate as real ones do.
struct GeneratedClass {
    var folder: URL
    var bank: String { folder.appendingPathComponent("bank.json").path }
    var sheets: String { folder.appendingPathComponent("sheets").path }

    /// - Parameters:
    ///   - wrongKey: an item whose bank key is a distractor: students who know the
    ///     answer pick the real one and are marked wrong.
    ///   - unanswered: an item nobody answers.
    init(students: Int, items: Int, seed: UInt64, wrongKey: Int? = nil, unanswered: Int? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("class-\(UUID())")
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: sheets), withIntermediateDirectories: true)
        var random = SplitMix(seed: seed)
        var bankItems: [[String: Any]] = []
        var knownAnswers: [String] = []  // what a student who knows writes
        var wrongAnswers: [[String]] = []
        for index in 0..<items {
            let id = String(format: "q%02d", index)
            switch index % 4 {
            case 0:
                let choices = ["Kyiv \(index)", "Lviv \(index)", "Odesa \(index)", "Kharkiv \(index)"]
                let real = index % 3
                let key = index == wrongKey ? (real + 1) % 4 : real
                bankItems.append(["id": id, "kind": "custom", "prompt": "Which city? (\(index))", "answer": choices[key], "choices": choices])
                knownAnswers.append(["A", "B", "C", "D"][real])
                wrongAnswers.append(["A", "B", "C", "D"].enumerated().filter { $0.offset != real }.map(\.element))
            case 1:
                let truth = index % 8 == 1
                bankItems.append(["id": id, "kind": "claim", "prompt": "True or false? (\(index))", "answer": truth])
                knownAnswers.append(truth ? "true" : "false")
                wrongAnswers.append([truth ? "false" : "true"])
            case 2:
                bankItems.append(["id": id, "kind": "figure", "prompt": "How many? (\(index))", "answer": 1000 * (index + 1)])
                knownAnswers.append(String(1000 * (index + 1)))
                wrongAnswers.append([String(1000 * (index + 1) + 7), "many"])
            default:
                bankItems.append(["id": id, "kind": "custom", "prompt": "Which outlet? (\(index))", "answer": "Outlet Number \(index)"])
                knownAnswers.append("Outlet Number \(index)")
                wrongAnswers.append(["Somebody Else", "no idea"])
            }
        }
        let bank: [String: Any] = ["format": "factdrill-bank", "version": 1, "title": "Generated class", "items": bankItems]
        try JSONSerialization.data(withJSONObject: bank).write(to: URL(fileURLWithPath: self.bank))
        let difficulty = (0..<items).map { _ in random.unit() * 3 - 1.5 }
        for student in 0..<students {
            let ability = random.unit() * 4 - 2
            var answers: [String: String] = [:]
            for index in 0..<items where index != unanswered {
                if random.unit() < 0.05 { continue }  // skipped
                let knows = random.unit() < 1 / (1 + exp(difficulty[index] - 1.7 * ability))
                let wrong = wrongAnswers[index]
                answers[String(format: "q%02d", index)] = knows ? knownAnswers[index] : wrong[Int(random.next() % UInt64(wrong.count))]
            }
            let sheet: [String: Any] = ["student": "student \(student)", "answers": answers]
            try JSONSerialization.data(withJSONObject: sheet)
                .write(to: URL(fileURLWithPath: sheets).appendingPathComponent(String(format: "s%04d.json", student)))
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// A small deterministic generator (SplitMix64), so a failing class can be regenerated.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
