import Foundation
import Yams

/// A field of a bank that FactDrill does not read: `tolerence: 1` is silently ignored by
/// the decoders, which turns a typo into a wrong verdict. The quiz warns about it and
/// `grade` refuses to grade with it.
public struct UnknownField: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var name: String

    public var description: String { "\(path):\(line):\(column): unknown field '\(name)' (a typo?)" }
}

/// Finds the unknown fields of a bank file, in file order. Kept apart from reading so
/// the fast path stays fast: JSON is walked as bytes (strings skipped, only keys
/// compared), YAML composed once; GIFT has no fields.
public enum UnknownFields {
    static let bankFields: Set<String> = ["format", "version", "title", "items"]
    /// The fields of an item, for every reader and the linter alike.
    static let itemFields: Set<String> = ["id", "kind", "prompt", "answer", "accept", "choices", "tolerance", "explanation", "evidence", "tags", "score"]
    static let evidenceFields: Set<String> = ["source", "sentence", "url"]

    /// Unknown fields of the bank at `path`; none when it cannot be read (reading it
    /// reports that).
    public static func find(inBankAt path: String) -> [UnknownField] {
        guard let format = BankFormat(path: path), format != .gift,
            let data = FileManager.default.contents(atPath: path)
        else { return [] }
        if format == .json {
            return data.withUnsafeBytes { find(inJSON: $0.bindMemory(to: UInt8.self), path: path) }
        }
        return find(inYAML: String(decoding: data, as: UTF8.self), path: path)
    }

    // MARK: - JSON

    private enum Level { case bank, items, item, evidence, other }

    static func find(inJSON bytes: UnsafeBufferPointer<UInt8>, path: String) -> [UnknownField] {
        var found: [(offset: Int, name: String)] = []
        var stack: [(level: Level, key: String)] = []
        var index = 0
        let quote = UInt8(ascii: "\"")
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"):
                let level: Level
                switch stack.last {
                case nil: level = .bank
                case (.items, _)?: level = .item
                case (.item, "evidence")?: level = .evidence
                default: level = .other
                }
                stack.append((level, ""))
            case UInt8(ascii: "["):
                if let top = stack.last, top.level == .bank, top.key == "items" { stack.append((.items, "")) } else { stack.append((.other, "")) }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !stack.isEmpty { stack.removeLast() }
            case quote:
                let start = index
                index += 1
                while index < bytes.count, bytes[index] != quote {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                let end = min(index, bytes.count)
                var next = index + 1
                while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x0A || bytes[next] == 0x0D || bytes[next] == 0x09 { next += 1 }
                if next < bytes.count, bytes[next] == UInt8(ascii: ":"), let top = stack.last {
                    let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
                    stack[stack.count - 1].key = name
                    if let known = fields(of: top.level), !known.contains(name) { found.append((start, name)) }
                }
            default:
                break
            }
            index += 1
        }
        // The offsets come in file order: one walk over the bytes places them all.
        var line = 1, lineStart = 0, scanned = 0
        return found.map { item in
            while scanned < item.offset {
                if bytes[scanned] == 0x0A {
                    line += 1
                    lineStart = scanned + 1
                }
                scanned += 1
            }
            return UnknownField(path: path, line: line, column: item.offset - lineStart + 1, name: item.name)
        }
    }

    private static func fields(of level: Level) -> Set<String>? {
        switch level {
        case .bank: bankFields
        case .item: itemFields
        case .evidence: evidenceFields
        case .items, .other: nil
        }
    }

    // MARK: - YAML

    static func find(inYAML text: String, path: String) -> [UnknownField] {
        guard let root = try? Yams.compose(yaml: text), let bank = root.mapping else { return [] }
        var found: [UnknownField] = []
        func check(_ mapping: Node.Mapping, against known: Set<String>) {
            for (key, _) in mapping {
                guard let name = key.string, !known.contains(name) else { continue }
                found.append(UnknownField(path: path, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1, name: name))
            }
        }
        check(bank, against: bankFields)
        for item in bank["items"]?.sequence ?? [] {
            guard let fields = item.mapping else { continue }
            check(fields, against: itemFields)
            if let evidence = fields["evidence"]?.mapping { check(evidence, against: evidenceFields) }
        }
        return found
    }
}

extension BankReader {
    /// `readWithSkipped`, and the bank's unknown fields. A bank the fast JSON scanner
    /// read has none (it refuses unknown keys), so a large generated bank costs nothing more.
    public static func readNotingUnknownFields(path: String) throws -> (bank: Bank, skipped: [GIFT.Skipped], unknownFields: [UnknownField]) {
        guard BankFormat(path: path) != .gift else {
            let (bank, skipped) = try readWithSkipped(path: path)
            return (bank, skipped, [])
        }
        var scannedFast = false
        let bank = try read(path: path, scannedFast: &scannedFast)
        return (bank, [], scannedFast ? [] : UnknownFields.find(inBankAt: path))
    }
}
