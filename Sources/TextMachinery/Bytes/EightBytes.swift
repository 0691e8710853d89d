/// Byte tests over eight bytes at once (a `UInt64` loaded from text), for the loops that
/// read article files and escape JSON strings: the classic SWAR tests. Each answers
/// exactly whether any of the eight bytes qualifies; the loops then look byte by byte.
public enum EightBytes {
    @inlinable static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable static var highs: UInt64 { 0x8080_8080_8080_8080 }

    @inlinable @inline(__always) public static func load(_ bytes: UnsafePointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self)
    }

    /// Any byte of 0x80 or more: not plain ASCII.
    @inlinable @inline(__always) public static func hasNonASCII(_ eight: UInt64) -> Bool { eight & highs != 0 }

    /// Any byte equal to `byte`.
    @inlinable @inline(__always) public static func contains(_ eight: UInt64, _ byte: UInt8) -> Bool {
        let spread = eight ^ (ones &* UInt64(byte))
        return (spread &- ones) & ~spread & highs != 0
    }

    /// Any byte below `limit` (which is at most 0x80).
    @inlinable @inline(__always) public static func hasByteBelow(_ eight: UInt64, _ limit: UInt8) -> Bool {
        (eight &- ones &* UInt64(limit)) & ~eight & highs != 0
    }

    /// 0x80 in each of eight ASCII bytes (below 0x80) equal to `byte`, 0 elsewhere: exact
    /// per byte (no borrow crosses bytes), so the set bits say where the matches are.
    @inlinable @inline(__always) public static func equalMask(_ eight: UInt64, _ byte: UInt8) -> UInt64 {
        let spread = eight ^ (ones &* UInt64(byte))
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((spread & lows) &+ lows) | spread) & highs
    }

    /// 0x80 in each byte that is an ASCII capital, 0 elsewhere, for eight ASCII bytes
    /// (below 0x80, so adding to one never carries into the next): shifted right by two,
    /// it is the 0x20 that lower-cases each capital.
    @inlinable @inline(__always) public static func asciiUppercase(_ eight: UInt64) -> UInt64 {
        let atLeastA = eight &+ ones &* (0x80 - 0x41)
        let pastZ = eight &+ ones &* (0x80 - 0x5B)
        return atLeastA & ~pastZ & highs
    }

    /// 0x80 in each byte that is an ASCII letter or digit, 0 elsewhere (bytes of 0x80 and
    /// over included): the high bits are cleared before adding, so no carry crosses bytes.
    @inlinable @inline(__always) public static func asciiLetterOrDigit(_ eight: UInt64) -> UInt64 {
        let seven = eight & 0x7F7F_7F7F_7F7F_7F7F
        let folded = seven | 0x2020_2020_2020_2020  // capitals to small letters; digits keep their 0x20
        let letter = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x80 - 0x7B))
        let digit = (seven &+ ones &* (0x80 - 0x30)) & ~(seven &+ ones &* (0x80 - 0x3A))
        return (letter | digit) & ~eight & highs
    }
}
