import Foundation
import Testing

/// The readline shim is a header: a `static` variable in it is one copy per LLVM module,
/// and a release build splits the executable into several, so the signal handler and the
/// reader each saw their own flag and SIGTERM never ended a piped quiz (the debug build,
/// one module per file that uses it the same way, hid it). Every mutable global must be
/// shared; this reads the header so a new one cannot slip back.
@Suite struct ReadlineShimTests {
    @Test func everyMutableGlobalInTheShimIsShared() throws {
        let header = try String(contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("Sources/CReadline/shim.h"), encoding: .utf8)
        let offending = header.split(separator: "\n").filter { line in
            let text = line.trimmingCharacters(in: .whitespaces)
            return text.hasPrefix("static ") && !text.contains("(")  // functions are fine
        }
        #expect(offending.isEmpty, "static state in the shim: \(offending)")
        #expect(header.contains("FACTDRILL_SHARED volatile sig_atomic_t factdrill_stop"))
    }
}
