import Foundation
import Testing
@testable import Study

@Suite struct TimestampTests {
    @Test(arguments: [
        ("2026-01-01T09:00:00Z", 1_767_258_000.0), ("1970-01-01T00:00:00Z", 0), ("2000-02-29T23:59:59Z", 951_868_799),
        ("2026-01-01T10:00:00+01:00", 1_767_258_000), ("2026-01-01T09:00:00.250Z", 1_767_258_000.25),
    ])
    func parses(text: String, seconds: Double) throws {
        #expect(try #require(Timestamp.date(from: text)).timeIntervalSince1970 == seconds)
    }

    @Test(arguments: ["", "2026-01-01", "2026-13-01T00:00:00Z", "2026-01-01T09:00:00", "2026-01-01 09:00:00Z", "xxxx-01-01T00:00:00Z",
        // Impossible dates are refused, not shifted into the next month or day.
        "2026-02-30T00:00:00Z", "2025-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-01-01T25:00:00Z", "0000-01-01T00:00:00Z",
        "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
    func rejects(text: String) {
        #expect(Timestamp.date(from: text) == nil)
    }

    @Test func roundTripsOverCenturies() {
        for seconds in stride(from: -2_000_000_000.0, through: 4_000_000_000, by: 7_777_777.5) {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Timestamp.date(from: Timestamp.string(from: date)) == date)
        }
    }

    @Test func theFirstAndLastRepresentableTimesRoundTrip() throws {
        for text in ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59.999Z"] {
            let date = try #require(Timestamp.date(from: text))
            #expect(Timestamp.isRepresentable(date))
            #expect(Timestamp.string(from: date) == text)
        }
        #expect(!Timestamp.isRepresentable(Date(timeIntervalSince1970: 253_402_300_800)))
    }

    @Test func aClockIsADateOrATime() throws {
        #expect(Timestamp.clock(from: "0001-01-01") == Timestamp.earliest)
        #expect(try #require(Timestamp.clock(from: "2026-01-01")).timeIntervalSince1970 == 1_767_225_600)
        for bad in ["2026-02-30", "99999-01-01", "0000-01-01", "2026-1-1", "yesterday"] { #expect(Timestamp.clock(from: bad) == nil, "\(bad)") }
    }
}
