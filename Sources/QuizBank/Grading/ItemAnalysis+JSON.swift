import TextMachinery

extension ItemAnalysis {
    /// Writes the `"stats"` object of `grade --format json`, keys sorted like the rest of
    /// the report, undefined figures as `null`.
    func writeJSON(into writer: inout PrettyJSONWriter) {
        writer.object {
            $0.field("items") { $0.array(items) { writer, item in
                writer.object {
                    $0.field("discrimination") { $0.optionalNumber(item.discrimination) }
                    $0.field("discriminative_efficiency") { $0.optionalNumber(item.discriminativeEfficiency) }
                    $0.field("facility") { $0.optionalNumber(item.facility) }
                    $0.field("flags") { $0.array(item.flags) { $0.string($1.rawValue) } }
                    $0.field("id") { $0.string(item.id) }
                    $0.field("options") { $0.array(item.options) { writer, option in
                        writer.object {
                            $0.field("choice") { $0.optional(option.choice) }
                            $0.field("mean_score") { $0.optionalNumber(option.meanScore) }
                            $0.field("share") { $0.optionalNumber(option.share) }
                        }
                    } }
                    $0.field("sd") { $0.optionalNumber(item.sd) }
                }
            } }
            $0.field("test") { writer in
                writer.object {
                    $0.field("alpha") { $0.optionalNumber(test.alpha) }
                    $0.field("attempts") { $0.integer(test.attempts) }
                    $0.field("error_ratio") { $0.optionalNumber(test.errorRatio) }
                    $0.field("kurtosis") { $0.optionalNumber(test.kurtosis) }
                    $0.field("mean") { $0.optionalNumber(test.mean) }
                    $0.field("median") { $0.optionalNumber(test.median) }
                    $0.field("sd") { $0.optionalNumber(test.sd) }
                    $0.field("skewness") { $0.optionalNumber(test.skewness) }
                    $0.field("standard_error") { $0.optionalNumber(test.standardError) }
                }
            }
        }
    }
}

extension PrettyJSONWriter {
    /// A number, or `null` when it is undefined or not finite (JSON has no NaN).
    mutating func optionalNumber(_ value: Double?) {
        if let value, value.isFinite { number(value) } else { literal("null") }
    }
}
