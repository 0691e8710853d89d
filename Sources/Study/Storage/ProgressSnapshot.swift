#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `cards.tsv`: every card's state as of a point in the review log.
///
/// A cache, not a record: it can always be rebuilt by replaying `reviews.jsonl`. It
/// remembers how much of the log it covers, so start-up reads the snapshot and only the
/// reviews appended since. The format is a JSON header line followed by one
/// tab-separated line per card, because Foundation's JSON decoder reads about 12 MB/s
/// here and a 20,000-card snapshot must load in a few milliseconds:
///
///     {"format":"factdrill-cards","version":1,"log_bytes":123,"log_lines":4,"cards":2}
///     item-id <TAB> Review <TAB> - <TAB> 25.08 <TAB> 9.82 <TAB> 1661850370 <TAB> 1659690370
///
/// Columns: id (tab, newline and backslash escaped), state, step (`-` for none),
/// stability, difficulty (`-` before the first review), due and last review (Unix seconds).
struct ProgressSnapshot: Equatable {
    static let fileName = "cards.tsv"
    static let formatName = "factdrill-cards"
    static let currentVersion = 1
    /// A card line is under 200 bytes: a million cards fit in a quarter of this. A bigger
    /// file is not read into memory, only rebuilt.
    static let largest = 1 << 30

    var version = ProgressSnapshot.currentVersion
    /// Bytes and complete lines of `reviews.jsonl` already folded into `cards`.
    var logBytes: Int
    var logLines: Int
    var cards: [String: CardState]

    private struct Header: Codable {
        var format: String
        var version: Int
        var log_bytes: Int
        var log_lines: Int
        var cards: Int
    }

    enum Problem: Error, Equatable {
        case damaged(line: Int)
        case newer(version: Int)
    }

    func encoded() -> Data {
        let header = Header(format: Self.formatName, version: version, log_bytes: logBytes, log_lines: logLines, cards: cards.count)
        var text = String(decoding: (try? JSONEncoder().encode(header)) ?? Data(), as: UTF8.self) + "\n"
        text.reserveCapacity(cards.count * 96)
        for (id, card) in cards.sorted(by: { $0.key < $1.key }) {
            text += Self.escape(id)
            text += "\t" + card.phase.rawValue
            text += "\t" + (card.step.map(String.init) ?? "-")
            text += "\t" + (card.stability.map { "\($0)" } ?? "-")
            text += "\t" + (card.difficulty.map { "\($0)" } ?? "-")
            text += "\t" + "\(card.due.timeIntervalSince1970)"
            text += "\t" + (card.lastReview.map { "\($0.timeIntervalSince1970)" } ?? "-")
            text += "\n"
        }
        return Data(text.utf8)
    }

