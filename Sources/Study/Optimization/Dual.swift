import Foundation

/// A number carrying its partial derivatives with respect to the 21 FSRS parameters
/// (forward-mode automatic differentiation).
///
/// One pass through a card's reviews in `Dual`s gives the loss and its exact gradient
/// together, which is ~20 times cheaper than finite differences and has no step size to
/// tune. The partials live in a `SIMD32` so each operation is a few vector instructions.
struct Dual: Sendable {
    var value: Double
    var partials: SIMD32<Double>

    init(_ value: Double, partials: SIMD32<Double> = .zero) {
        self.value = value
        self.partials = partials
    }

    /// The parameter `index` itself: its derivative with respect to itself is 1.
    static func variable(_ value: Double, index: Int) -> Dual {
        var partials = SIMD32<Double>.zero
        partials[index] = 1
        return Dual(value, partials: partials)
    }

    static func + (a: Dual, b: Dual) -> Dual { Dual(a.value + b.value, partials: a.partials + b.partials) }
    static func - (a: Dual, b: Dual) -> Dual { Dual(a.value - b.value, partials: a.partials - b.partials) }
    static func * (a: Dual, b: Dual) -> Dual {
        Dual(a.value * b.value, partials: b.value * a.partials + a.value * b.partials)
    }
    static func / (a: Dual, b: Dual) -> Dual {
        let quotient = a.value / b.value
        return Dual(quotient, partials: (a.partials - quotient * b.partials) / b.value)
    }
    static prefix func - (a: Dual) -> Dual { Dual(-a.value, partials: -a.partials) }
}

/// The arithmetic the FSRS memory model needs, so one generic implementation runs on
/// plain `Double`s (evaluation, scheduling checks) and on `Dual`s (training).
protocol MemoryNumber: Sendable {
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
    static func + (a: Self, b: Double) -> Self { a + Self(b) }
    static func - (a: Self, b: Double) -> Self { a - Self(b) }
    static func - (a: Double, b: Self) -> Self { Self(a) - b }
    static func * (a: Self, b: Double) -> Self { a * Self(b) }
    static func * (a: Double, b: Self) -> Self { Self(a) * b }
    static func / (a: Self, b: Double) -> Self { a / Self(b) }

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

extension Dual: MemoryNumber {
    init(_ constant: Double) { self.init(constant, partials: .zero) }

    var exponential: Dual {
        let result = Foundation.exp(value)
        return Dual(result, partials: result * partials)
    }
    var logarithm: Dual { Dual(Foundation.log(value), partials: partials / value) }
    func power(_ exponent: Dual) -> Dual {
        let result = Foundation.pow(value, exponent.value)
        return Dual(result, partials: result * (exponent.value / value * partials + Foundation.log(value) * exponent.partials))
    }
}
