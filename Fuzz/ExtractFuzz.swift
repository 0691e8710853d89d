import Foundation

/// libFuzzer entry point: any bytes as an article must extract or fail cleanly.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let text = String(data: bytes, encoding: .utf8) else { return 0 }
    _ = FactExtractor.facts(in: ArticleParser.parse(text, fileName: "fuzz.txt", published: CalendarDay(year: 2014, month: 8, day: 28)))
    return 0
}
