import Foundation
import Yams

/// Reads banks from disk in any supported format and turns decoding failures into
/// `path:line:col` errors a person can act on.
public enum BankReader {
    /// Reads one bank file.
    /// - Throws: `QuizBankError` naming the file and, where it can, the line and column.
    public static func read(path: String) throws -> Bank {
        var scannedFast = false
        return try read(path: path, scannedFast: &scannedFast)
    }

    /// - Parameter scannedFast: set when the canonical-JSON scanner read the bank, which
    ///   it does only when every key is one FactDrill knows (see `UnknownFields`).
    static func read(path: String, scannedFast: inout Bool) throws -> Bank {
        guard let format = BankFormat(path: path) else { throw QuizBankError.unsupportedFormat(path: path) }
        guard format == .json, let file = FileBytes(path: path) else {
            return try decode(try readText(path: path), format: format, path: path)
        }
        // Canonical JSON is scanned as the file's bytes: no 12 MB copy into a String, and
        // anything else goes to the decoder from the same bytes, not a second read.
        guard UTF8Validation.isValid(file.bytes) else { throw notUTF8(path: path) }
        let text = { String(decoding: file.bytes, as: UTF8.self) }
        if let bank = BankJSONScanner.bank(from: file.bytes) {
            scannedFast = true
            return try checked(bank, path: path, text: text)
        }
        return try decode(text(), format: format, path: path, scanning: false)
    }

    /// Reads a bank and the questions a GIFT file held that FactDrill cannot (matching,
    /// essay…), so the caller can name them.
    public static func readWithSkipped(path: String) throws -> (bank: Bank, skipped: [GIFT.Skipped]) {
        guard BankFormat(path: path) == .gift else { return (try read(path: path), []) }
        return try GIFT.parse(try readText(path: path), path: path)
    }

    /// Decodes bank text; `path` is used only for messages.
    public static func decode(_ text: String, format: BankFormat, path: String) throws -> Bank {
        try decode(text, format: format, path: path, scanning: true)
    }

    /// - Parameter scanning: false when the fast JSON scanner already gave up on this text.
    private static func decode(_ text: String, format: BankFormat, path: String, scanning: Bool) throws -> Bank {
        if text.allSatisfy(\.isWhitespace) {
            throw QuizBankError.invalid(path: path, line: 1, column: 1, message: "empty file: a bank needs 'items'")
        }
        let bank: Bank
        do {
            switch format {
            case .json:
                bank = try (scanning ? BankJSONScanner.bank(from: text) : nil) ?? JSONDecoder().decode(Bank.self, from: Data(text.utf8))
            case .yaml:
                bank = try YAMLDecoder().decode(Bank.self, from: text)
            case .gift:
                return try GIFT.parse(text, path: path).bank
            }
        } catch let error as DecodingError {
            throw SourceLocator.locate(error, in: text, path: path)
        } catch let error as YamlError {
            throw SourceLocator.locate(error, path: path)
        } catch {
            throw QuizBankError.invalid(path: path, line: nil, column: nil, message: "\(error)")
        }
        return try checked(bank, path: path) { text }
    }

    /// Refuses a bank of another format or a newer version; `text` is only made for the message.
    private static func checked(_ bank: Bank, path: String, text: () -> String) throws -> Bank {
        guard bank.format == Bank.formatName else {
            let (line, column) = SourceLocator.position(ofKey: "format", in: text()) ?? (1, 1)
            throw QuizBankError.invalid(
                path: path, line: line, column: column,
                message: "'format' is '\(bank.format)', expected '\(Bank.formatName)'")
        }
        guard bank.version <= Bank.currentVersion else {
            let (line, column) = SourceLocator.position(ofKey: "version", in: text()) ?? (1, 1)
            throw QuizBankError.invalid(
                path: path, line: line, column: column,
                message: "bank version \(bank.version) is newer than this factdrill reads (\(Bank.currentVersion)); upgrade factdrill")
        }
        return bank
    }

    static func readText(path: String) throws -> String {
        try text(of: try readData(path: path), path: path)
    }

    private static func text(of data: Data, path: String) throws -> String {
        guard let text = String(data: data, encoding: .utf8) else { throw notUTF8(path: path) }
        return text
    }

    private static func notUTF8(path: String) -> QuizBankError {
        .invalid(path: path, line: nil, column: nil, message: "not UTF-8 text")
    }

    private static func readData(path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw QuizBankError.unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw QuizBankError.unreadable(path: path, reason: "is a directory, not a bank file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw QuizBankError.unreadable(path: path, reason: "cannot be read (permissions?)")
        }
        return data
    }
}
