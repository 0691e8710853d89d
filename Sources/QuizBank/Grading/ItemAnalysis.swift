/// Which questions of a graded test worked: the statistics of Moodle's quiz statistics
/// report, computed from the students × items matrix of points.
///
/// A generated item with a wrong key shows up here as a question the best students get
/// "wrong": negative discrimination. Percentages are 0–100 like Moodle's; Cronbach's
/// alpha is the plain coefficient (at most 1). Every figure that is undefined for the
/// class at hand (one student, an item everybody got right) is `nil`, never NaN.
/// Unanswered items score 0, as in grading and as Moodle counts a finished attempt.
public struct ItemAnalysis: Sendable, Equatable {
    public struct TestStatistics: Sendable, Equatable {
        public var attempts: Int
        /// Mean, median, standard deviation and standard error in percent of the full marks.
        public var mean: Double?
        public var median: Double?
        public var sd: Double?
        public var skewness: Double?
        /// Excess kurtosis: 0 for a normal distribution.
        public var kurtosis: Double?
        /// Cronbach's alpha, the coefficient of internal consistency: k/(k−1)·(1 − Σ item variances / total variance).
        public var alpha: Double?
        /// 100·√(1 − alpha): the share of the spread that is measurement error.
        public var errorRatio: Double?
        public var standardError: Double?

        /// Moodle's guidance: below 64 % the test as a whole is unsatisfactory.
        public var isAlphaLow: Bool { alpha.map { $0 < ItemAnalysis.lowAlpha } ?? false }
    }

    public struct OptionStatistics: Sendable, Equatable {
        /// The option's text; `nil` gathers no answer and answers that are none of the options.
        public var choice: String?
        /// How a learner names it: "A", "B"… for multiple choice, "true"/"false", "other".
        public var label: String
        public var isKey: Bool
        public var count: Int
        /// Percent of attempts that chose it.
        public var share: Double?
        /// Mean test score (percent) of the students who chose it: a distractor the
        /// strong students pick points at an ambiguous question or a wrong key.
        public var meanScore: Double?
    }

    public struct ItemStatistics: Sendable, Equatable {
        public var id: String
        public var prompt: String
        /// Students who gave a non-blank answer.
        public var answered: Int
        /// 100 × mean score / item maximum.
        public var facility: Double?
        /// In percent of the item maximum.
        public var sd: Double?
        /// 100 × the correlation of the item's score with the rest of the test (total minus the item).
        public var discrimination: Double?
        /// The discrimination as a percent of the most this item could reach with this
        /// facility and this class (scores and rests each sorted, then paired).
        public var discriminativeEfficiency: Double?
        /// For multiple choice and true/false, in the bank's order, then the rest.
        public var options: [OptionStatistics]
        public var flags: [Flag]
    }

    /// What a teacher should look at, most urgent first.
    public enum Flag: String, Sendable, CaseIterable, Comparable {
        case negativeDiscrimination = "negative_discrimination"
        case weakDiscrimination = "weak_discrimination"
        case unanswered
        case tooHard = "too_hard"
        case tooEasy = "too_easy"
        case unchosenDistractor = "unchosen_distractor"

        public var advice: String {
            switch self {
            case .negativeDiscrimination: "negative discrimination: check the key"
            case .weakDiscrimination: "discrimination near zero: check the key and the wording"
            case .unanswered: "nobody answered"
            case .tooHard: "facility below 20 %"
            case .tooEasy: "facility above 95 %"
            case .unchosenDistractor: "a distractor nobody chose"
            }
        }

        public static func < (lhs: Flag, rhs: Flag) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Thresholds, in the report's percentages.
    public static let weakDiscrimination = 15.0
    public static let tooEasy = 95.0
    public static let tooHard = 20.0
    public static let lowAlpha = 0.64

    public var test: TestStatistics
    public var items: [ItemStatistics]
    public var students: [String]
    /// Points per student (rows) and item (columns), for the CSV matrix.
    public var scores: [[Double]]
    /// Each student's total in percent of the full marks, for the score distribution.
    public var percents: [Double]

    public var flaggedItems: [ItemStatistics] { items.filter { !$0.flags.isEmpty } }

    /// Analyses a graded class; `bank` supplies the choices of multiple-choice items.
    public init(report: GradeReport, bank: Bank) {
        let matcher = AnswerMatcher(otherNames: [])
        let columns = bank.items.enumerated().map { index, item in
            OptionColumn(item: item, answers: report.sheets.map { sheet in
                sheet.items.indices.contains(index) ? (sheet.items[index].given, sheet.items[index].points > 0) : (nil, false)
            }, matcher: matcher)
        }
        self.init(
            ids: bank.items.map(\.id.rawValue), prompts: bank.items.map(\.prompt), students: report.sheets.map(\.student),
            scores: report.sheets.map { sheet in bank.items.indices.map { sheet.items.indices.contains($0) ? sheet.items[$0].points : 0 } },
            answered: report.sheets.map { sheet in
                bank.items.indices.map { sheet.items.indices.contains($0) && sheet.items[$0].given != nil && sheet.items[$0].outcome != .blank }
            },
            options: columns)
    }

