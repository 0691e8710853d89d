/// The result of grading answer sheets against a bank.
public struct GradeReport: Sendable, Equatable {
    public struct ItemResult: Sendable, Equatable {
        public var id: String
        public var prompt: String
        /// nil when the sheet has no answer for the item.
        public var given: String?
        public var expected: String
        public var outcome: Verdict.Outcome
        public var points: Double
    }

    public struct SheetResult: Sendable, Equatable {
        public var student: String
        public var origin: String
        public var items: [ItemResult]
        /// Answers to ids the bank does not have: reported, not scored.
        public var unknownIDs: [String]
        public var score: Double { items.map(\.points).reduce(0, +) }
        public var total: Double { Double(items.count) }
        public var percent: Double { total == 0 ? 0 : score / total * 100 }
        public var missing: Int { items.filter { $0.given == nil }.count }
    }

    public var bankTitle: String
    public var sheets: [SheetResult]
    /// Sheets that could not be read, with the one-line reason.
    public var failures: [(origin: String, message: String)]
    /// The pass mark in percent, if one was set.
    public var passMark: Double?
    /// Item analysis (`grade --stats`), which every format then includes.
    public var analysis: ItemAnalysis?

    public init(bankTitle: String, sheets: [SheetResult], failures: [(origin: String, message: String)], passMark: Double?) {
        self.bankTitle = bankTitle
        self.sheets = sheets
        self.failures = failures
        self.passMark = passMark
    }

    public func passed(_ sheet: SheetResult) -> Bool? {
        passMark.map { sheet.percent >= $0 }
    }

    public static func == (lhs: GradeReport, rhs: GradeReport) -> Bool {
        lhs.bankTitle == rhs.bankTitle && lhs.sheets == rhs.sheets && lhs.passMark == rhs.passMark
            && lhs.failures.map(\.origin) == rhs.failures.map(\.origin) && lhs.failures.map(\.message) == rhs.failures.map(\.message)
    }
}

/// Grades sheets item by item with the same matcher the quiz uses: one point for a
/// right answer (a typo or an accepted variant counts), none for a wrong or missing one.
public struct Grader: Sendable {
    public let bank: Bank
    public let matcher: AnswerMatcher
    /// Each item's key in every comparable form, prepared once for the whole class.
    private let keys: [AnswerMatcher.Key]
    private let known: Set<String>

    public init(bank: Bank) {
        self.bank = bank
        self.matcher = AnswerMatcher(otherNames: bank.items.filter { $0.kind == .whoSaid }.map(\.answer.description))
        self.keys = bank.items.map(AnswerMatcher.Key.init)
        self.known = Set(bank.items.map(\.id.rawValue))
    }

    public func grade(_ sheet: AnswerSheet) -> GradeReport.SheetResult {
        let items = keys.map { key -> GradeReport.ItemResult in
            let item = key.item
            let given = sheet.answers[item.id.rawValue]
            let verdict = matcher.verdict(for: given ?? "", key: key)
            return GradeReport.ItemResult(
                id: item.id.rawValue, prompt: item.prompt, given: given, expected: item.displayedKey,
                outcome: verdict.outcome, points: verdict.isCorrect ? 1 : 0)
        }
        return GradeReport.SheetResult(
            student: sheet.student, origin: sheet.origin, items: items,
            unknownIDs: sheet.answers.keys.filter { !known.contains($0) }.sorted())
    }
}
