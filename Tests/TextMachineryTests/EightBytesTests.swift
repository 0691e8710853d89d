import Testing
@testable import TextMachinery

/// The eight-bytes-at-a-time tests must answer exactly as a test of each byte would:
/// every byte value is tried in every lane, beside neighbours that could carry or borrow.
@Suite struct EightBytesTests {
    static func lanes(_ byte: UInt8, at lane: Int, among filler: UInt8) -> UInt64 {
        var eight: UInt64 = 0
        for index in 0..<8 { eight |= UInt64(index == lane ? byte : filler) << (8 * UInt64(index)) }
        return eight
    }

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    @Test(arguments: [UInt8(0x00), 0x7F, 0x80, 0xFF, 0x41, 0x20])
    func letterOrDigitMaskMarksExactlyTheLettersAndDigits(_ filler: UInt8) {
        for value in 0...255 {
            for lane in 0..<8 {
                let mask = EightBytes.asciiLetterOrDigit(Self.lanes(UInt8(value), at: lane, among: filler))
                for index in 0..<8 {
                    let byte = index == lane ? UInt8(value) : filler
                    let marked = (mask >> (8 * UInt64(index))) & 0xFF
                    #expect(marked == (Self.isLetterOrDigit(byte) ? 0x80 : 0), "byte \(byte) in lane \(index)")
                }
            }
        }
    }

    @Test func packedASCIIHoldsExactlyTheBytesOfTheWord() {
        let text = "counter-intelligence Zürich U.S. a 1,000"
        let scalars = Array(text.unicodeScalars)
        let ascii = scalars.withUnsafeBufferPointer { ASCIIBytes.of($0) }
        #expect(ascii.count == scalars.count + ASCIIBytes.padding)
        ascii.withUnsafeBufferPointer { bytes in
            for start in 0..<scalars.count {
                for count in 1...min(15, scalars.count - start) {
                    let slice = scalars[start..<(start + count)]
                    let packed = ASCIIBytes.packed(bytes.baseAddress!, at: start, count: count)
                    guard slice.allSatisfy(\.isASCII) else {
                        #expect(packed == nil, "\(start)+\(count)")
                        continue
                    }
                    let expected = Word(String(String.UnicodeScalarView(slice)))
                    #expect(packed.map { Word(packed: $0, count: count) } == expected, "\(start)+\(count)")
                }
            }
        }
    }
}