    /// The statistics of a matrix of points (each item worth one point).
    init(ids: [String], prompts: [String], students: [String], scores: [[Double]], answered: [[Bool]], options: [OptionColumn?]) {
        let itemCount = ids.count
        let attempts = scores.count
        let fullMarks = Double(itemCount) * Self.itemMaximum
        let totals = scores.map { $0.reduce(0, +) }
        let percents = totals.map { fullMarks > 0 ? 100 * $0 / fullMarks : 0 }
        var columns = Array(repeating: [Double](), count: itemCount)
        for column in 0..<itemCount { columns[column] = scores.map { $0[column] } }

        var items: [ItemStatistics] = []
        var itemVariances = 0.0
        for column in 0..<itemCount {
            let marks = columns[column]
            let rest = zip(totals, marks).map { $0 - $1 }
            let variance = SampleMoments.variance(marks)
            itemVariances += variance ?? 0
            let restVariance = SampleMoments.variance(rest)
            let covariance = SampleMoments.covariance(marks, rest)
            var discrimination: Double?
            if let covariance, let variance, let restVariance, variance * restVariance > 0 {
                discrimination = 100 * covariance / (variance * restVariance).squareRoot()
            }
            var efficiency: Double?
            if let covariance, let most = SampleMoments.covariance(marks.sorted(), rest.sorted()), most != 0 {
                efficiency = 100 * covariance / most
            }
            let count = (0..<attempts).filter { answered[$0][column] }.count
            var statistics = ItemStatistics(
                id: ids[column], prompt: prompts[column], answered: count,
                facility: SampleMoments.mean(marks).map { 100 * $0 / Self.itemMaximum },
                sd: variance.map { 100 * $0.squareRoot() / Self.itemMaximum },
                discrimination: discrimination, discriminativeEfficiency: efficiency,
                options: options[column]?.statistics(percents: percents) ?? [], flags: [])
            statistics.flags = Self.flags(statistics, attempts: attempts, multipleChoice: options[column]?.isMultipleChoice ?? false)
            items.append(statistics)
        }

        var test = TestStatistics(attempts: attempts)
        test.mean = SampleMoments.mean(totals).flatMap { fullMarks > 0 ? 100 * $0 / fullMarks : nil }
        test.median = SampleMoments.median(totals).flatMap { fullMarks > 0 ? 100 * $0 / fullMarks : nil }
        let totalVariance = SampleMoments.variance(totals)
        let sd = totalVariance.map { $0.squareRoot() }
        test.sd = sd.flatMap { fullMarks > 0 ? 100 * $0 / fullMarks : nil }
        (test.skewness, test.kurtosis) = SampleMoments.shape(totals)
        if itemCount > 1, let totalVariance, totalVariance > 0 {
            let k = Double(itemCount)
            let alpha = k / (k - 1) * (1 - itemVariances / totalVariance)
            test.alpha = alpha
            // alpha cannot exceed 1; rounding must not turn 1 − alpha into a negative root.
            let errorRatio = 100 * max(0, 1 - alpha).squareRoot()
            test.errorRatio = errorRatio
            test.standardError = test.sd.map { errorRatio * $0 / 100 }
        }
        self.test = test
        self.items = items
        self.students = students
        self.scores = scores
        self.percents = percents
    }

    /// Grading gives one point per item.
    static let itemMaximum = 1.0

    static func flags(_ item: ItemStatistics, attempts: Int, multipleChoice: Bool) -> [Flag] {
        guard attempts > 0 else { return [] }
        var flags: [Flag] = []
        if let discrimination = item.discrimination {
            if discrimination < 0 {
                flags.append(.negativeDiscrimination)
            } else if discrimination < weakDiscrimination {
                flags.append(.weakDiscrimination)
            }
        }
        if item.answered == 0 {
            flags.append(.unanswered)
        } else if let facility = item.facility {
            if facility < tooHard { flags.append(.tooHard) }
            if facility > tooEasy { flags.append(.tooEasy) }
        }
        if multipleChoice, item.options.contains(where: { $0.choice != nil && !$0.isKey && $0.count == 0 }) {
            flags.append(.unchosenDistractor)
        }
        return flags
    }
}

extension ItemAnalysis.TestStatistics {
    init(attempts: Int) {
        self.init(attempts: attempts, mean: nil, median: nil, sd: nil, skewness: nil, kurtosis: nil, alpha: nil,
                  errorRatio: nil, standardError: nil)
    }
}
