import Foundation

/// Reverse-mode automatic differentiation for the FSRS model: every operation on a
/// `Taped` number appends one node (its value's local derivatives with respect to at
/// most two operands) to a tape; one backward sweep then gives the exact gradient of the
/// loss with respect to all 21 parameters at once.
///
/// A batch of ~512 reviews makes a tape of some 20,000 nodes, so the whole gradient
/// costs about three forward passes, where forward-mode duals carrying 21 partials cost
/// 21 and finite differences 22 (with a step size to get wrong).
final class Tape: @unchecked Sendable {
    /// Operand indices per node; -1 for none (a constant or a variable).
    private var operands: [SIMD2<Int32>] = []
    /// d(node)/d(operand), per operand.
    private var slopes: [SIMD2<Double>] = []

    init(capacity: Int = 1 << 15) {
        operands.reserveCapacity(capacity)
        slopes.reserveCapacity(capacity)
    }

    /// A new independent variable (a parameter).
    func variable(_ value: Double) -> Taped {
        Taped(value: value, index: append(SIMD2(-1, -1), .zero), tape: self)
    }

    @inline(__always)
    func append(_ operands: SIMD2<Int32>, _ slopes: SIMD2<Double>) -> Int32 {
        self.operands.append(operands)
        self.slopes.append(slopes)
        return Int32(self.operands.count - 1)
    }

    /// d(output)/d(node) for the first `count` nodes (the variables, in creation order).
    func gradient(of output: Taped, variables count: Int) -> [Double] {
        guard output.index >= 0 else { return [Double](repeating: 0, count: count) }
        var adjoints = [Double](repeating: 0, count: Int(output.index) + 1)
        adjoints[Int(output.index)] = 1
        operands.withUnsafeBufferPointer { operands in
            slopes.withUnsafeBufferPointer { slopes in
                adjoints.withUnsafeMutableBufferPointer { adjoints in
                    var node = Int(output.index)
                    while node >= count {
                        let adjoint = adjoints[node]
                        if adjoint != 0 {
                            let operand = operands[node], slope = slopes[node]
                            if operand.x >= 0 { adjoints[Int(operand.x)] += adjoint * slope.x }
                            if operand.y >= 0 { adjoints[Int(operand.y)] += adjoint * slope.y }
                        }
                        node -= 1
                    }
                }
            }
        }
        return Array(adjoints.prefix(count)) + [Double](repeating: 0, count: max(0, count - adjoints.count))
    }
}

/// A number recorded on a `Tape` (or a constant, recorded nowhere).
struct Taped: MemoryNumber {
    var value: Double
    /// Its node on the tape; -1 for a constant.
    var index: Int32
    unowned(unsafe) var tape: Tape?

    init(_ constant: Double) {
        value = constant
        index = -1
        tape = nil
    }

    init(value: Double, index: Int32, tape: Tape?) {
        self.value = value
        self.index = index
        self.tape = tape
    }

    @inline(__always)
    static func node(_ value: Double, _ a: Taped, _ da: Double, _ b: Taped, _ db: Double) -> Taped {
        guard let tape = a.tape ?? b.tape else { return Taped(value) }
        let index = tape.append(SIMD2(a.index, b.index), SIMD2(da, db))
        return Taped(value: value, index: index, tape: tape)
    }

    @inline(__always)
    static func node(_ value: Double, _ a: Taped, _ da: Double) -> Taped {
        guard let tape = a.tape else { return Taped(value) }
        let index = tape.append(SIMD2(a.index, -1), SIMD2(da, 0))
        return Taped(value: value, index: index, tape: tape)
    }

    static func + (a: Taped, b: Taped) -> Taped { node(a.value + b.value, a, 1, b, 1) }
    static func - (a: Taped, b: Taped) -> Taped { node(a.value - b.value, a, 1, b, -1) }
    static func * (a: Taped, b: Taped) -> Taped { node(a.value * b.value, a, b.value, b, a.value) }
    static func / (a: Taped, b: Taped) -> Taped {
        let quotient = a.value / b.value
        return node(quotient, a, 1 / b.value, b, -quotient / b.value)
    }
    static prefix func - (a: Taped) -> Taped { node(-a.value, a, -1) }

    var exponential: Taped {
        let result = Foundation.exp(value)
        return Taped.node(result, self, result)
    }
    var logarithm: Taped { Taped.node(Foundation.log(value), self, 1 / value) }
    func power(_ exponent: Taped) -> Taped {
        let result = Foundation.pow(value, exponent.value)
        return Taped.node(
            result, self, exponent.value * result / value,
            exponent, exponent.tape == nil ? 0 : result * Foundation.log(value))
    }
}
