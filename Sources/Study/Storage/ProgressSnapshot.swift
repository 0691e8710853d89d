import Foundation

/// `cards.json`: every card's state as of a point in the review log.
///
/// A cache, not a record: it can always be rebuilt by replaying `reviews.jsonl`.
/// It remembers how much of the log it covers, so start-up reads the snapshot and only
/// the reviews appended since, instead of the whole history.
struct ProgressSnapshot: Codable {
    static let fileName = "cards.json"
    static let currentVersion = 1

    var version: Int
    /// Bytes and complete lines of `reviews.jsonl` already folded into `cards`.
    var logBytes: Int
    var logLines: Int
    var cards: [String: CardState]

    private enum CodingKeys: String, CodingKey {
        case version, logBytes = "log_bytes", logLines = "log_lines", cards
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }
}
