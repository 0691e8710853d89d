import ArgumentParser
import FactExtraction
import Foundation
import QuizBank

extension FactDrill {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate",
            abstract: "Make a question bank from news articles.",
            discussion: """
                Items: who said it, fill in the figure or the date, true/false claims, and \
                which outlet reported what when articles disagree. Ids come from the article \
                and the fact, so regenerating a bank keeps a learner's progress.
                """)

        @Argument(help: ArgumentHelp("Plain-text articles, saved web pages (.html, .htm, .html.gz), folders of them, or http(s):// addresses.", valueName: "article"))
        var articles: [String]

        @OptionGroup var pageOptions: PageOptions

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The bank to write (.json or .yaml).", valueName: "bank"))
        var output: String

        @Flag(help: "Replace an existing bank at --output, keeping the old one as FILE.bak.")
        var force = false

        @Option(help: "The bank's title.")
        var title: String?

        @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for articles without one.", valueName: "date"))
        var published: String?

        @Option(help: ArgumentHelp("The outlet for articles whose front matter and credit lines name none (otherwise prompts say \"the article\").", valueName: "name"))
        var source: String?

        @Option(help: ArgumentHelp("Items kept per article, the best first.", valueName: "n"))
        var maxPerArticle: Int = GenerationOptions.defaultMaxPerArticle

        @Flag(help: "List on standard output each fact that made no item, and why.")
        var explain = false

        func validate() throws {
            guard maxPerArticle >= 1 else { throw ValidationError("--max-per-article must be at least 1") }
            if let source, source.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--source must name an outlet") }
        }

        func run() throws {
            let day = try PublishedDate.parse(published)
            let gathered = try ArticleInputs.gather(articles, options: pageOptions)
            // Every file read, so the bank can never be written over one of them.
            let paths = gathered.inputs.compactMap { input -> String? in
                switch input {
                case .file(let path): path
                case .page(_, let savedAs): savedAs
                }
            }
            var badPages = 0
            let facts = try ParallelExtraction.facts(inputs: gathered.inputs, published: day) { failure in
                Diagnostics.warn(failure.message)
                badPages += 1
            }
            guard !facts.isEmpty else { throw ExitCode(gathered.failureExitCode ?? ExitStatus.badInput) }
            let options = GenerationOptions(maxPerArticle: maxPerArticle, source: source?.trimmingCharacters(in: .whitespaces))
            let generation = QuestionGenerator().generate(title: title ?? facts.first?.title ?? "Generated bank", from: facts, options: options)
            let bank = generation.bank
            if explain {
                for story in generation.stories { print("story: \(story.joined(separator: ", "))") }
                for skipped in generation.skipped {
                    print("\(skipped.article): \(skipped.kind) “\(skipped.fact)”: \(skipped.reason)")
                }
            }
            try OutputFile.writeBank(bank, to: output, inputs: paths, force: force)
            let counts = Dictionary(grouping: bank.items, by: \.kind).map { "\($0.value.count) \($0.key.rawValue)" }.sorted()
            let what = counts.isEmpty ? "no fact was worth asking; --explain says why" : counts.joined(separator: ", ")
            Diagnostics.warn("wrote \(bank.items.count) item\(bank.items.count == 1 ? "" : "s") to \(output) (\(what))")
            if let code = gathered.failureExitCode { throw ExitCode(code) }
            if badPages > 0 { throw ExitCode(ExitStatus.badInput) }
        }
    }
}
