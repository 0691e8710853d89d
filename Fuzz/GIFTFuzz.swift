import Foundation

/// libFuzzer entry point: GIFT text parses or throws, and what parses exports again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    guard let text = String(data: Data(bytes: data, count: size), encoding: .utf8) else { return 0 }
    if let (bank, _) = try? GIFT.parse(text, path: "fuzz.gift") {
        _ = GIFT.encode(bank)
    }
    return 0
}
