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

    /// Reads complete lines from `offset` (which must start a line) to the end,
    /// streaming: memory grows with the records, not with the file.
    /// - Throws: `corruptProgress` naming the first damaged line; `newerProgressFormat`.
    func read(from offset: Int = 0, lineNumber firstLine: Int = 0) throws -> Chunk {
        guard let fd = try FileIO.openRegular(url.path, O_RDONLY) else {
            return Chunk(records: [], end: 0, lines: 0, tornBytes: 0)
        }
        defer { close(fd) }
        var records: [ReviewRecord] = []
        let end = try LogLines.stream(fd, path: url.path, from: offset, firstLine: firstLine) { bytes, lines in
            records += try decode(bytes, lines: lines)
        }
        return Chunk(records: records, end: end.end, lines: end.lines, tornBytes: end.tornBytes)
    }

    /// Reads log bytes already in memory (tests and the fuzzer).
    func parse(_ data: Data) throws -> Chunk {
        var records: [ReviewRecord] = []
        let end = try LogLines.stream(data) { bytes, lines in records += try decode(bytes, lines: lines) }
        return Chunk(records: records, end: end.end, lines: end.lines, tornBytes: end.tornBytes)
    }

    /// Decodes a batch of lines with one decoder call (as a JSON array) for speed; when
    /// that fails, line by line to name the damaged line.
    private func decode(_ bytes: UnsafeBufferPointer<UInt8>, lines: [LogLines.Line]) throws -> [ReviewRecord] {
        let nonEmpty = lines.filter { !$0.isBlank }
        guard !nonEmpty.isEmpty else { return [] }
        if let overlong = nonEmpty.first(where: \.overlong) {
            throw StudyError.corruptProgress(path: url.path, line: overlong.number, reason: "not a review record (a line of over \(LogLines.longestLine) bytes)")
        }
        var array = Data(capacity: (nonEmpty.last!.range.upperBound - nonEmpty[0].range.lowerBound) + 2)
        array.append(91)  // [
        for (index, line) in nonEmpty.enumerated() {
            if index > 0 { array.append(44) }  // ,
            array.append(UnsafeBufferPointer(rebasing: bytes[line.range]))
        }
        array.append(93)  // ]
        let decoder = JSONDecoder()
        if let records = try? decoder.decode([ReviewRecord].self, from: array) {
            try checkVersions(records)
            return records
        }
        for line in nonEmpty {
            let data = Data(UnsafeBufferPointer(rebasing: bytes[line.range]))
            do {
                let record = try decoder.decode(ReviewRecord.self, from: data)
                if record.version > ReviewRecord.currentVersion {
                    throw StudyError.newerProgressFormat(path: url.path, version: record.version)
                }
            } catch let error as StudyError {
                throw error
            } catch {
                let version = (try? decoder.decode(VersionProbe.self, from: data))?.v ?? 0
                if version > ReviewRecord.currentVersion {
                    throw StudyError.newerProgressFormat(path: url.path, version: version)
                }
                throw StudyError.corruptProgress(path: url.path, line: line.number, reason: "not a review record")
            }
        }
        // Each line alone is a record, yet together they are not (a line holding two
        // objects separated by a comma, say): blame the first line of the batch.
        throw StudyError.corruptProgress(path: url.path, line: nonEmpty[0].number, reason: "not a review record")
    }

    private struct VersionProbe: Decodable { var v: Int }

    private func checkVersions(_ records: [ReviewRecord]) throws {
        if let newer = records.first(where: { $0.version > ReviewRecord.currentVersion }) {
            throw StudyError.newerProgressFormat(path: url.path, version: newer.version)
        }
    }

    /// What the first `limit` bytes of the log hold, found without decoding a line:
    /// how many lines, whether `limit` ends one, and the newest format version in them.
    /// A snapshot is trusted only when its offsets match this, and nothing newer
    /// hides in the part it covers.
    struct Prefix {
        var lines: Int
        var endsALine: Bool
        var newestVersion: Int
    }

    func prefix(upTo limit: Int) throws -> Prefix {
        guard let fd = try FileIO.openRegular(url.path, O_RDONLY) else {
            return Prefix(lines: 0, endsALine: limit == 0, newestVersion: 0)
        }
        defer { close(fd) }
        var newest = 0
        let end = try LogLines.stream(fd, path: url.path, from: 0, firstLine: 0, limit: limit) { bytes, lines in
            for line in lines where !line.isBlank && !line.overlong {
                // Lines this version writes end with the version (keys are sorted): one
                // comparison a line; anything else is searched.
                if Self.endsWithCurrentVersion(bytes, line.range) { continue }
                newest = max(newest, Self.newestVersion(in: bytes, from: line.range.lowerBound, to: line.range.upperBound))
            }
        }
        return Prefix(lines: end.lines, endsALine: end.tornBytes == 0 && end.end == limit, newestVersion: newest)
    }

    private static let currentVersionEnding = Array("\"v\":\(ReviewRecord.currentVersion)}".utf8)

    private static func endsWithCurrentVersion(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let ending = currentVersionEnding
        var last = range.upperBound
        while last > range.lowerBound, bytes[last - 1] == 13 || bytes[last - 1] == 32 { last -= 1 }
        guard last - range.lowerBound >= ending.count else { return false }
        let start = last - ending.count
        guard start == range.lowerBound || bytes[start - 1] != 92 else { return false }  // not an escaped quote
        for index in 0..<ending.count where bytes[start + index] != ending[index] { return false }
        // A line ending as this version writes it is taken as this version: the search
        // below is for lines written (or edited) any other way.
        return true
    }

    /// The largest `"v":N` in the bytes. The key can appear nowhere else: inside a JSON
    /// string a quote is escaped, so `"v":` never occurs there.
    static func newestVersion(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var newest = 0
        var index = start
        let base = bytes.baseAddress!
        while index < end, let found = memchr(base + index, Int32(UInt8(ascii: "v")), end - index) {
            let at = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            index = at + 1
            guard at > start, at + 2 < end, bytes[at - 1] == 34, bytes[at + 1] == 34, bytes[at + 2] == 58 else { continue }
            var position = at + 3
            while position < end, bytes[position] == 32 { position += 1 }
            var value = 0
            while position < end, bytes[position] >= 48, bytes[position] <= 57, value < 1_000_000 {
                value = value * 10 + Int(bytes[position] - 48)
                position += 1
            }
            newest = max(newest, value)
            index = max(index, position)
        }
        return newest
    }

    /// The records stamped at or after `start` among the complete lines before `end`,
    /// reading back from `end` in growing windows: the log is in time order but for
    /// concurrent sessions' overlap. Damaged lines are passed over here: counting
    /// today's reviews is no place to stop the quiz (loading reports damage).
    func records(since start: Date, end: Int) throws -> [ReviewRecord] {
        guard let fd = try FileIO.openRegular(url.path, O_RDONLY) else { return [] }
        defer { close(fd) }
        var window = 1 << 14  // a day of study is a few hundred lines; grow only when needed
        let decoder = JSONDecoder()
        while true {
            let from = max(0, end - window)
            var records: [ReviewRecord] = []
            var skipFirst = from > 0  // the window starts mid-line
            if from > 0 {
                var byte: UInt8 = 0
                if pread(fd, &byte, 1, off_t(from - 1)) == 1, byte == 10 { skipFirst = false }
            }
            _ = try LogLines.stream(fd, path: url.path, from: from, firstLine: 0, limit: end) { bytes, lines in
                for line in lines where !line.isBlank && !line.overlong {
                    if skipFirst { skipFirst = false; continue }
                    if let record = try? decoder.decode(ReviewRecord.self, from: Data(UnsafeBufferPointer(rebasing: bytes[line.range]))) {
                        records.append(record)
                    }
                }
                skipFirst = false
            }
            if from == 0 || (records.first.map { $0.time < start.addingTimeInterval(-86_400) } ?? false) {
                return records.filter { $0.time >= start }
            }
            window *= 4
        }
    }

    /// Appends one record and flushes it to disk. The caller holds the progress lock
    /// and has read the log to `knownEnd`; torn bytes past it are set aside first.
    func append(_ record: ReviewRecord, knownEnd: Int, tornBytes: Int) throws -> Int {
        // Never write what the reader would refuse: a time outside years 1–9999.
        guard Timestamp.isRepresentable(record.time), record.due.map(Timestamp.isRepresentable) ?? true else {
            throw StudyError.badInput(path: url.path, reason: "refusing to log a time outside years 1–9999 ('\(record.time)'); check the clock")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(record)
        line.append(10)
        let existed = FileManager.default.fileExists(atPath: url.path)
        guard let fd = try FileIO.openRegular(url.path, O_RDWR | O_CREAT) else {
            throw StudyError.unusableDataDirectory(path: url.path, reason: "cannot write")
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
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw StudyError.unusableDataDirectory(path: url.path, reason: FileIO.reason(errno)) }
        let count = Int(status.st_size) - knownEnd
        if count > 0 {
            let tornURL = url.deletingLastPathComponent().appendingPathComponent(Self.tornFileName)
            try Self.setAside(fd, from: knownEnd, count: count, to: tornURL)
        }
        guard ftruncate(fd, off_t(knownEnd)) == 0 else {
            throw StudyError.unusableDataDirectory(path: url.path, reason: "cannot trim an interrupted write: \(FileIO.reason(errno))")
        }
    }

    /// Appends `count` bytes of `fd` from `offset` to `destination` (`reviews.torn`),
    /// streamed and flushed. Zeros alone (what a crash can leave) hold nothing: a note
    /// of how many is kept instead of gigabytes of them.
    static func setAside(_ fd: Int32, from offset: Int, count: Int, to destination: URL) throws {
        guard let out = try FileIO.openRegular(destination.path, O_WRONLY | O_CREAT | O_APPEND) else { return }
        defer { close(out) }
        if try FileIO.isAllZero(fd, from: offset, count: count) {
            try FileIO.writeAll(out, Data("(\(count) zero bytes, as a crash can leave past the last write)\n".utf8), path: destination.path)
        } else {
            try FileIO.copy(fd, from: offset, count: count, appendingTo: out, path: destination.path)
            try FileIO.writeAll(out, Data([10]), path: destination.path)
        }
        try FileIO.sync(out, path: destination.path)
    }
}

