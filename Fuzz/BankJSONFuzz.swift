import Foundation

/// libFuzzer entry point, differential: whatever the fast bank scanner accepts,
/// JSONDecoder must decode to the same bank, and the byte-level UTF-8 check must agree
/// with the standard library's (a mismatch traps, so libFuzzer keeps it).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data.assumingMemoryBound(to: UInt8.self), count: size)
    let valid = UTF8Validation.isValid(bytes)
    guard valid == (String(validating: bytes, as: UTF8.self) != nil) else {
        fatalError("UTF-8 validation disagrees with the standard library on \(Array(bytes.prefix(64)))")
    }
    guard valid, let fast = BankJSONScanner.bank(from: bytes) else { return 0 }
    let text = String(decoding: bytes, as: UTF8.self)
    guard let slow = try? JSONDecoder().decode(Bank.self, from: Data(text.utf8)), slow == fast else {
        fatalError("the scanner read a bank JSONDecoder does not: \(text.prefix(200))")
    }
    _ = BankJSON.encode(fast)
    return 0
}
