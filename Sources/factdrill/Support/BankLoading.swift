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
                let found = try BundledBanks.bankFiles(in: URL(fileURLWithPath: argument, isDirectory: true))
                guard !found.isEmpty else { throw CommandFailure(message: "\(argument): a folder with no banks in it (.json, .yaml, .yml or .gift files)") }
                paths += found
            } else {
                paths.append(argument)
            }
        }
        return paths
    }

    /// All items of the banks, refusing two items with one id across banks: progress is
    /// keyed by id, so a clash would mix two questions' histories.
    static func items(from arguments: [String], only bankFilters: [String] = []) throws -> [Item] {
        var items: [Item] = []
        var matchedFilter = bankFilters.isEmpty
        var ids = Set<Item.ID>()
        var banks: [(path: String, ids: Range<Int>)] = []
        for path in try paths(for: arguments) {
            let (bank, skipped, unknownFields) = try BankReader.readNotingUnknownFields(path: path)
            // --bank NAME: only banks whose file name or title contains NAME.
            let name = (path as NSString).lastPathComponent.lowercased()
            if !bankFilters.isEmpty, !bankFilters.contains(where: { name.contains($0.lowercased()) || bank.title.lowercased().contains($0.lowercased()) }) {
                continue
            }
            matchedFilter = true
            for question in skipped { Diagnostics.warn("\(path):\(question.line): skipped \(question.reason)") }
            UnknownFieldWarning.warnOnce(about: unknownFields)
            ids.reserveCapacity(ids.count + bank.items.count)
            for index in bank.items.indices where !ids.insert(bank.items[index].id).inserted {  // by index: no item copies
                let id = bank.items[index].id
                let earlier = banks.first { bank in items[bank.ids].contains { $0.id == id } }?.path ?? path
                throw CommandFailure(message: "\(path): item id '\(id)' is also used in \(earlier)")
            }
            // The first bank's array is taken as it is: copying 20,000 items one by one
            // was a tenth of a quiz's start-up.
            if items.isEmpty { items = bank.items } else { items.append(contentsOf: bank.items) }
            banks.append((path, items.count - bank.items.count..<items.count))
        }
        if !matchedFilter {
            throw CommandFailure(message: "no bank matches \(bankFilters.map { "'\($0)'" }.joined(separator: " or ")) (see the bank file names and titles)")
        }
        return items
    }
}
