import Testing
@testable import QuizBank

@Suite struct YAMLNumberTests {
    @Test(arguments: [(67.3, "67.3"), (0.5, "0.5"), (1000, "1000"), (-2.25, "-2.25"), (0.0001, "0.0001")])
    func yamlWritesNumbersAsPeopleDo(value: Double, written: String) throws {
        // A tolerance is never negative (the shared validation refuses it): its magnitude is written.
        let bank = Bank(title: "T", items: [Item(id: "a", kind: .figure, prompt: "p", answer: .number(value), tolerance: abs(value))])
        let yaml = try BankWriter.encode(bank, format: .yaml)
        #expect(yaml.contains("answer: \(written)\n"))
        #expect(yaml.contains("tolerance: \(written.drop { $0 == "-" })\n"))
        #expect(try BankReader.decode(yaml, format: .yaml, path: "b.yaml") == bank)
    }

    @Test func tinyNumbersStillReadBack() throws {
        let bank = Bank(title: "T", items: [Item(id: "a", kind: .figure, prompt: "p", answer: .number(1.5e-7))])
        let yaml = try BankWriter.encode(bank, format: .yaml)
        #expect(try BankReader.decode(yaml, format: .yaml, path: "b.yaml") == bank)
    }
}
