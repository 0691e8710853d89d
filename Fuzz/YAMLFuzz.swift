import Foundation

/// libFuzzer entry point: any bytes as a YAML bank read to a bank or to a located
/// error; what reads writes again and reads back the same.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    guard let text = String(data: Data(bytes: data, count: size), encoding: .utf8) else { return 0 }
    guard let bank = try? BankReader.decode(text, format: .yaml, path: "fuzz.yaml") else { return 0 }
    if let again = try? BankWriter.encode(bank, format: .yaml), let back = try? BankReader.decode(again, format: .yaml, path: "again.yaml") {
        if back.items.count != bank.items.count { fatalError("a YAML bank did not survive a write and a read") }
    }
    return 0
}
