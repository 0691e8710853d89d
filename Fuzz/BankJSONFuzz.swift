import Foundation

/// libFuzzer entry point, differential: whatever the fast bank scanner accepts,
/// JSONDecoder must decode to the same bank (a mismatch traps, so libFuzzer keeps it).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    guard let text = String(data: Data(bytes: data, count: size), encoding: .utf8) else { return 0 }
    let fast = BankJSONScanner.bank(from: text)
    guard let fast else { return 0 }
    guard let slow = try? JSONDecoder().decode(Bank.self, from: Data(text.utf8)), slow == fast else {
        fatalError("the scanner read a bank JSONDecoder does not: \(text.prefix(200))")
    }
    _ = BankJSON.encode(fast)
    return 0
}
