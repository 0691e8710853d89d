import Foundation

// factdrill-bench [progress] [replay] [extract] [grade] [hostile] [generate] [optimize] [read]: prints figures for each case (all by default).
// Run from the repository root: the extract and read cases read ../shared/eval beside it.
// factdrill-bench extract-folder [--raw] FOLDER...: in-process extraction of the folders'
// articles, once and on one thread (your own corpus, or a small one to profile with
// callgrind). The extract case runs it as a child, so each figure comes from a fresh heap.
if CommandLine.arguments.count >= 3, CommandLine.arguments[1] == "extract-folder" {
    let raw = CommandLine.arguments[2] == "--raw"
    try ExtractBenchmarks.runOnce(folders: Array(CommandLine.arguments.dropFirst(raw ? 3 : 2)), raw: raw)
    exit(0)
}
// factdrill-bench read-pages [--raw] [--passes N] FOLDER: in-process page reading of the
// folder's saved pages, inflated first (Scripts/bench-html.sh sets it beside trafilatura).
if CommandLine.arguments.count >= 3, CommandLine.arguments[1] == "read-pages" {
    var arguments = Array(CommandLine.arguments.dropFirst(2))
    let raw = arguments.first == "--raw"
    if raw { arguments.removeFirst() }
    var passes = 7
    if arguments.first == "--passes", arguments.count >= 2, let count = Int(arguments[1]) {
        passes = count
        arguments.removeFirst(2)
    }
    ReadBenchmarks.runPages(folder: arguments.first ?? ReadBenchmarks.sharedPages, passes: passes, raw: raw)
    exit(0)
}
let cases = Set(CommandLine.arguments.dropFirst())
let work = FileManager.default.temporaryDirectory.appendingPathComponent("factdrill-bench")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
print("factdrill-bench on \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GB")
if cases.isEmpty || cases.contains("progress") { try ProgressBenchmarks.run(workDirectory: work) }
if cases.isEmpty || cases.contains("replay") { try ProgressBenchmarks.replay() }
if cases.isEmpty || cases.contains("extract") { try ExtractBenchmarks.run(workDirectory: work) }
if cases.isEmpty || cases.contains("grade") { try GradeBenchmarks.run(workDirectory: work) }
if cases.isEmpty || cases.contains("hostile") { try HostileInputBenchmarks.run(workDirectory: work) }
if cases.isEmpty || cases.contains("generate") { try GenerateBenchmarks.run(workDirectory: work) }
if cases.isEmpty || cases.contains("optimize") { try OptimizerBenchmarks.run(workDirectory: work) }
if cases.isEmpty || cases.contains("read") { ReadBenchmarks.run() }
