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
            // One hash of the card id per known card: the lookup and the update share its
            // index. (A `cards[id, default: …]` update allocated two closure contexts per event.)
            let state: CardState
            if let index = cards.index(forKey: event.card) {
                state = plain.review(cards.values[index], rating: event.rating, at: event.time)
                cards.values[index] = state
            } else {
                state = plain.review(.new(at: event.time), rating: event.rating, at: event.time)
                cards[event.card] = state
            }
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
    /// String concatenation cost seconds. The line is written into a scratch buffer and
    /// appended once (appending piece by piece checked the array's capacity and
    /// uniqueness a dozen times a line).
    public static func appendJSONLine(_ step: Step, to out: inout [UInt8]) {
        let card = step.event.card
        let isPlain = card.utf8.count <= 256
            && card.utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
        guard isPlain else {  // escapes, or a card id too long for the scratch buffer
            out.append(contentsOf: (jsonLine(step) + "\n").utf8)
            return
        }
        // 256 bytes of card, two numbers of at most 24 characters, two timestamps and the keys: under 512.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 512) { scratch in
            var line = LineBytes(base: scratch.baseAddress!)
            line.literal("{\"card\":\"")
            line.append(card)
            line.literal("\",\"rating\":"); line.integer(step.event.rating.rawValue)
            line.literal(",\"time\":\""); line.time(step.event.time)
            line.literal("\",\"state\":\""); line.append(step.state.phase.rawValue)
            line.literal("\",\"step\":")
            if let value = step.state.step { line.integer(value) } else { line.literal("null") }
            line.literal(",\"stability\":"); line.number(step.state.stability)
            line.literal(",\"difficulty\":"); line.number(step.state.difficulty)
            line.literal(",\"due\":\""); line.time(step.state.due)
            line.literal("\",\"interval_days\":"); line.integer(step.intervalDays)
            line.literal("}\n")
            out.append(contentsOf: UnsafeBufferPointer(start: scratch.baseAddress, count: line.count))
        }
    }

    /// Writes the parts of a line into a scratch buffer the caller sized for it.
    private struct LineBytes {
        let base: UnsafeMutablePointer<UInt8>
        var count = 0

        init(base: UnsafeMutablePointer<UInt8>) { self.base = base }

        mutating func byte(_ value: UInt8) {
            base[count] = value
            count += 1
        }

        mutating func literal(_ text: StaticString) {
            (base + count).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
            count += text.utf8CodeUnitCount
        }

        mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                (base + count).update(from: bytes.baseAddress!, count: bytes.count)
                count += bytes.count
            }
        }

        mutating func integer(_ value: Int) {
            if value >= 0 && value < 10 { return byte(UInt8(48 + value)) }  // ratings, steps: one digit
            append(String(value))
        }

        mutating func number(_ value: Double?) {
            guard let value, value.isFinite else { return literal("null") }
            append(value.description)
        }

        mutating func time(_ date: Date) {
            let seconds = Int((date.timeIntervalSince1970).rounded(.down))
            let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            let (year, month, day) = Timestamp.civilDate(fromDays: days)
            guard Double(seconds) == date.timeIntervalSince1970, (0...9999).contains(year) else {
                return append(Timestamp.string(from: date))
            }
            let secondOfDay = seconds - days * 86_400
            two(year / 100); two(year % 100); byte(45); two(month); byte(45); two(day); byte(84)
            two(secondOfDay / 3600); byte(58); two(secondOfDay / 60 % 60); byte(58); two(secondOfDay % 60); byte(90)
        }

        private mutating func two(_ value: Int) {
            base[count] = UInt8(48 + value / 10)
            base[count + 1] = UInt8(48 + value % 10)
            count += 2
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
