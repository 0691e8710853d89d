import Foundation

/// One event of a `schedule replay` log: `{"card": "c1", "rating": 3, "time": "…"}`.
public struct ReplayEvent: Sendable, Equatable {
    public var card: String
    public var rating: Rating
    public var time: Date

    public init(card: String, rating: Rating, time: Date) {
        self.card = card
        self.rating = rating
        self.time = time
    }

    /// Reads a JSON array of events, or JSON lines (one event per line).
    /// - Throws: `StudyError.badInput` naming the file and the event that is wrong.
    public static func events(from data: Data, path: String) throws -> [ReplayEvent] {
        if let fast = ReplayEventScanner.events(in: data) { return fast }
        let trimmed = data.drop { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }
        let raw: [RawEvent]
        do {
            if trimmed.first == 91 {  // "["
                raw = try JSONDecoder().decode([RawEvent].self, from: data)
            } else {
                var lines: [RawEvent] = []
                for (index, line) in data.split(separator: 10).enumerated()
                where line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) {
                    do {
                        lines.append(try JSONDecoder().decode(RawEvent.self, from: Data(line)))
                    } catch {
                        throw StudyError.badInput(path: "\(path):\(index + 1)", reason: "not an event {\"card\", \"rating\", \"time\"}")
                    }
                }
                raw = lines
            }
        } catch let error as StudyError {
            throw error
        } catch {
            throw StudyError.badInput(path: path, reason: "not a JSON list of events {\"card\", \"rating\", \"time\"}")
        }
        return try raw.enumerated().map { index, event in
            guard let rating = Rating(rawValue: event.rating) else {
                throw StudyError.badInput(path: path, reason: "event \(index + 1): rating must be 1 (Again) to 4 (Easy), got \(event.rating)")
            }
            guard let time = Timestamp.date(from: event.time) else {
                throw StudyError.badInput(path: path, reason: "event \(index + 1): '\(event.time)' is not an ISO 8601 time")
            }
            return ReplayEvent(card: event.card.text, rating: rating, time: time)
        }
    }

    private struct RawEvent: Decodable {
        var card: CardID
        var rating: Int
        var time: String
    }

    /// Card ids may be strings or numbers in hand-made logs.
    private struct CardID: Decodable {
        var text: String
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                text = string
            } else if let number = try? container.decode(Int.self) {
                text = String(number)
            } else {
                text = String(try container.decode(Double.self))
            }
        }
    }
}
