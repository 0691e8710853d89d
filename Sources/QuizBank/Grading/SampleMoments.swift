/// The textbook sample statistics item analysis is built from, written once so every
/// figure uses the same conventions: n − 1 in variances and covariances, two passes
/// (mean first) so a class of thousands keeps full precision, and `nil` rather than
/// NaN wherever the figure is undefined.
enum SampleMoments {
    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// Sample variance (n − 1); undefined for fewer than two values.
    static func variance(_ values: [Double]) -> Double? {
        guard values.count > 1, let mean = mean(values) else { return nil }
        var sum = 0.0
        for value in values { sum += (value - mean) * (value - mean) }
        return sum / Double(values.count - 1)
    }

    /// Sample covariance (n − 1) of two equally long series.
    static func covariance(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count > 1, let meanX = mean(x), let meanY = mean(y) else { return nil }
        var sum = 0.0
        for index in x.indices { sum += (x[index] - meanX) * (y[index] - meanY) }
        return sum / Double(x.count - 1)
    }

    /// The middle value, or the mean of the two middle values.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Skewness and excess kurtosis from the unbiased k-statistics (k3 / k2^1.5 and
    /// k4 / k2²), the estimators Moodle's quiz report uses; skewness needs three values,
    /// kurtosis four, and both a spread.
    static func shape(_ values: [Double]) -> (skewness: Double?, kurtosis: Double?) {
        let n = Double(values.count)
        guard values.count > 2, let mean = mean(values) else { return (nil, nil) }
        var power2 = 0.0, power3 = 0.0, power4 = 0.0
        for value in values {
            let d = value - mean
            power2 += d * d
            power3 += d * d * d
            power4 += d * d * d * d
        }
        let m2 = power2 / n, m3 = power3 / n, m4 = power4 / n
        let k2 = n * m2 / (n - 1)
        guard k2 > 0 else { return (nil, nil) }
        let k3 = n * n * m3 / ((n - 1) * (n - 2))
        let skewness = k3 / (k2 * k2.squareRoot())
        guard values.count > 3 else { return (skewness, nil) }
        let k4 = n * n * ((n + 1) * m4 - 3 * (n - 1) * m2 * m2) / ((n - 1) * (n - 2) * (n - 3))
        return (skewness, k4 / (k2 * k2))
    }
}
