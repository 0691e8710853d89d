import ArgumentParser
import Foundation
import PageReading

extension FactDrill {
    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "read",
            abstract: "Show the article FactDrill reads in saved web pages.",
            discussion: """
                Prints each page as the text format extract and generate accept: front matter \
                (source, published, url, authors, and missing: for what the page did not show), \
                the headline, then one paragraph per line. Save it, correct it, feed it back. \
                Pages are .html, .htm or .html.gz; text articles are shown as they are.
                """)

        @Argument(help: ArgumentHelp("Saved web pages (.html, .htm, .html.gz), or folders of them.", valueName: "page"))
        var pages: [String]

        @Flag(help: "Print [{path, title, source, published, url, authors, body}] as JSON; body is the paragraphs separated by blank lines.")
        var json = false

        func run() throws {
            let paths = try ArticlePaths.expand(pages)
            var output = OutputBuffer()
            var failures = 0
            var written = 0
            let progress = ReadProgress(total: paths.count)
            if json { output.append("[") }
            ParallelExtraction.forEach(paths: paths, transform: { path in try PageInput.webArticle(path: path) }) { path, result in
                progress.advance()
                switch result {
                case .success(let page):
                    if json {
                        output.append(written == 0 ? "\n" : ",\n")
                        output.append(Self.jsonObject(path: path, page: page))
                    } else {
                        if written > 0 { output.append("\n") }
                        output.append(page.frontMatterText)
                    }
                    written += 1
                case .failure(let error):
                    progress.clear()
                    Diagnostics.warn("\(error)")
                    failures += 1
                }
            }
            progress.clear()
            if json { output.append(written == 0 ? "]\n" : "\n]\n") }
            output.flush()
            if failures > 0 { throw ExitCode(ExitStatus.badInput) }
        }

        static func jsonObject(path: String, page: WebArticle) -> String {
            var fields: [(String, Any)] = [("path", path)]
            fields.append(("title", page.headline ?? NSNull()))
            fields.append(("source", page.outlet ?? NSNull()))
            fields.append(("published", page.published ?? NSNull()))
            fields.append(("url", page.url ?? NSNull()))
            fields.append(("authors", page.authors))
            fields.append(("body", page.paragraphs.joined(separator: "\n\n")))
            fields.append(("missing", page.missing))
            let parts = fields.map { key, value -> String in
                let data = try! JSONSerialization.data(withJSONObject: [value], options: [.withoutEscapingSlashes])
                let array = String(decoding: data, as: UTF8.self)
                return "    \"\(key)\": " + array.dropFirst().dropLast()
            }
            return "  {\n" + parts.joined(separator: ",\n") + "\n  }"
        }
    }
}
