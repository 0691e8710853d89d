import ArgumentParser
import FactExtraction
import Foundation
import TextMachinery

extension FactDrill {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Print the facts of news articles as JSON: quotes and speakers, figures, dates.",
            discussion: """
                Articles are plain UTF-8 text, optionally opening with a front-matter block \
                (source:, published: YYYY-MM-DD, url:, authors:), or saved web pages (.html, \
                .htm, .html.gz) read as `factdrill read` shows them. The output is a JSON array \
                with one object per article: {article, title, quotes, figures, dates}, and url \
                when the article has one.
                """)

        @Argument(help: ArgumentHelp("Plain-text articles, saved web pages (.html, .htm, .html.gz), folders of them, or http(s):// addresses.", valueName: "article"))
        var articles: [String]

        @OptionGroup var pageOptions: PageOptions

        @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) to resolve relative dates against, for articles without one.", valueName: "date"))
        var published: String?

        func run() throws {
            let day = try PublishedDate.parse(published)
            var output = OutputBuffer()
            output.append("[")
            var written = 0
            var failures = 0
            // One bad file is reported and skipped; the others are still extracted. Articles
            // are extracted on every core, written in the order given.
            let gathered = try ArticleInputs.gather(articles, options: pageOptions)
            let progress = ReadProgress(total: gathered.inputs.lazy.filter(\.isPage).count)
            defer { progress.clear() }
            InOrder.forEach(gathered.inputs, transform: { input in
                FactExtractor.facts(in: try input.article(published: day)).prettyJSONBytes()
            }) { input, result in
                if input.isPage { progress.advance() }
                switch result {
                case .success(let json):
                    output.append(written == 0 ? "\n" : ",\n")
                    output.append(bytes: json)
                    written += 1
                case .failure(let error):
                    progress.clear()
                    Diagnostics.warn("\(error)")
                    failures += 1
                }
            }
            output.append("\n]\n")
            output.flush()
            if let code = gathered.failureExitCode { throw ExitCode(code) }
            if failures > 0 { throw ExitCode(ExitStatus.badInput) }
        }
    }
}
