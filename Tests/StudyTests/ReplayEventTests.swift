import Foundation
import Testing
@testable import Study

@Suite struct ReplayEventTests {
    @Test func listsAndLinesReadTheSame() throws {
        let lines = #"{"card":"c1","rating":3,"time":"2022-11-29T12:30:00Z"}"# + "\n" + #"{"card": 7, "rating": 1, "time": "2022-11-30T12:30:00Z"}"# + "\n"
        let list = "[" + lines.split(separator: "\n").joined(separator: ",") + "]"
        let fromLines = try ReplayEvent.events(from: Data(lines.utf8), path: "l")
        let fromList = try ReplayEvent.events(from: Data(list.utf8), path: "a")
        #expect(fromLines == fromList)
        #expect(fromLines.map(\.card) == ["c1", "7"])
        #expect(fromLines.map(\.rating) == [.good, .again])
    }

    @Test func unusualInputFallsBackToTheFullDecoderAndItsErrors() throws {
        // An escaped card id is read by the full decoder.
        let escaped = #"[{"card":"a\"b","rating":2,"time":"2022-11-29T12:30:00Z"}]"#
        #expect(try ReplayEvent.events(from: Data(escaped.utf8), path: "e").first?.card == "a\"b")
        #expect(throws: StudyError.badInput(path: "x", reason: "event 1: rating must be 1 (Again) to 4 (Easy), got 9")) {
            try ReplayEvent.events(from: Data(#"[{"card":"a","rating":9,"time":"2022-11-29T12:30:00Z"}]"#.utf8), path: "x")
        }
    }

    @Test func fastLinesMatchTheReadableFormatter() {
        let scheduler = Scheduler(enableFuzzing: false)
        let long = String(repeating: "x", count: 300)
        let events = [
            ReplayEvent(card: "q\"1", rating: .good, time: Date(timeIntervalSince1970: 1_669_725_000)),
            ReplayEvent(card: "plain-7", rating: .again, time: Date(timeIntervalSince1970: 1_669_725_000.25)),  // fractional
            ReplayEvent(card: "plain-7", rating: .easy, time: Date(timeIntervalSince1970: 1_669_811_400)),
            ReplayEvent(card: "plain-7", rating: .hard, time: Date(timeIntervalSince1970: 1_700_000_000)),
            ReplayEvent(card: long, rating: .good, time: Date(timeIntervalSince1970: -86_401)),  // before 1970
            ReplayEvent(card: "ünï", rating: .good, time: Date(timeIntervalSince1970: 1_669_725_000)),
        ]
        var lines = 0
        ScheduleReplay.replay(events, scheduler: scheduler) { step in
            lines += 1
            var bytes: [UInt8] = []
            ScheduleReplay.appendJSONLine(step, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == ScheduleReplay.jsonLine(step) + "\n")
        }
        #expect(lines == events.count)
    }
}
