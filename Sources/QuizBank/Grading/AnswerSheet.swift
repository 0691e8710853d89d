import Foundation

/// One student's answers: `{"student": "alice", "answers": {"<item id>": "1000", …}}`.
/// Answers may be written as strings, numbers or booleans; all are read as text.
public struct AnswerSheet: Sendable, Equatable {
    public var student: String
    public var answers: [String: String]
    /// Where the sheet came from, for reports and messages.
    public var origin: String

    public init(student: String, answers: [String: String], origin: String) {
        self.student = student
        self.answers = answers
        self.origin = origin
    }

    /// Reads a sheet from JSON text.
    /// - Throws: `QuizBankError.invalid` with the line and column of the problem.
    public static func decode(_ text: String, origin: String) throws -> AnswerSheet {
        let raw: Raw
        do {
            raw = try JSONDecoder().decode(Raw.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw SourceLocator.locate(error, in: text, path: origin, json: true)
        }
        let student = raw.student.trimmingCharacters(in: .whitespaces)
        guard !student.isEmpty else {
            let (line, column) = SourceLocator.position(ofKey: "student", in: text) ?? (1, 1)
            throw QuizBankError.invalid(path: origin, line: line, column: column, message: "'student' is empty")
        }
        return AnswerSheet(student: student, answers: raw.answers.mapValues(\.text), origin: origin)
    }

    public static func read(path: String) throws -> AnswerSheet {
        try decode(try BankReader.readText(path: path), origin: path)
    }

    private struct Raw: Decodable {
        var student: String
        var answers: [String: AnswerText]
    }

    /// "1000", 1000 and true are all answers; a list or an object is not.
    private struct AnswerText: Decodable {
        var text: String
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                text = string
            } else if let bool = try? container.decode(Bool.self) {
                text = bool ? "true" : "false"
            } else if let number = try? container.decode(Double.self) {
                guard number.isFinite else {
                    throw DecodingError.dataCorruptedError(in: container, debugDescription: "an answer must be a finite number")
                }
                text = number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
            } else if container.decodeNil() {
                text = ""
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "an answer must be text, a number or true/false")
            }
        }
    }
}
