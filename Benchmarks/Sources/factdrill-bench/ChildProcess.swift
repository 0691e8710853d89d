import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs the release `factdrill` binary as a child, the way a user would, with its own
/// peak memory. The child is started through GNU time when it is installed: a child
/// spawned straight from this (large) process inherits its peak RSS at exec, so
/// `wait4`'s figure would be this benchmark's memory, not factdrill's.
enum ChildProcess {
    struct Result {
        var seconds: Double
        var peakRSSMegabytes: Double
        var status: Int32
    }

    static var factdrill: String? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("factdrill").path
        return FileManager.default.isExecutableFile(atPath: binary) ? binary : nil
    }

    /// Standard output goes to `outputPath` (default /dev/null); standard input is /dev/null.
    static func run(_ executable: String, _ arguments: [String], outputPath: String = "/dev/null") -> Result {
        let timeTool = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: timeTool) else { return spawn(executable, arguments, outputPath: outputPath) }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("factdrill-bench-rss-\(getpid())").path
        var result = spawn(timeTool, ["-f", "%M", "-o", report, executable] + arguments, outputPath: outputPath)
        if let text = try? String(contentsOfFile: report, encoding: .utf8),
            let kilobytes = text.split(separator: "\n").last.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) })
        {
            result.peakRSSMegabytes = kilobytes / 1024
        }
        return result
    }

    private static func spawn(_ executable: String, _ arguments: [String], outputPath: String) -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
            return Result(seconds: 0, peakRSSMegabytes: 0, status: -1)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Result(seconds: seconds, peakRSSMegabytes: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
    }
}
