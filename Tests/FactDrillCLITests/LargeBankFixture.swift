import Foundation

/// A bank of many plain items for tests that need more answers than the bundled banks
/// hold (they are generated and kept small: the best few items of each seed article).
enum LargeBankFixture {
    static func write(count: Int) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("large-bank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let items = (0..<count).map { index in
            ["id": "large-\(index)", "kind": "custom", "prompt": "What is \(index) plus one?", "answer": "\(index + 1)"]
        }
        let bank: [String: Any] = ["format": "factdrill-bank", "version": 1, "title": "Large", "items": items]
        let url = folder.appendingPathComponent("large.json")
        try JSONSerialization.data(withJSONObject: bank, options: [.sortedKeys]).write(to: url)
        return url
    }
}
