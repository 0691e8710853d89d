import Testing
@testable import QuizBank

@Suite struct NumberFormattingTests {
    @Test(arguments: [
        (1000.0, "1,000"), (450_000, "450,000"), (3, "3"), (0.5, "0.5"), (1_200_000_000, "1,200,000,000"),
        (-2500, "-2,500"), (12345.25, "12,345.25"),
        // A figure computed from "16.6 million" carries float noise in its last bits.
        (16_600_000.000000002, "16,600,000"), (0.30000000000000004, "0.3"),
    ] as [(Double, String)])
    func display(value: Double, text: String) {
        #expect(NumberFormatting.display(value) == text)
    }

    @Test(arguments: [
        ("1,000", 1000.0), ("1 000", 1000), ("one thousand", 1000), ("a thousand", 1000), ("1k", 1000),
        ("450k", 450_000), ("450 thousand", 450_000), ("$1.2bn", 1_200_000_000), ("40%", 40),
        ("twenty-five", 25), ("two hundred and fifty", 250), ("3.5 million", 3_500_000), ("1,000 troops", 1000),
    ])
    func reading(text: String, value: Double) {
        #expect(NumberReading.value(of: text) == value)
    }

    @Test(arguments: ["", "many", "troops 1,000", "k", "1,000 2,000"])
    func notNumbers(text: String) {
        #expect(NumberReading.value(of: text) == nil)
    }
}
