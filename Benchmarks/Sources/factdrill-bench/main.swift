import Foundation

// factdrill-bench [progress] [replay]: prints figures for each case (all by default).
let cases = Set(CommandLine.arguments.dropFirst())
let work = FileManager.default.temporaryDirectory.appendingPathComponent("factdrill-bench")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
print("factdrill-bench on \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GB")
if cases.isEmpty || cases.contains("progress") { try ProgressBenchmarks.run(workDirectory: work) }
if cases.isEmpty || cases.contains("replay") { try ProgressBenchmarks.replay() }
