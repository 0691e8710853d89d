import Foundation
import Testing
@testable import PageReading

/// JSON-LD scripts are trimmed byte by byte unless a non-ASCII character ends them.
@Suite struct JSONLinkedDataTrimTests {
    @Test(arguments: [
        "  \n\t{\"headline\": \"A\"}\r\n ", "{\"a\":1}", "", " \n ", "\u{A0}{\"a\":1}\u{2028}", " {\"a\":\"é\"}\u{3000}", "\u{0B}[1]\u{0C}",
    ])
    func agreesWithFoundationTrimming(script: String) {
        let expected = Data(script.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        #expect(JSONLinkedData.trimmed(script) == expected)
    }
}
