import Foundation

/// The arithmetic the FSRS memory model needs, so one generic implementation runs on
/// plain `Double`s (evaluation) and on `Taped` numbers (exact gradients for training).
protocol MemoryNumber {
    init(_ constant: Double)
    var value: Double { get }
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self
    var exponential: Self { get }
    var logarithm: Self { get }
    /// `self ** exponent`, for a positive base.
    func power(_ exponent: Self) -> Self
}

extension MemoryNumber {
    /// The smaller by value (ties keep `a`), as `min` does for Doubles.
    static func smaller(_ a: Self, _ b: Self) -> Self { b.value < a.value ? b : a }
    static func larger(_ a: Self, _ b: Self) -> Self { b.value > a.value ? b : a }
    func clamped(_ low: Double, _ high: Double) -> Self {
        value < low ? Self(low) : value > high ? Self(high) : self
    }
}

extension Double: MemoryNumber {
    var value: Double { self }
    var exponential: Double { Foundation.exp(self) }
    var logarithm: Double { Foundation.log(self) }
    func power(_ exponent: Double) -> Double { Foundation.pow(self, exponent) }
}
