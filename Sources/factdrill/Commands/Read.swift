import ArgumentParser
import FactExtraction
import Foundation
import PageReading
import TextMachinery

extension FactDrill {
    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "read",
            abstract: "Show the article FactDrill reads in saved web pages.",
            discussion: """
                Prints each page as the text format extract and generate accept: front matter \
                (source, published, url, authors, and missing: for what the page did not show), \
                the headline, then one paragraph per line. Save it, correct it, feed it back. \
                Pages are .html, .htm or .html.gz, or web addresses fetched once (--save-pages keeps \
                a copy); text articles are shown as they are.
                """)

        @Argument(help: ArgumentHelp("Saved web pages (.html, .htm, .html.gz), folders of them, or http(s):// addresses.", valueName: "page"))
        var pages: [String]

        @OptionGroup var pageOptions: PageOptions

        @Flag(help: "Print [{path, title, source, published, url, authors, body}] as JSON; body is the paragraphs separated by blank lines.")
        var json = false

        func run() throws {
            let gathered = try ArticleInputs.gather(pages, options: pageOptions)
            let inputs = gathered.inputs
            var output = OutputBuffer()
            var failures = 0
            var written = 0
            let progress = ReadProgress(total: inputs.count)
            if json { output.append("[") }
            InOrder.forEach(inputs, transform: { try $0.webArticle() }) { input, result in
                let path = input.name
                progress.advance()
                switch result {
                case .success(let page):
                    if json {
                        output.append(written == 0 ? "\n" : ",\n")
                        output.append(bytes: Self.jsonObject(path: path, page: page))
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
            if let code = gathered.failureExitCode { throw ExitCode(code) }
            if failures > 0 { throw ExitCode(ExitStatus.badInput) }
        }

        /// One page's object, written by the extractor's JSON writer (Foundation's
        /// serializer cost a twentieth of the reading time).
        static func jsonObject(path: String, page: WebArticle) -> [UInt8] {
            var writer = PrettyJSONWriter()
            writer.object(indent: 1) {
                $0.field("path") { $0.string(path) }
                $0.field("title") { $0.optional(page.headline) }
                $0.field("source") { $0.optional(page.outlet) }
                $0.field("published") { $0.optional(page.published) }
                $0.field("url") { $0.optional(page.url) }
                $0.field("authors") { $0.array(page.authors) { $0.string($1) } }
                $0.field("body") { $0.string(page.paragraphs.joined(separator: "\n\n")) }
                $0.field("missing") { $0.array(page.missing) { $0.string($1) } }
            }
            return Array("  ".utf8) + writer.bytes
        }
    }
}
