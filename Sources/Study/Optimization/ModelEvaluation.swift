import Foundation

/// How well a set of FSRS parameters predicts a learner's history: the two figures the
/// FSRS benchmark (and Anki's "evaluate") report, over every review that counts.
public struct ModelEvaluation: Sendable, Equatable {
    /// Mean binary cross-entropy of the predicted recall against what happened; lower is better.
    public var logLoss: Double
    /// Root mean square error between predicted and actual recall, over bins of similar
    /// reviews (by interval, review count and lapses) weighted by size: calibration.
    public var rmseBins: Double
    /// Reviews scored.
    public var reviews: Int

    public init(parameters: [Double], history: ReviewHistory) {
        precondition(parameters.count == 21, "FSRS-6 takes 21 parameters")
        var loss = 0.0
        var bins: [BinKey: (predicted: Double, actual: Double, count: Double)] = [:]
        let keys = Self.binKeys(history)
        parameters.withUnsafeBufferPointer { w in
            MemoryModel.replay(history, cards: 0..<history.cards, parameters: w) { (recall: Double, index: Int) in
                let recalled = history.ratings[index] > 1
                loss += MemoryModel.crossEntropy(recall, recalled: recalled)
                bins[keys[index], default: (0, 0, 0)].predicted += recall
                bins[keys[index], default: (0, 0, 0)].actual += recalled ? 1 : 0
                bins[keys[index], default: (0, 0, 0)].count += 1
            }
        }
        let counted = max(history.countedReviews, 1)
        logLoss = loss / Double(counted)
        var squared = 0.0, total = 0.0
        // Summed in a fixed order so the figure is the same on every run.
        for bin in bins.values.sorted(by: { ($0.count, $0.predicted) < ($1.count, $1.predicted) }) {
            squared += bin.count * Foundation.pow(bin.predicted / bin.count - bin.actual / bin.count, 2)
            total += bin.count
        }
        rmseBins = total == 0 ? 0 : (squared / total).squareRoot()
        reviews = history.countedReviews
    }

    struct BinKey: Hashable {
        var interval: Int
        var length: Int
        var lapses: Int
    }

    /// The FSRS benchmark's bins: interval, number of long-term reviews so far and lapses,
    /// each on a logarithmic scale (fsrs-rs `r_matrix_index`).
    static func binKeys(_ history: ReviewHistory) -> [BinKey] {
        var keys = [BinKey](repeating: BinKey(interval: 0, length: 0, lapses: 0), count: history.reviews)
        for card in 0..<history.cards {
            var longTerm = 0
            var lapses = 0
            for index in history.cardStarts[card]..<history.cardStarts[card + 1] {
                let days = history.elapsedDays[index]
                if days > 0 { longTerm += 1 }
                if index > history.cardStarts[card], days > 0 {
                    let interval = Int((2.48 * Foundation.pow(3.62, (Foundation.log(days) / Foundation.log(3.62)).rounded(.down)) * 100).rounded())
                    let length = Double(longTerm + 1)
                    let lengthBin = Int((1.99 * Foundation.pow(1.89, (Foundation.log(length) / Foundation.log(1.89)).rounded(.down))).rounded())
                    let lapseBin = lapses == 0 ? 0 : Int((1.65 * Foundation.pow(1.73, (Foundation.log(Double(lapses)) / Foundation.log(1.73)).rounded(.down))).rounded())
                    keys[index] = BinKey(interval: interval, length: lengthBin, lapses: lapseBin)
                }
                if days > 0 && history.ratings[index] == 1 { lapses += 1 }
            }
        }
        return keys
    }
}
