import Testing
import TextMachinery

@Suite struct TextFingerprintTests {
    /// The hash read through the ASCII table is FNV-1a over exactly the scalars `comparable` keeps.
    @Test(arguments: ["We will WIN, 100%!", "“Élan vital” — ÇA VA?", "İstanbul’s 2nd", "", "---", "ﬁne ǅ"])
    func theHashIsFNV1aOfTheComparableText(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let ascii = scalars.withUnsafeBufferPointer { ASCIIBytes.of($0) }
        var expected: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in TextFingerprint.comparable(scalars, 0..<scalars.count).unicodeScalars {
            var value = scalar.value
            repeat {
                expected = (expected ^ UInt64(UInt8(truncatingIfNeeded: value))) &* 0x0000_0100_0000_01B3
                value >>= 8
            } while value != 0
        }
        #expect(TextFingerprint.hash(scalars, ascii, 0..<scalars.count) == expected, "\(text)")
    }

    @Test func theSameWordsWithOtherMarksAndCaseCompareEqual() {
        let first = Array("\u{201C}We will win,\u{201D} she said.".unicodeScalars)
        let second = Array("\"WE WILL WIN\" -- she said".unicodeScalars)
        let other = Array("We will lose, she said".unicodeScalars)
        func fingerprint(_ scalars: [Unicode.Scalar]) -> UInt64 {
            TextFingerprint.hash(scalars, scalars.withUnsafeBufferPointer { ASCIIBytes.of($0) }, 0..<scalars.count)
        }
        #expect(TextFingerprint.comparable(first, 0..<first.count) == "wewillwinshesaid")
        #expect(fingerprint(first) == fingerprint(second))
        #expect(fingerprint(first) != fingerprint(other))
    }
}
