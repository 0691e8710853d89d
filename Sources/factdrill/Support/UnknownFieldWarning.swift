import QuizBank

/// What a command does about a bank field it did not understand: the quiz goes on and
/// says so once per bank; `grade` stops, since a verdict made without, say, a
/// misspelt `tolerance` would be wrong for every student.
enum UnknownFieldWarning {
    static func warnOnce(about fields: [UnknownField]) {
        guard let first = fields.first else { return }
        Diagnostics.warn("\(first), ignored\(more(fields, first.path))")
    }

    static func refuseToGrade(with fields: [UnknownField]) throws {
        guard let first = fields.first else { return }
        throw CommandFailure(message: "\(first): not grading with a field factdrill does not read\(more(fields, first.path))")
    }

    private static func more(_ fields: [UnknownField], _ path: String) -> String {
        fields.count == 1 ? "" : " (and \(fields.count - 1) more: see 'factdrill bank lint \(path)')"
    }
}
