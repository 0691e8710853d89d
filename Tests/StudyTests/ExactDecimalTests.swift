import Foundation
import Testing
@testable import Study

/// The snapshot's number reader must give exactly what `strtod` gives, or step aside.
@Suite struct ExactDecimalTests {
    static func strtodValue(_ text: String) -> Double? {
        text.withCString { pointer in
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(pointer, &end)
            return end.map { $0 - UnsafeMutablePointer(mutating: pointer) } == text.utf8.count ? value : nil
        }
    }

    static func exactValue(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { ExactDecimal.value($0.baseAddress!, count: $0.count) }
    }

    @Test func agreesWithStrtodWheneverItAnswers() {
        var generator = SystemRandomNumberGenerator()
        var texts = ["0", "-0", "0.5", ".5", "5.", "-", ".", "1806998400.0", "76.4213431632205", "9.810465381505047",
                     "9007199254740993", "9007199254740992", "0.1", "0.30000000000000004", "1e5", "+3", "12a", "1.2.3",
                     "00000000000000000000001.5", "0.0000000000000000000001", "0.00000000000000000000001"]
        for _ in 0..<20_000 {
            let value = Double.random(in: -1e12...1e12, using: &generator) / Double(Int.random(in: 1...1_000_000, using: &generator))
            texts.append("\(value)")  // the shortest form that reads back, as snapshots are written
            texts.append(String(format: "%.\(Int.random(in: 0...17, using: &generator))f", value))
        }
        var answered = 0
        for text in texts {
            guard let exact = Self.exactValue(text) else { continue }
            answered += 1
            let reference = Self.strtodValue(text)
            #expect(reference != nil && exact.bitPattern == reference!.bitPattern, "\(text): \(exact) vs \(String(describing: reference))")
        }
        #expect(answered > texts.count / 2)  // the fast path is the common one
    }

    @Test func leavesWhatItCannotBeSureOfToStrtod() {
        for text in ["1e5", "+3", "12a", "1.2.3", "5.", ".", "-", "", "9007199254740993", "12345678901234567890", "inf", "nan"] {
            #expect(Self.exactValue(text) == nil, "\(text)")
        }
    }
}
