import Synchronization

/// A token's text as plain data: up to 15 UTF-8 bytes held inline, a longer word as its
/// place in a shared pool. Every token carries two of these (as written and lower-cased);
/// as `String`s they made each token cost a string build and every token array a
/// per-element release, while a `Word` is copied, compared and hashed as two integers.
///
/// Equal words have equal bits: inline words are zero-padded and pooled words are
/// interned, so `==` and hashing never look at the bytes.
public struct Word: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Bytes 0–7, first byte lowest.
    @usableFromInline let low: UInt64
    /// Bytes 8–14, and in the top byte the length (0–15) or `pooledTag`.
    @usableFromInline let high: UInt64

    @inlinable static var pooledTag: UInt64 { 0xFF }

    public static let empty = Word(low: 0, high: 0)

    @usableFromInline init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Packs `count` bytes, `count` at most 15; `byte(i)` gives the i-th.
    @inlinable @inline(__always) public init(count: Int, byte: (Int) -> UInt8) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for offset in 0..<min(count, 8) { low |= UInt64(byte(offset)) << (8 * UInt64(offset)) }
        if count > 8 {
            for offset in 8..<count { high |= UInt64(byte(offset)) << (8 * UInt64(offset - 8)) }
        }
        self.init(low: low, high: high | UInt64(count) << 56)
    }

    /// Bytes already packed as `low`/`high` hold them, `count` at most 15.
    @inlinable @inline(__always) public init(packed: (UInt64, UInt64), count: Int) {
        self.init(low: packed.0, high: packed.1 | UInt64(count) << 56)
    }

    /// Packed ASCII bytes lower-cased eight at a time (`EightBytes.asciiUppercase` marks
    /// each capital; its mark shifted right by two is the 0x20 that lower-cases it).
    @inlinable @inline(__always) public init(asciiLowercasing packed: (UInt64, UInt64), count: Int) {
        self.init(packed: (packed.0 | EightBytes.asciiUppercase(packed.0) >> 2, packed.1 | EightBytes.asciiUppercase(packed.1) >> 2), count: count)
    }

    public init(_ text: some StringProtocol) {
        var text = String(text)
        let count = text.utf8.count
        if count <= 15 {
            self = text.withUTF8 { bytes in Word(count: count, byte: { bytes[$0] }) }
        } else {
            self.init(low: WordPool.shared.index(of: text), high: Self.pooledTag << 56)
        }
    }

    @inlinable @inline(__always) public init(stringLiteral literal: StaticString) {
        let count = literal.utf8CodeUnitCount
        if count <= 15 {
            let start = literal.utf8Start
            self.init(count: count, byte: { start[$0] })
        } else {
            self.init(literal.description)
        }
    }

    @usableFromInline @inline(__always) var isPooled: Bool { high >> 56 == Self.pooledTag }

    /// Length in UTF-8 bytes.
    @inlinable @inline(__always)
    public var count: Int { isPooled ? string.utf8.count : Int(high >> 56) }

    @inlinable @inline(__always)
    public var isEmpty: Bool { low == 0 && high == 0 }

    public var string: String {
        if isPooled { return WordPool.shared.string(at: low) }
        return withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    public var description: String { string }

    /// The words joined with single spaces, as one string made once (a name of three
    /// words was three strings and two appends).
    public static func joinedWithSpaces(_ words: some Collection<Word>) -> String {
        guard words.count > 1 else { return words.first?.string ?? "" }
        let length = words.reduce(words.count - 1) { $0 + $1.count }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var out = 0
            for word in words {
                if out > 0 {
                    buffer[out] = UInt8(ascii: " ")
                    out += 1
                }
                word.withUTF8 { bytes in
                    for byte in bytes {
                        buffer[out] = byte
                        out += 1
                    }
                }
            }
            return out
        }
    }

    /// Plain ASCII: every byte below 0x80 (an inline word's bits say it at once).
    @inlinable public var isASCII: Bool {
        if isPooled { return ByteText.isPlainASCII(string) }
        return (low | high & 0x00FF_FFFF_FFFF_FFFF) & 0x8080_8080_8080_8080 == 0
    }

    /// The number an all-digit word spells ("2014" → 2014), what `Int(string)` says of it;
    /// nil for any other word. Read off the packed bytes: no string is made.
    @inlinable public var digitsValue: Int? {
        if isPooled { return Int(string) }
        let count = Int(high >> 56)
        guard count > 0 else { return nil }
        var value = 0
        for offset in 0..<count {
            let digit = inlineByte(offset) &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// The bytes, read in place for an inline word.
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if isPooled {
            var text = string
            return try text.withUTF8(body)
        }
        let count = Int(high >> 56)
        return try withUnsafeBytes(of: (low.littleEndian, high.littleEndian)) { raw in
            try body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }

    /// The i-th byte of an inline word (a pooled word has 16 or more: none is read here).
    @usableFromInline @inline(__always) func inlineByte(_ offset: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: offset < 8 ? low >> (8 * UInt64(offset)) : high >> (8 * UInt64(offset - 8)))
    }

    @inlinable @inline(__always)
    public var firstByte: UInt8? {
        if isPooled { return string.utf8.first }
        return count > 0 ? inlineByte(0) : nil
    }

    @inlinable @inline(__always)
    public var lastByte: UInt8? {
        if isPooled { return string.utf8.last }
        return count > 0 ? inlineByte(count - 1) : nil
    }

    @inlinable @inline(__always)
    public func contains(_ byte: UInt8) -> Bool {
        if isPooled { return string.utf8.contains(byte) }
        for offset in 0..<count where inlineByte(offset) == byte { return true }
        return false
    }

    @inlinable @inline(__always)
    public func hasSuffix(_ suffix: Word) -> Bool {
        let count = self.count, suffixCount = suffix.count
        guard suffixCount <= count else { return false }
        if isPooled || suffix.isPooled { return string.utf8.reversed().starts(with: suffix.string.utf8.reversed()) }
        for offset in 0..<suffixCount where inlineByte(count - suffixCount + offset) != suffix.inlineByte(offset) { return false }
        return true
    }

    @inlinable @inline(__always)
    public func hasPrefix(_ prefix: Word) -> Bool {
        let prefixCount = prefix.count
        guard prefixCount <= count else { return false }
        if isPooled || prefix.isPooled { return string.utf8.starts(with: prefix.string.utf8) }
        for offset in 0..<prefixCount where inlineByte(offset) != prefix.inlineByte(offset) { return false }
        return true
    }

    /// Lower-cased as `ByteText.lowercased` lower-cases the word's string: plain ASCII
    /// (nearly always) on the packed integers, eight bytes at a time.
    public var lowercased: Word {
        guard !isPooled, isASCII else { return Word(ByteText.lowercased(string)) }
        return Word(asciiLowercasing: (low, high & 0x00FF_FFFF_FFFF_FFFF), count: count)
    }

    /// The bytes before the first `byte` ("four-year-olds" → "four" for a hyphen); the
    /// whole word when it has none.
    public func prefix(upTo byte: UInt8) -> Word {
        guard contains(byte) else { return self }
        return withUTF8 { bytes in Word(String(decoding: bytes.prefix { $0 != byte }, as: UTF8.self)) }
    }

    /// Without its last `bytes` bytes.
    @inlinable public func droppingLast(_ bytes: Int) -> Word {
        let count = self.count
        guard bytes > 0 else { return self }
        guard bytes < count else { return .empty }
        if isPooled { return Word(String(decoding: string.utf8.dropLast(bytes), as: UTF8.self)) }
        return Word(count: count - bytes, byte: inlineByte)
    }

    /// Folded into one integer first: the hasher is then fed eight bytes, not sixteen.
    @inlinable public func hash(into hasher: inout Hasher) {
        hasher.combine(low &* 0x9E37_79B9_7F4A_7C15 ^ high)
    }

    /// What `Set` and `Dictionary` call for a word: a seeded multiply-and-shift mix of
    /// the two integers instead of a full SipHash round. Word sets are looked up on
    /// nearly every token, and SipHash's set-up and finalisation were a twentieth of
    /// extraction. The seed is the one the collection passes (its own, drawn per
    /// process), so colliding words cannot be prepared in advance.
    @inlinable public func _rawHashValue(seed: Int) -> Int {
        var mixed = (low ^ UInt64(truncatingIfNeeded: seed)) &* 0x9E37_79B9_7F4A_7C15
        mixed = (mixed ^ (mixed >> 32) ^ high) &* 0xC2B2_AE3D_27D4_EB4F
        mixed = (mixed ^ (mixed >> 29)) &* 0x1656_67B1_9E37_79F9  // the last step spreads every bit into the low ones
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 32))
    }

    /// A cheap well-spread hash for `WordTable`'s open addressing.
    @inlinable @inline(__always) public var tableHash: UInt64 {
        let mixed = (low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 32)
    }
}

/// Words of 16 bytes or more, interned once for the life of the process so that their
/// `Word`s compare by index. Such words are rare in news text (long names, compounds),
/// so the pool stays small and its lock is seldom taken.
public final class WordPool: Sendable {
    public static let shared = WordPool()

    private struct State {
        var strings: [String] = []
        var indices: [String: UInt64] = [:]
    }

    private let state = Mutex(State())

    public func index(of text: String) -> UInt64 {
        state.withLock { state in
            if let index = state.indices[text] { return index }
            let index = UInt64(state.strings.count)
            state.strings.append(text)
            state.indices[text] = index
            return index
        }
    }

    public func string(at index: UInt64) -> String {
        state.withLock { $0.strings[Int(index)] }
    }
}
