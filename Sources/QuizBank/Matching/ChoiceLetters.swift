import TextMachinery
import Foundation

/// Choices are labelled A, B, C…; learners may type the letter in either case.
public enum ChoiceLetters {
    public static func letter(for index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index % 26)))
    }

    public static func index(of text: String) -> Int? {
        let trimmed = ByteText.trimming(text) { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }
        guard trimmed.count == 1, let scalar = trimmed.uppercased().unicodeScalars.first,
            scalar.value >= 65, scalar.value < 91
        else { return nil }
        return Int(scalar.value) - 65
    }
}
