import Foundation
import TextMachinery
import Yams

/// Reads banks from disk in any supported format and turns decoding failures into
/// `path:line:col` errors a person can act on.
public enum BankReader {
    /// Reads one bank file and checks it with `BankValidation`: every command reads
    /// banks here, so all of them accept and refuse the same banks.
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
            return try validated(bank, path: path, text: text)
        }
        return try validated(try decodeUnvalidated(text(), format: format, path: path, scanning: false), path: path, text: text)
    }

    /// Reads a bank and the questions a GIFT file held that FactDrill cannot (matching,
    /// essay…), so the caller can name them.
    public static func readWithSkipped(path: String) throws -> (bank: Bank, skipped: [GIFT.Skipped]) {
        guard BankFormat(path: path) == .gift else { return (try read(path: path), []) }
        return try GIFT.parse(try readText(path: path), path: path)
    }

    /// Decodes bank text and checks it with `BankValidation`; `path` is used only for messages.
    public static func decode(_ text: String, format: BankFormat, path: String) throws -> Bank {
        try validated(try decodeUnvalidated(text, format: format, path: path), path: path) { text }
    }

    /// Decodes bank text without the validation rules: its syntax, types, keys given
    /// twice and the expansion of YAML aliases only. `BankLinter` applies the rules
    /// itself, to report every broken one rather than the first.
    static func decodeUnvalidated(_ text: String, format: BankFormat, path: String, scanning: Bool = true) throws -> Bank {
        if text.allSatisfy(\.isWhitespace) {
            throw QuizBankError.invalid(path: path, line: 1, column: 1, message: "empty file: a bank needs 'items'")
        }
        let bank: Bank
        do {
            switch format {
            case .json:
                if scanning, let scanned = BankJSONScanner.bank(from: text) { return scanned }
                bank = try JSONDecoder().decode(Bank.self, from: Data(text.utf8))
                if let duplicate = JSONDuplicateKeys.first(in: text) {
                    let (line, column) = SourceLocator.position(ofOffset: duplicate.offset, in: text)
                    throw QuizBankError.invalid(path: path, line: line, column: column,
                                                message: "the key '\(duplicate.key)' is given twice in one object (which one counts?)")
                }
            case .yaml:
                guard let root = try Yams.compose(yaml: text) else {
                    throw QuizBankError.invalid(path: path, line: 1, column: 1, message: "empty file: a bank needs 'items'")
                }
                try YAMLExpansion.check(root, limit: YAMLExpansion.limit(forBytes: text.utf8.count), path: path)
                bank = try YAMLDecoder().decode(Bank.self, from: root)
            case .gift:
                return try GIFT.parse(text, path: path).bank
            }
        } catch let error as QuizBankError {
            throw error
        } catch let error as DecodingError {
            throw SourceLocator.locate(error, in: text, path: path, json: format == .json)
        } catch let error as YamlError {
            throw SourceLocator.locate(error, path: path)
        } catch {
            throw QuizBankError.invalid(path: path, line: nil, column: nil, message: "\(error)")
        }
        return bank
    }

    /// The bank, or the first rule it breaks at its line and column; `text` is only made
    /// for the message.
    private static func validated(_ bank: Bank, path: String, text: () -> String) throws -> Bank {
        guard let problem = BankValidation.problems(in: bank).first else { return bank }
        throw SourceLocator.locate(problem, in: text(), path: path)
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
        // A FIFO would block the read forever, a device be read until memory ran out.
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw QuizBankError.unreadable(path: path, reason: "is not a regular file (a FIFO, device or socket)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw QuizBankError.unreadable(path: path, reason: "cannot be read (permissions?)")
        }
        return data
    }
}
