import ArgumentParser
import Foundation
import QuizBank
import Study

extension FactDrill {
    struct Quiz: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "quiz",
            abstract: "Drill due questions with spaced repetition (the bundled banks by default).",
            discussion: """
                Due reviews come first, then new questions up to --new a day. Each answer \
                is saved before its verdict is shown. At a terminal, answers are read with \
                GNU readline: arrow keys and Emacs keys edit, Up recalls earlier answers. \
                Type :help during the quiz for its commands; Ctrl-D or :quit ends the \
                session. With input from a pipe, one answer is read per line and no \
                prompts are printed.
                """
        )

        @Argument(help: ArgumentHelp(
            "Bank files (.json, .yaml) or folders of them. Default: the bundled QuestionBanks/.",
            valueName: "bank"))
        var banks: [String] = []

        @Option(help: "New questions to introduce per day.")
        var new: Int = 10

        @Option(name: .customLong("reviews-per-day"), help: "Due reviews to show per day at most.")
        var reviewsPerDay: Int = 200

        @Option(help: "Ask at most this many questions in this session; a missed one may still come back for another try.")
        var limit: Int?

        @Flag(help: "Study ahead: ask everything, soonest due first, without changing the schedule.")
        var cram = false

        @Flag(help: "For scripts: read one answer per line from stdin, write one JSON line per item, no prompts or colour.")
        var script = false

        @Flag(help: "Exam: a fixed random order (--seed), no feedback until the end, then a score sheet; the schedule is not touched.")
        var exam = false

        @Option(help: "Seed for the exam order, so everyone sitting it gets the same questions in the same order.")
        var seed: UInt64 = 1

        @Flag(name: .customLong("self-rate"), help: "Rate each review yourself (1 Again … 4 Easy) instead of letting FactDrill judge from the answer.")
        var selfRate = false

        @Option(help: ArgumentHelp("Only items with this tag (repeatable).", valueName: "tag"))
        var tag: [String] = []

        @Option(name: .customLong("bank"), help: ArgumentHelp("Only banks whose file name or title contains NAME (repeatable).", valueName: "name"))
        var bankFilter: [String] = []

        @OptionGroup(title: "Scheduling") var scheduling: SchedulerOptions

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard new >= 0, reviewsPerDay >= 0, (limit ?? 1) > 0 else {
                throw ValidationError("--new and --reviews-per-day take 0 or more, --limit 1 or more")
            }
        }

        func run() throws {
            let now = try global.currentDate()
            let fixedClock = global.now != nil || ProcessInfo.processInfo.environment["FACTDRILL_NOW"] != nil
            let clock: () -> Date = fixedClock ? { now } : { Date() }
            let directory = try global.dataDirectory()
            let personal = try PersonalParameters.load(from: directory)
            let scheduler = scheduling.scheduler(personal: personal)
            let progress = BackgroundLoad { try ProgressStore(directory: directory, scheduler: scheduler) }
            var items = try BankLoading.items(from: banks, only: bankFilter)
            // The process ends with the session: freeing a large bank's items one string at
            // a time would only delay the exit (20 ms for 20,000 items), so they are kept.
            defer { ExitRetention.keep(items) }
            if !tag.isEmpty {
                let wanted = Set(tag.map { $0.lowercased() })
                items = items.filter { !wanted.isDisjoint(with: $0.tags.map { $0.lowercased() }) }
                if items.isEmpty { throw CommandFailure(message: "no item has the tag \(tag.map { "'\($0)'" }.joined(separator: " or "))") }
            }
            let store = try progress.value()
            for notice in store.notices { Diagnostics.warn(notice) }
            if let personal, !exam, !cram {
                // Script output is JSON lines on stdout: the note goes to stderr there.
                let note = "Scheduling with " + ParametersNotice.text(personal) + "."
                if script { Diagnostics.writeToStandardError(note + "\n") } else { StandardOutput.write(note + "\n") }
            }

            let queue: [Item]
            if exam {
                queue = ExamOrder.shuffled(items, seed: seed, limit: limit)
            } else if cram {
                queue = StudyQueue.cramItems(from: items, cards: store.cards, limit: limit)
            } else {
                let today = try store.activity(since: Calendar.current.startOfDay(for: now))
                queue = StudyQueue.items(
                    from: items, cards: store.cards, now: now,
                    limits: .init(newPerDay: new, reviewsPerDay: reviewsPerDay, sessionLimit: limit),
                    newToday: today.new, reviewedToday: today.reviews)
            }
            let names = items.indices.filter { items[$0].kind == .whoSaid }.map { items[$0].answer.description }
            var session = QuizSession(
                items: queue, matcher: AnswerMatcher(otherNames: names), store: store, allItems: items, clock: clock)
            session.cram = cram
            session.exam = exam
            session.selfRate = selfRate && !script
            let interactive = !script && Terminal.current().inputIsInteractive
            session.asksAgainWhenUnclear = interactive

            SessionSignals.install(interactive: interactive)
            if script {
                let renderer = ScriptRenderer { StandardOutput.write($0) }
                var reader = StandardInputLineReader()
                try Self.requireSaved(session.run(reader: &reader, emit: renderer.render), in: store)
                return
            }
            let terminal = Terminal.current()
            let renderer = SessionRenderer(terminal: terminal, now: clock) { text in
                StandardOutput.write(text)
            }
            if queue.isEmpty {
                renderer.renderNothingDue(StudyQueue.upcoming(items: items, cards: store.cards, after: now))
                return
            }
            let summary: SessionSummary
            if terminal.inputIsInteractive {
                var reader = ReadlineLineReader(historyFile: store.directory.appendingPathComponent("history"))
                summary = session.run(reader: &reader, emit: renderer.render)
                reader.finish()
            } else {
                var reader = StandardInputLineReader()
                summary = session.run(reader: &reader, emit: renderer.render)
            }
            try Self.requireSaved(summary, in: store)
        }

        /// A session that ends with answers the disk refused exits 3, so a script or a
        /// shell prompt knows the progress folder needs attention.
        static func requireSaved(_ summary: SessionSummary, in store: ProgressStore) throws {
            guard summary.unsaved > 0 else { return }
            throw CommandFailure(
                message: "\(store.directory.path): \(summary.unsaved) answers could not be saved (disk full or read-only?); the earlier progress is intact",
                exitCode: ExitStatus.ioFailure)
        }
    }
}
