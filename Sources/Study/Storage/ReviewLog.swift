#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The append-only review log (`reviews.jsonl`): one JSON object per line, each
/// flushed to disk before the learner is shown a verdict.
///
/// A final line with no newline is a write cut short by a crash: it was never
/// acknowledged, so readers pass over it, and the next append moves it to
/// `reviews.torn` (kept, never deleted) before writing. A complete line that does not
/// parse is damage, reported with its line number and left as it is.
struct ReviewLog {
    static let fileName = "reviews.jsonl"
    static let tornFileName = "reviews.torn"

    let url: URL

    init(directory: URL) {
        url = directory.appendingPathComponent(Self.fileName)
    }

    struct Chunk {
        var records: [ReviewRecord]
        /// Byte offset just past the last complete line.
        var end: Int
        /// Complete lines read so far, counting from the start of the file.
        var lines: Int
        /// Bytes after the last newline: an interrupted append.
        var tornBytes: Int
    }

    /// Reads complete lines from `offset` (which must start a line) to the end.
    func read(from offset: Int = 0, lineNumber firstLine: Int = 0) throws -> Chunk {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return Chunk(records: [], end: 0, lines: 0, tornBytes: 0) }
            throw StudyError.unusableDataDirectory(path: url.path, reason: FileIO.reason(errno))
        }
        defer { close(fd) }
        let data = try FileIO.readToEnd(fd, path: url.path, from: offset)
        return try parse(data, offset: offset, firstLine: firstLine)
    }

    func parse(_ data: Data, offset: Int, firstLine: Int) throws -> Chunk {
        var lineRanges: [Range<Int>] = []
        var start = 0
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for index in 0..<bytes.count where bytes[index] == 10 {
                lineRanges.append(start..<index)
                start = index + 1
            }
        }
        let torn = data.count - start
        let records = try decode(data, lines: lineRanges, firstLine: firstLine)
        return Chunk(records: records, end: offset + start, lines: firstLine + lineRanges.count, tornBytes: torn)
    }

    /// Decodes all lines with one decoder call (as a JSON array) for speed; when that
    /// fails, decodes line by line to name the damaged line.
    private func decode(_ data: Data, lines: [Range<Int>], firstLine: Int) throws -> [ReviewRecord] {
        let nonEmpty = lines.filter { range in data[range].contains { $0 != 32 && $0 != 9 && $0 != 13 } }
        guard !nonEmpty.isEmpty else { return [] }
        var array = Data(capacity: data.count + 2)
        array.append(91)  // [
        for (index, range) in nonEmpty.enumerated() {
            if index > 0 { array.append(44) }  // ,
            array.append(data[range])
        }
        array.append(93)  // ]
        let decoder = JSONDecoder()
        if let records = try? decoder.decode([ReviewRecord].self, from: array) {
            try checkVersions(records)
            return records
        }
        for (index, range) in lines.enumerated() where nonEmpty.contains(range) {
            do {
                let record = try decoder.decode(ReviewRecord.self, from: data[range])
                if record.version > ReviewRecord.currentVersion {
                    throw StudyError.newerProgressFormat(path: url.path, version: record.version)
                }
            } catch let error as StudyError {
                throw error
            } catch {
                let version = (try? decoder.decode(VersionProbe.self, from: data[range]))?.v ?? 0
                if version > ReviewRecord.currentVersion {
                    throw StudyError.newerProgressFormat(path: url.path, version: version)
                }
                throw StudyError.corruptProgress(path: url.path, line: firstLine + index + 1, reason: "not a review record")
            }
        }
        throw StudyError.corruptProgress(path: url.path, line: firstLine + 1, reason: "not a review record")
    }

    private struct VersionProbe: Decodable { var v: Int }

    private func checkVersions(_ records: [ReviewRecord]) throws {
        if let newer = records.first(where: { $0.version > ReviewRecord.currentVersion }) {
            throw StudyError.newerProgressFormat(path: url.path, version: newer.version)
        }
    }

    /// The records stamped at or after `start`, reading backwards from the end in
    /// growing windows; the log is in time order but for concurrent sessions' overlap.
    func records(since start: Date) throws -> [ReviewRecord] {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        var window = 1 << 14  // a day of study is a few hundred lines; grow only when needed
        while true {
            let from = max(0, size - window)
            let fd = open(url.path, O_RDONLY | O_CLOEXEC)
            if fd < 0 { return [] }
            var data = try FileIO.readToEnd(fd, path: url.path, from: from)
            close(fd)
            if from > 0, let newline = data.firstIndex(of: 10) {
                data = data.subdata(in: (newline + 1)..<data.endIndex)
            }
            let records = try parse(data, offset: 0, firstLine: 0).records
            if from == 0 || (records.first.map { $0.time < start.addingTimeInterval(-86_400) } ?? false) {
                return records.filter { $0.time >= start }
            }
            window *= 4
        }
    }

    /// Appends one record and flushes it to disk. The caller holds the progress lock
    /// and has read the log to `knownEnd`; torn bytes past it are set aside first.
    func append(_ record: ReviewRecord, knownEnd: Int, tornBytes: Int) throws -> Int {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(record)
        line.append(10)
        let existed = FileManager.default.fileExists(atPath: url.path)
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw StudyError.unusableDataDirectory(path: url.path, reason: "cannot write: \(FileIO.reason(errno))")
        }
        defer { close(fd) }
        if tornBytes > 0 { try setAsideTornTail(fd: fd, knownEnd: knownEnd) }
        guard lseek(fd, off_t(knownEnd), SEEK_SET) >= 0 else {
            throw StudyError.unusableDataDirectory(path: url.path, reason: FileIO.reason(errno))
        }
        do {
            try FileIO.writeAll(fd, line, path: url.path)
            try FileIO.sync(fd, path: url.path)
        } catch {
            // Leave no half-written line behind: the review was not recorded.
            _ = ftruncate(fd, off_t(knownEnd))
            throw error
        }
        if !existed { FileIO.syncDirectory(url.deletingLastPathComponent()) }
        return knownEnd + line.count
    }

    private func setAsideTornTail(fd: Int32, knownEnd: Int) throws {
        let tail = try FileIO.readToEnd(fd, path: url.path, from: knownEnd)
        let tornURL = url.deletingLastPathComponent().appendingPathComponent(Self.tornFileName)
        let tornFD = open(tornURL.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard tornFD >= 0 else {
            throw StudyError.unusableDataDirectory(path: tornURL.path, reason: "cannot write: \(FileIO.reason(errno))")
        }
        defer { close(tornFD) }
        try FileIO.writeAll(tornFD, tail + Data([10]), path: tornURL.path)
        try FileIO.sync(tornFD, path: tornURL.path)
        guard ftruncate(fd, off_t(knownEnd)) == 0 else {
            throw StudyError.unusableDataDirectory(path: url.path, reason: "cannot trim an interrupted write: \(FileIO.reason(errno))")
        }
    }
}

extension ReviewLog {
    /// A line-by-line reading that keeps going past damage, for `progress check` and
    /// `progress repair`: the good records, and each damaged line with its number.
    struct Scan {
        var records: [ReviewRecord] = []
        var damaged: [(line: Int, text: String)] = []
        var tornTail = Data()
        var newerVersion: Int?
    }

    func scan() throws -> Scan {
        var scan = Scan()
        guard let data = try FileIO.contents(of: url) else { return scan }
        let decoder = JSONDecoder()
        var start = data.startIndex
        var lineNumber = 0
        while start < data.endIndex {
            guard let newline = data[start...].firstIndex(of: 10) else {
                scan.tornTail = data[start...]
                break
            }
            lineNumber += 1
            let line = data[start..<newline]
            start = newline + 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            if let record = try? decoder.decode(ReviewRecord.self, from: line) {
                if record.version > ReviewRecord.currentVersion { scan.newerVersion = record.version }
                scan.records.append(record)
            } else {
                scan.damaged.append((lineNumber, String(decoding: line, as: UTF8.self)))
            }
        }
        return scan
    }
}
