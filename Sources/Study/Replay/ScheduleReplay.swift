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
