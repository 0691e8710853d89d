/// Number reading for other modules (hints): the same reader the matcher uses.
public enum NumberReadingPublic {
    public static func value(of text: String) -> Double? { NumberReading.value(of: text) }
}
