import Foundation
import Yams

/// Writes banks in the format their file name asks for, atomically (a temporary file
/// renamed over the target), so an interrupted write never leaves half a bank.
public enum BankWriter {
    public static func encode(_ bank: Bank, format: BankFormat) throws -> String {
        switch format {
        case .json:
            return BankJSON.encode(bank)
        case .yaml:
            return try YAMLEncoder().encode(bank)
        case .gift:
            return GIFT.encode(bank)
        }
    }

    /// - Throws: `QuizBankError` for an unknown extension or a failed write.
    public static func write(_ bank: Bank, to path: String) throws {
        guard let format = BankFormat(path: path) else { throw QuizBankError.unsupportedFormat(path: path) }
        let text = try encode(bank, format: format)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw QuizBankError.unreadable(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
    }
}
