import Foundation

/// `schedule replay`: the FSRS state after each event of a log, deterministic (no
/// fuzz), so anyone can compare FactDrill's scheduler with another implementation.
public enum ScheduleReplay {
    public struct Step: Sendable, Equatable {
        public var event: ReplayEvent
        public var state: CardState
        /// Whole days from the review to the due date (Python's `timedelta.days`).
        public var intervalDays: Int
    }

    /// Replays events in order, calling `body` for each step (streaming, so a million
    /// events need not all be held as results).
    public static func replay(_ events: [ReplayEvent], scheduler: Scheduler, body: (Step) throws -> Void) rethrows {
        var plain = scheduler
        plain.enableFuzzing = false
        var cards: [String: CardState] = [:]
        cards.reserveCapacity(1024)
        for event in events {
            // One hash of the card id per event: the lookup and the update share it.
            let state = { (card: inout CardState) -> CardState in
                card = plain.review(card, rating: event.rating, at: event.time)
                return card
            }(&cards[event.card, default: .new(at: event.time)])
            try body(Step(event: event, state: state, intervalDays: Scheduler.wholeDays(from: event.time, to: state.due)))
        }
    }

    /// One output line: `{"card","state","stability","difficulty","due","interval_days", …}`.
    /// Written by hand: a million lines through JSONEncoder would dominate the run.
    public static func jsonLine(_ step: Step) -> String {
        var line = "{\"card\":" + jsonString(step.event.card)
        line += ",\"rating\":\(step.event.rating.rawValue)"
        line += ",\"time\":\"" + Timestamp.string(from: step.event.time) + "\""
        line += ",\"state\":\"" + step.state.phase.rawValue + "\""
        line += ",\"step\":" + (step.state.step.map(String.init) ?? "null")
        line += ",\"stability\":" + number(step.state.stability)
        line += ",\"difficulty\":" + number(step.state.difficulty)
        line += ",\"due\":\"" + Timestamp.string(from: step.state.due) + "\""
        line += ",\"interval_days\":\(step.intervalDays)}"
        return line
    }

    /// The same line as `jsonLine`, appended as UTF-8 bytes: a million lines through
    /// String concatenation cost seconds.
    public static func appendJSONLine(_ step: Step, to out: inout [UInt8]) {
        var line = LineBytes(out: out)
        out = []  // `line` holds the only reference, so appends never copy
        let card = step.event.card
        line.literal("{\"card\":")
        if card.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            line.out.append(UInt8(ascii: "\""))
            line.append(card)
            line.out.append(UInt8(ascii: "\""))
        } else {
            line.append(jsonString(card))
        }
        line.literal(",\"rating\":"); line.integer(step.event.rating.rawValue)
        line.literal(",\"time\":\""); line.time(step.event.time)
        line.literal("\",\"state\":\""); line.append(step.state.phase.rawValue)
        line.literal("\",\"step\":")
        if let value = step.state.step { line.integer(value) } else { line.literal("null") }
        line.literal(",\"stability\":"); line.number(step.state.stability)
        line.literal(",\"difficulty\":"); line.number(step.state.difficulty)
        line.literal(",\"due\":\""); line.time(step.state.due)
        line.literal("\",\"interval_days\":"); line.integer(step.intervalDays)
        line.literal("}\n")
        out = line.out
    }

    /// Appends the parts of a line as bytes, with no closures capturing the buffer.
    private struct LineBytes {
        var out: [UInt8]

        mutating func literal(_ text: StaticString) {
            text.withUTF8Buffer { out.append(contentsOf: $0) }
        }

        mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { out.append(contentsOf: $0) }
        }

        mutating func integer(_ value: Int) {
            if value < 0 { out.append(45); integer(-value); return }
            if value >= 10 { integer(value / 10) }
            out.append(UInt8(48 + value % 10))
        }

        mutating func number(_ value: Double?) {
            guard let value, value.isFinite else { return literal("null") }
            append(value.description)
        }

        mutating func time(_ date: Date) {
            let seconds = Int((date.timeIntervalSince1970).rounded(.down))
            guard Double(seconds) == date.timeIntervalSince1970 else { return append(Timestamp.string(from: date)) }
            let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            let secondOfDay = seconds - days * 86_400
            let (year, month, day) = Timestamp.civilDate(fromDays: days)
            two(year / 100); two(year % 100); out.append(45); two(month); out.append(45); two(day); out.append(84)
            two(secondOfDay / 3600); out.append(58); two(secondOfDay / 60 % 60); out.append(58); two(secondOfDay % 60); out.append(90)
        }

        private mutating func two(_ value: Int) {
            out.append(UInt8(48 + value / 10))
            out.append(UInt8(48 + value % 10))
        }
    }

    private static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return "\(value)"
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