extension ReviewLog {
    /// A line-by-line reading that keeps going past damage, for `progress check` and
    /// `progress repair`: the good records, and each damaged line with its number.
    struct Scan {
        var records: [ReviewRecord] = []
        /// The first `keptDamage` damaged lines with their text (shortened when over-long);
        /// `damagedCount` counts them all.
        var damaged: [(line: Int, text: String)] = []
        var damagedCount = 0
        var tornBytes = 0
        /// Bytes and lines up to the end of the last complete line.
        var end = 0
        var lines = 0
        var newerVersion: Int?
    }

    static let keptDamage = 1000

    func scan() throws -> Scan {
        var scan = Scan()
        guard let fd = try FileIO.openRegular(url.path, O_RDONLY) else { return scan }
        defer { close(fd) }
        let decoder = JSONDecoder()
        let end = try LogLines.stream(fd, path: url.path, from: 0, firstLine: 0) { bytes, lines in
            for line in lines where !line.isBlank {
                let data = line.overlong ? Data() : Data(UnsafeBufferPointer(rebasing: bytes[line.range]))
                if !line.overlong, let record = try? decoder.decode(ReviewRecord.self, from: data) {
                    if record.version > ReviewRecord.currentVersion { scan.newerVersion = record.version }
                    scan.records.append(record)
                    continue
                }
                if !line.overlong, let version = (try? decoder.decode(VersionProbe.self, from: data))?.v,
                    version > ReviewRecord.currentVersion
                {
                    scan.newerVersion = version
                }
                scan.damagedCount += 1
                if scan.damaged.count < Self.keptDamage {
                    let text = line.overlong
                        ? "(a line of over \(LogLines.longestLine) bytes; it is in the backup)"
                        : String(decoding: data, as: UTF8.self)
                    scan.damaged.append((line.number, text))
                }
            }
        }
        scan.tornBytes = end.tornBytes
        scan.end = end.end
        scan.lines = end.lines
        return scan
    }
}
