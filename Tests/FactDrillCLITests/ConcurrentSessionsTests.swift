import Foundation
import Testing

/// Two quiz processes on one progress folder at once: both sessions' reviews are kept.
@Suite struct ConcurrentSessionsTests {
    @Test func twoProcessesAnsweringAHundredItemsEachLoseNothing() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("concurrent-\(UUID())")
        defer { try? FileManager.default.removeItem(at: home) }
        let answers = String(repeating: "false\nb\n1000\nPoroshenko\n", count: 25)
        let bank = try LargeBankFixture.write(count: 120)
        var processes: [(Process, Pipe)] = []
        for _ in 0..<2 {
            let process = Process()
            process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("factdrill")
            process.arguments = ["quiz", "--script", "--cram", "--limit", "100", bank.path]
            var environment = ProcessInfo.processInfo.environment
            environment["XDG_DATA_HOME"] = home.path
            process.environment = environment
            process.currentDirectoryURL = CommandRunner.repositoryRoot
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            processes.append((process, output))
            input.fileHandleForWriting.write(Data(answers.utf8))
            try input.fileHandleForWriting.close()
        }
        var acknowledged = 0
        for (process, output) in processes {
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            acknowledged += text.split(separator: "\n").count
        }
        #expect(acknowledged == 200)
        let log = try String(contentsOf: home.appendingPathComponent("factdrill/reviews.jsonl"), encoding: .utf8)
        #expect(log.split(separator: "\n").count == 200)
        let check = try CommandRunner.run(["progress", "check"], dataHome: home)
        #expect(check.status == 0, "\(check.stdout)")
    }
}
