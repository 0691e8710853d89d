import CZlib
import Foundation
import PageFetching
import PageReading

/// Page reading in process, measured like trafilatura's figure in Scripts/bench-html.sh so
/// the two compare per page: every page is read from disk and inflated before the clock
/// starts, then each pass times what `factdrill read` does per page between the file and
/// the output (the saved-page header, parse, main text, metadata), in CPU seconds of this
/// process as Python's `time.process_time` counts them. Process start, file reading, zlib
/// and JSON writing are the whole command's, which the script times separately.
enum ReadBenchmarks {
    static let sharedPages = "../shared/eval/html/pages"

    /// The `read` case: the shared benchmark's 171 pages, when they are beside the checkout.
    static func run() {
        guard FileManager.default.fileExists(atPath: sharedPages) else {
            print("read: skipped (no \(sharedPages) beside the checkout)")
            return
        }
        print("read (in process, pages inflated in memory first: saved-page header, parse, main text, metadata; CPU time)")
        runPages(folder: sharedPages, passes: 7, raw: false)
    }

    /// `read-pages [--raw] [--passes N] FOLDER`: the timed passes over one folder's pages;
    /// `raw` prints "median-seconds worst-seconds pages articles" for scripts.
    static func runPages(folder: String, passes: Int, raw: Bool) {
        let pages = inflatedPages(in: folder)
        guard !pages.isEmpty else {
            print("read-pages: no .html or .html.gz pages in \(folder)")
            return
        }
        var articles = 0
        var times: [Double] = []
        for _ in 0..<max(passes, 1) {
            var read = 0
            times.append(Measure.cpuSeconds {
                for page in pages where readArticle(page) { read += 1 }
            })
            articles = read
        }
        times.sort()
        let median = times[times.count / 2]
        if raw {
            print("\(median) \(times.last!) \(pages.count) \(articles)")
        } else {
            print(String(format: "  %d pages (%.1f MB inflated), %d articles: median %.3f s CPU, %.2f ms/page, %.0f pages/s (worst %.3f s, %d passes)",
                         pages.count, Double(pages.reduce(0) { $0 + $1.count }) / 1e6, articles, median,
                         median * 1000 / Double(max(pages.count, 1)), Double(pages.count) / median, times.last!, times.count))
        }
    }

    /// One page as `factdrill read` reads a saved file once its bytes are in memory; false
    /// when the page shows no article (the command reports those on stderr).
    private static func readArticle(_ bytes: [UInt8]) -> Bool {
        let saved = SavedPage(fileBytes: bytes)
        let article = try? PageReader.read(saved?.body ?? bytes, contentType: saved?.contentType, url: saved?.url.absoluteString)
        return article != nil
    }

    /// The folder's `.html` and `.html.gz` files, in name order, inflated (zlib's gzread
    /// passes a file that is not gzip through as it is).
    private static func inflatedPages(in folder: String) -> [[UInt8]] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { name in
            [".html", ".htm", ".html.gz", ".htm.gz"].contains { name.lowercased().hasSuffix($0) }
        }.sorted()
        return names.compactMap { inflatedFile(URL(fileURLWithPath: folder).appendingPathComponent($0).path) }
    }

    private static func inflatedFile(_ path: String) -> [UInt8]? {
        guard let file = gzopen(path, "rb") else { return nil }
        defer { gzclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = gzread(file, &chunk, UInt32(chunk.count))
            if count < 0 { return nil }
            if count == 0 { return bytes }
            bytes += chunk.prefix(Int(count))
        }
    }
}

