import Foundation

/// libFuzzer entry point: any bytes as an answer sheet decode or throw a located error,
/// and what decodes grades and renders in every report format.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    guard let text = String(data: Data(bytes: data, count: size), encoding: .utf8) else { return 0 }
    guard let sheet = try? AnswerSheet.decode(text, origin: "fuzz.json") else { return 0 }
    let bank = Bank(title: "fuzz", items: [
        Item(id: "a", kind: .figure, prompt: "?", answer: .number(1000)),
        Item(id: "b", kind: .whoSaid, prompt: "?", answer: .text("Petro Poroshenko"), choices: ["Petro Poroshenko", "Jen Psaki"]),
    ])
    let report = GradeReport(bankTitle: bank.title, sheets: [Grader(bank: bank).grade(sheet)], failures: [], passMark: 50)
    for format in GradeReportFormat.allCases { _ = format.render(report) }
    return 0
}
