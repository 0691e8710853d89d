import Foundation

/// "in 10 minutes", "tomorrow", "in 12 days (3 Dec)": when an item comes back, said
/// the way a person plans their study.
enum DueDescription {
    static func text(_ due: Date, now: Date) -> String {
        let seconds = due.timeIntervalSince(now)
        if seconds < 60 { return "now" }
        if seconds < 3_600 { return "in \(Int((seconds / 60).rounded())) min" }
        if seconds < 86_400 {
            let hours = Int((seconds / 3_600).rounded())
            return hours == 1 ? "in 1 hour" : "in \(hours) hours"
        }
        let days = Int((seconds / 86_400).rounded())
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.dateFormat = days > 300 ? "d MMM yyyy" : "d MMM"
        return days == 1 ? "tomorrow" : "in \(days) days (\(formatter.string(from: due)))"
    }
}
