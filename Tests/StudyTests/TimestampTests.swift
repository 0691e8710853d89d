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

    @Test(arguments: ["", "2026-01-01", "2026-13-01T00:00:00Z", "2026-01-01T09:00:00", "2026-01-01 09:00:00Z", "xxxx-01-01T00:00:00Z"])
    func rejects(text: String) {
        #expect(Timestamp.date(from: text) == nil)
    }

    @Test func roundTripsOverCenturies() {
        for seconds in stride(from: -2_000_000_000.0, through: 4_000_000_000, by: 7_777_777.5) {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Timestamp.date(from: Timestamp.string(from: date)) == date)
        }
    }
}