    static func decode(_ data: Data) throws(Problem) -> ProgressSnapshot {
        // Scan raw bytes: Data's generic split and per-field Strings cost ~10x more here.
        var bytes = [UInt8](data)
        bytes.append(0)  // strtod needs a terminator past the last field
        let result: Result<ProgressSnapshot, Problem> = bytes.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            let count = buffer.count - 1
            guard let headerEnd = (0..<count).first(where: { buffer[$0] == 10 }),
                let header = try? JSONDecoder().decode(Header.self, from: Data(buffer[0..<headerEnd])),
                header.format == formatName
            else { return .failure(.damaged(line: 1)) }
            if header.version > currentVersion { return .failure(.newer(version: header.version)) }
            // A cache is trusted only when every number in it is plausible; anything else
            // (a count of 1e15, offsets below zero) means rebuild from the log.
            guard header.cards >= 0, header.cards <= count / 16, header.log_bytes >= 0, header.log_lines >= 0,
                header.log_lines <= header.log_bytes
            else { return .failure(.damaged(line: 1)) }
            var cards: [String: CardState] = [:]
            cards.reserveCapacity(header.cards)
            var position = headerEnd + 1
            var lineNumber = 1
            while position < count {
                lineNumber += 1
                guard let (id, card, next) = parseCard(base, from: position, count: count) else {
                    return .failure(.damaged(line: lineNumber))
                }
                cards[id] = card
                position = next
            }
            // A snapshot cut short (lost lines) must not pass for a whole one.
            guard cards.count == header.cards, count == 0 || buffer[count - 1] == 10 else {
                return .failure(.damaged(line: lineNumber))
            }
            return .success(ProgressSnapshot(
                version: header.version, logBytes: header.log_bytes, logLines: header.log_lines, cards: cards))
        }
        return try result.get()
    }

    /// Parses one card line starting at `start`; returns the card and the offset after its newline.
    private static func parseCard(_ base: UnsafeMutablePointer<UInt8>, from start: Int, count: Int) -> (String, CardState, Int)? {
        var position = start
        func field() -> (Int, Int)? {
            let begin = position
            while position < count, base[position] != 9, base[position] != 10 { position += 1 }
            guard position < count else { return nil }
            return (begin, position)
        }
        func advance(expecting separator: UInt8) -> Bool {
            guard base[position] == separator else { return false }
            position += 1
            return true
        }
        func isDash(_ range: (Int, Int)) -> Bool { range.1 - range.0 == 1 && base[range.0] == 45 }
        func number(_ range: (Int, Int)) -> Double? {
            if range.1 > range.0, let exact = ExactDecimal.value(base + range.0, count: range.1 - range.0) { return exact }
            var end: UnsafeMutablePointer<CChar>?
            let pointer = UnsafeMutableRawPointer(base + range.0).assumingMemoryBound(to: CChar.self)
            let value = strtod(pointer, &end)
            let consumed = end.map { UnsafeRawPointer($0) - UnsafeRawPointer(pointer) } ?? -1
            guard range.1 > range.0, consumed == range.1 - range.0 else { return nil }
            return value
        }
        func optionalNumber(_ range: (Int, Int)) -> Double?? {
            isDash(range) ? .some(nil) : number(range).map { .some($0) }
        }
        guard let idRange = field(), advance(expecting: 9),
            let phaseRange = field(), advance(expecting: 9),
            let stepRange = field(), advance(expecting: 9),
            let stabilityRange = field(), advance(expecting: 9),
            let difficultyRange = field(), advance(expecting: 9),
            let dueRange = field(), advance(expecting: 9),
            let lastRange = field(), advance(expecting: 10)
        else { return nil }
        let text = { (range: (Int, Int)) in
            String(decoding: UnsafeBufferPointer(start: base + range.0, count: range.1 - range.0), as: UTF8.self)
        }
        guard let phase = CardState.Phase(rawValue: text(phaseRange)),
            let step = optionalNumber(stepRange),
            let stability = optionalNumber(stabilityRange),
            let difficulty = optionalNumber(difficultyRange),
            let due = number(dueRange),
            let lastReview = optionalNumber(lastRange)
        else { return nil }
        guard plausible(step: step, stability: stability, difficulty: difficulty, due: due, lastReview: lastReview) else { return nil }
        let card = CardState(
            phase: phase, step: step.map { Int($0) }, stability: stability, difficulty: difficulty,
            due: Date(timeIntervalSince1970: due), lastReview: lastReview.map { Date(timeIntervalSince1970: $0) })
        return (unescape(text(idRange)), card, position)
    }

    /// Values FSRS can produce and the log can hold: a step a small whole number,
    /// stability positive and finite, difficulty 1–10, times within years 1–9999. NaN,
    /// 1e300 or inf would trap (`Int(nan)`) or write a log line no reader accepts.
    private static func plausible(step: Double?, stability: Double?, difficulty: Double?, due: Double, lastReview: Double?) -> Bool {
        let earliest = Timestamp.earliest.timeIntervalSince1970, latest = Timestamp.latest.timeIntervalSince1970
        if let step, !(step >= 0 && step <= 1000 && step == step.rounded()) { return false }
        if let stability, !(stability >= Scheduler.minimumStability && stability <= 1e12) { return false }
        if let difficulty, !Scheduler.difficultyRange.contains(difficulty) { return false }
        guard due >= earliest && due <= latest else { return false }
        if let lastReview, !(lastReview >= earliest && lastReview <= latest) { return false }
        return true
    }

    static func escape(_ id: String) -> String {
        guard id.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\\" || $0 == "\r" }) else { return id }
        return id.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }  // bytes: Foundation's contains is slow
        var out = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
