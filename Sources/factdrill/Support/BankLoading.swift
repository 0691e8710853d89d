import Foundation
import QuizBank

/// Turns the bank arguments of a command into items: files, folders of banks, or the
/// bundled banks when none is named.
enum BankLoading {
    static func paths(for arguments: [String]) throws -> [String] {
        if arguments.isEmpty {
            guard let directory = BundledBanks.directory() else {
                throw CommandFailure(message: "no banks named and no bundled QuestionBanks/ folder found; pass a bank file")
            }
            return try BundledBanks.bankFiles(in: directory)
        }
        var paths: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                paths += try BundledBanks.bankFiles(in: URL(fileURLWithPath: argument, isDirectory: true))
            } else {
                paths.append(argument)
            }
        }
        return paths
    }

    /// All items of the banks, refusing two items with one id across banks: progress is
    /// keyed by id, so a clash would mix two questions' histories.
    static func items(from arguments: [String]) throws -> [Item] {
        var items: [Item] = []
        var origin: [Item.ID: String] = [:]
        for path in try paths(for: arguments) {
            let (bank, skipped) = try BankReader.readWithSkipped(path: path)
            for question in skipped { Diagnostics.warn("\(path):\(question.line): skipped \(question.reason)") }
            for item in bank.items {
                if let first = origin[item.id] {
                    throw CommandFailure(message: "\(path): item id '\(item.id)' is also used in \(first)")
                }
                origin[item.id] = path
                items.append(item)
            }
        }
        return items
    }
}
