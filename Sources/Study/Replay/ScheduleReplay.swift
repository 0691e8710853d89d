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
            let state = plain.review(cards[event.card] ?? .new(at: event.time), rating: event.rating, at: event.time)
            cards[event.card] = state
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
        func append(_ text: String) { out.append(contentsOf: text.utf8) }
        func appendInt(_ value: Int) {
            if value < 0 { out.append(45); appendInt(-value); return }
            if value >= 10 { appendInt(value / 10) }
            out.append(UInt8(48 + value % 10))
        }
        func appendTime(_ date: Date) {
            let seconds = Int((date.timeIntervalSince1970).rounded(.down))
            guard Double(seconds) == date.timeIntervalSince1970 else { append(Timestamp.string(from: date)); return }
            let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            let secondOfDay = seconds - days * 86_400
            let (year, month, day) = Timestamp.civilDate(fromDays: days)
            func two(_ value: Int) { out.append(UInt8(48 + value / 10)); out.append(UInt8(48 + value % 10)) }
            two(year / 100); two(year % 100); out.append(45); two(month); out.append(45); two(day); out.append(84)
            two(secondOfDay / 3600); out.append(58); two(secondOfDay / 60 % 60); out.append(58); two(secondOfDay % 60); out.append(90)
        }
        append("{\"card\":")
        append(jsonString(step.event.card))
        append(",\"rating\":"); appendInt(step.event.rating.rawValue)
        append(",\"time\":\""); appendTime(step.event.time)
        append("\",\"state\":\""); append(step.state.phase.rawValue)
        append("\",\"step\":")
        if let value = step.state.step { appendInt(value) } else { append("null") }
        append(",\"stability\":"); append(number(step.state.stability))
        append(",\"difficulty\":"); append(number(step.state.difficulty))
        append(",\"due\":\""); appendTime(step.state.due)
        append("\",\"interval_days\":"); appendInt(step.intervalDays)
        append("}\n")
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
