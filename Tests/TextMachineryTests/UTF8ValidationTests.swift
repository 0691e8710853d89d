import Foundation
import Testing
import TextMachinery

/// The fast validator must agree with the standard library's on every input.
@Suite struct UTF8ValidationTests {
    static let edgeCases: [[UInt8]] = [
        [], Array("plain ascii text, longer than eight bytes".utf8), Array("café – “quotes” 😀".utf8),
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
        [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xE2, 0x82], [0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0xE2, 0x82, 0xAC],
        [0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0xE2, 0x82], [0xE2, 0x28, 0xA1], [0xC3, 0x28],
    ]

    @Test(arguments: edgeCases) func agreesOnEdgeCases(bytes: [UInt8]) {
        #expect(UTF8Validation.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
    }

    @Test func agreesOnRandomBytes() {
        var generator = SystemRandomNumberGenerator()
        let text = Array("Ünïcödé news: €5 — “quoted” 😀 ascii ascii ascii".utf8)
        for _ in 0..<5000 {
            // Mostly valid text with a few bytes changed, so both answers occur often.
            var bytes = Array(text.prefix(Int.random(in: 0...text.count, using: &generator)))
            for _ in 0..<Int.random(in: 0...2, using: &generator) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            #expect(UTF8Validation.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}
