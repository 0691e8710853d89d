import Foundation

/// Numbers as a reader expects them in an answer: grouped thousands, no trailing ".0".
public enum NumberFormatting {
    public static func display(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        // "16.6 million" computed is 16,600,000.000000002: twelve significant digits are
        // all any news figure has, and the float's last bits are noise.
        let value = Double(String(format: "%.12g", value)) ?? value
        if value == value.rounded(), abs(value) < 1e15 {
            return grouped(Int64(value))
        }
        var text = String(value)
        if text.contains("e") { return text }
        // Group the integer part only; keep the decimals as written.
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = Int64(parts[0]) ?? 0
        text = grouped(whole) + (parts.count > 1 ? "." + parts[1] : "")
        if value < 0, whole == 0 { text = "-" + text }
        return text
    }

    private static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }
}
