import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `factdrill grade --stats` and `--report`, run as an instructor would.
@Suite struct ItemAnalysisCommandTests {
    static let habits = CommandRunner.repositoryRoot.appendingPathComponent("QuestionBanks/fact-checking-habits.yaml").path

    static let hasNumpy: Bool = (try? ExternalProgram.run("/usr/bin/env", ["python3", "-c", "import numpy"]).status) == 0
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: - The statistics against the reference script

    /// 200 students × 50 items: every figure of `--stats` equals the textbook computation
    /// in Scripts/item-analysis-reference.py (numpy) to 1e-9, on the matrix the CSV gives.
    @Test(.enabled(if: hasNumpy, "needs python3 with numpy"))
    func theStatisticsEqualTheReferenceScript() throws {
        let generated = try GeneratedClass(students: 200, items: 50, seed: 22, wrongKey: 4, unanswered: 49)
        defer { generated.remove() }
        let json = try CommandRunner.run(["grade", "--bank", generated.bank, generated.sheets, "--stats"])
        #expect(json.status == 0, "\(json.stderr)")
        let stats = try #require(try Self.json(json.stdout)["stats"] as? [String: Any])
        let csv = try CommandRunner.run(["grade", "--bank", generated.bank, generated.sheets, "--stats", "--format", "csv"])
        let matrix = generated.folder.appendingPathComponent("grades.csv")
        try Data(csv.stdout.utf8).write(to: matrix)
        let script = CommandRunner.repositoryRoot.appendingPathComponent("Scripts/item-analysis-reference.py").path
        let reference = try ExternalProgram.run("/usr/bin/env", ["python3", script, matrix.path])
        #expect(reference.status == 0, "\(reference.stderr)")
        let expected = try Self.json(reference.stdout)

        let test = try #require(stats["test"] as? [String: Any]), expectedTest = try #require(expected["test"] as? [String: Any])
        #expect(test["attempts"] as? Int == 200)
        for key in ["mean", "median", "sd", "skewness", "kurtosis", "alpha", "error_ratio", "standard_error"] {
            Self.expectSame(test[key], expectedTest[key], "test.\(key)")
        }
        let items = try #require(stats["items"] as? [[String: Any]]), expectedItems = try #require(expected["items"] as? [[String: Any]])
        #expect(items.count == 50 && expectedItems.count == 50)
        for (item, reference) in zip(items, expectedItems) {
            #expect(item["id"] as? String == reference["id"] as? String)
            for key in ["facility", "sd", "discrimination", "discriminative_efficiency"] {
                Self.expectSame(item[key], reference[key], "\(item["id"] ?? "?").\(key)")
            }
        }
        // The item nobody answered has no discrimination, and says so with null.
        #expect(items[49]["discrimination"] is NSNull && items[49]["facility"] as? Double == 0)
        #expect((items[49]["flags"] as? [String]) == ["unanswered"])
        #expect(!Self.hasNonFiniteNumber(json.stdout))
    }

    /// Swift writes NaN and infinity as `nan` and `inf`, which no JSON reader accepts.
    static func hasNonFiniteNumber(_ json: String) -> Bool {
        ["nan", "-nan", "inf", "-inf"].contains { json.contains(" : \($0)") }
    }

    static func expectSame(_ value: Any?, _ expected: Any?, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        switch (value, expected) {
        case (is NSNull, is NSNull): break
        case (let a as Double, let b as Double):
            #expect(abs(a - b) <= 1e-9, "\(name): \(a) against the reference \(b)", sourceLocation: sourceLocation)
        default:
            Issue.record("\(name): \(String(describing: value)) against the reference \(String(describing: expected))", sourceLocation: sourceLocation)
        }
    }

    /// A multiple-choice item whose key is one of its distractors: the students who know
    /// the answer are marked wrong, so it correlates negatively with the rest of the test.
    @Test func anItemWithAWrongKeyIsFlaggedWithNegativeDiscrimination() throws {
        let generated = try GeneratedClass(students: 120, items: 20, seed: 7, wrongKey: 8)
        defer { generated.remove() }
        let result = try CommandRunner.run(["grade", "--bank", generated.bank, generated.sheets, "--stats"])
        let items = try #require((try Self.json(result.stdout)["stats"] as? [String: Any])?["items"] as? [[String: Any]])
        let wrong = try #require(items.first { $0["id"] as? String == "q08" })
        #expect((wrong["discrimination"] as? Double ?? 0) < -10)
        #expect((wrong["flags"] as? [String])?.first == "negative_discrimination")
        // The honest multiple-choice items are not.
        for item in items where ["q00", "q04", "q12", "q16"].contains(item["id"] as? String) {
            #expect((item["discrimination"] as? Double ?? 0) > 15, "\(item["id"] ?? "")")
        }
        let text = try CommandRunner.run(["grade", "--bank", generated.bank, generated.sheets, "--stats", "--format", "text"])
        let table = text.stdout.split(separator: "\n").drop { !$0.hasPrefix("item ") }
        #expect(table.dropFirst(2).first?.hasPrefix("q08 ") == true, "the wrong key heads the table:\n\(text.stdout)")
        #expect(text.stdout.contains("q08: negative discrimination: check the key"))
    }

    // MARK: - Edge cases end to end

    @Test func oneStudentGivesNullsNotNaN() throws {
        let result = try CommandRunner.run(["grade", "--bank", Self.habits, "-", "--stats"],
                                           stdin: #"{"student": "sam", "answers": {"habits-at-least-is-a-floor": "false"}}"#)
        #expect(result.status == 0)
        let test = try #require((try Self.json(result.stdout)["stats"] as? [String: Any])?["test"] as? [String: Any])
        #expect(test["attempts"] as? Int == 1)
        #expect(test["mean"] as? Double == 10)
        for key in ["sd", "skewness", "kurtosis", "alpha", "error_ratio", "standard_error"] { #expect(test[key] is NSNull, "\(key)") }
        #expect(!Self.hasNonFiniteNumber(result.stdout))
    }

    @Test func aBankWithOneItemHasNoAlpha() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("one-item-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"title": "one", "items": [{"id": "only", "prompt": "2+2?", "answer": 4}]}"#.utf8).write(to: folder.appendingPathComponent("bank.json"))
        for (index, answer) in ["4", "5", "4", "four"].enumerated() {
            try Data(#"{"student": "s\#(index)", "answers": {"only": "\#(answer)"}}"#.utf8).write(to: folder.appendingPathComponent("s\(index).json"))
        }
        let result = try CommandRunner.run(["grade", "--bank", folder.appendingPathComponent("bank.json").path, folder.path, "--stats"])
        let stats = try #require(try Self.json(result.stdout)["stats"] as? [String: Any])
        let test = try #require(stats["test"] as? [String: Any])
        #expect(test["alpha"] is NSNull && test["error_ratio"] is NSNull)
        #expect(test["mean"] as? Double == 75)
        let item = try #require((stats["items"] as? [[String: Any]])?.first)
        #expect(item["facility"] as? Double == 75 && item["discrimination"] is NSNull)
    }

    // MARK: - Every format

    @Test func everyFormatCarriesTheAnalysis() throws {
        let generated = try GeneratedClass(students: 30, items: 8, seed: 3, wrongKey: 4)
        defer { generated.remove() }
        func run(_ format: String) throws -> String {
            let result = try CommandRunner.run(["grade", "--bank", generated.bank, generated.sheets, "--stats", "--format", format])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            return result.stdout
        }
        // Without a terminal, --stats keeps JSON as the default.
        let plain = try CommandRunner.run(["grade", "--bank", generated.bank, generated.sheets, "--stats"])
        #expect(try Self.json(plain.stdout)["stats"] != nil)

        let csv = try run("csv").components(separatedBy: "\n\n")
        #expect(csv.count == 4)
        #expect(csv[0].hasPrefix("student,score,total,percent,passed,missing,sheet\n"))
        let matrix = csv[1].split(separator: "\n")
        #expect(matrix.first == "student,q00,q01,q02,q03,q04,q05,q06,q07")
        #expect(matrix.count == 31)
        #expect(matrix.dropFirst().allSatisfy { $0.split(separator: ",").dropFirst().allSatisfy { $0 == "0" || $0 == "1" } })
        #expect(csv[2].hasPrefix("item,facility,sd,discrimination,discriminative_efficiency,answered,flags\n"))
        #expect(csv[2].contains("\nq04,") && csv[2].split(separator: "\n").count == 9)
        #expect(csv[3].hasPrefix("attempts,mean,median,sd,skewness,kurtosis,alpha,error_ratio,standard_error\n30,"))

        let tap = try run("tap").split(separator: "\n")
        #expect(tap.contains("1..240"))
        #expect(tap.contains { $0.hasPrefix("# item analysis: 30 attempts, mean ") })
        #expect(tap.filter { $0.hasPrefix("ok ") || $0.hasPrefix("not ok ") }.count == 240)
        #expect(tap.contains { $0.hasPrefix("# q04: ") && $0.contains("negative discrimination") })

        let junit = try run("junit")
        let parser = XMLParser(data: Data(junit.utf8))
        let suites = SuiteCollector()
        parser.delegate = suites
        #expect(parser.parse(), "well-formed XML")
        #expect(suites.names.last == "item analysis")
        #expect(suites.rootTests == 240 + 8)
        #expect(junit.contains("name=\"q04\">") && junit.contains("<failure type=\"negative_discrimination\""))

        let text = try run("text")
        #expect(text.contains("Item analysis · 30 attempts, 8 items"))
        #expect(text.contains("alpha"))
    }

    @Test func theReportNeverReplacesAStudentsSheet() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = folder.appendingPathComponent("sam.json")
        let original = #"{"student": "sam", "answers": {}}"#
        try original.write(to: sheet, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["grade", "--bank", Self.habits, sheet.path, "--report", sheet.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is also an input of this command"))
        #expect(try String(contentsOf: sheet, encoding: .utf8) == original)
    }

    @Test func aReportThatCannotBeWrittenIsAnIOFailure() throws {
        let result = try CommandRunner.run(["grade", "--bank", Self.habits, "-", "--report", "/no/such/folder/report.html"],
                                           stdin: #"{"student": "sam", "answers": {}}"#)
        #expect(result.status == 3)
        #expect(result.stderr == "factdrill: /no/such/folder/report.html: cannot write the report\n")
        // --report alone leaves the report on stdout as it was.
        #expect(try Self.json(result.stdout)["stats"] == nil)
    }

    // MARK: - The HTML report in a real browser

    /// The page is opened in headless Chromium: a screenshot is taken (and must not be
    /// blank), and a probe script added to a copy of the page counts what the browser
    /// actually laid out: one dot per item that has a discrimination, the flagged ones
    /// labelled, bars holding every student, an option bar per option of each flagged item.
    @Test(.enabled(if: chromium != nil, "needs Chromium (apt-get install chromium)"))
    func theReportIsDrawnByABrowser() throws {
        let generated = try GeneratedClass(students: 80, items: 24, seed: 11, wrongKey: 8, unanswered: 23)
        defer { generated.remove() }
        let page = generated.folder.appendingPathComponent("report.html")
        let result = try CommandRunner.run(["grade", "--bank", generated.bank, generated.sheets, "--stats", "--report", page.path])
        #expect(result.status == 0, "\(result.stderr)")
        let stats = try #require(try Self.json(result.stdout)["stats"] as? [String: Any])
        let items = try #require(stats["items"] as? [[String: Any]])
        let plotted = items.filter { !($0["discrimination"] is NSNull) && !($0["facility"] is NSNull) }
        let flagged = items.filter { !(($0["flags"] as? [String]) ?? []).isEmpty }
        let flaggedPlotted = plotted.filter { !(($0["flags"] as? [String]) ?? []).isEmpty }
        let optionBars = flagged.map { ($0["options"] as? [Any])?.count ?? 0 }.reduce(0, +)
        #expect(flaggedPlotted.contains { $0["id"] as? String == "q08" })

        let html = try String(contentsOf: page, encoding: .utf8)
        // Self-contained: nothing fetched, no script.
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("url(") && !html.contains("@import"))
        #expect(!html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"))

        let screenshot = generated.folder.appendingPathComponent("report.png")
        let shot = try ExternalProgram.run(Self.chromium!, Self.chromiumFlags(in: generated.folder) + ["--window-size=412,3200", "--screenshot=\(screenshot.path)", page.absoluteString])
        #expect(shot.status == 0, "\(shot.stderr)")
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 30_000, "a blank page compresses to a few kilobytes; this one is \(png.count) bytes")
        if let keep = ProcessInfo.processInfo.environment["FACTDRILL_KEEP_SCREENSHOT"] { try? png.write(to: URL(fileURLWithPath: keep)) }

        let probe = """
            <script>
            const drawn = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 };
            const dots = [...document.querySelectorAll('#scatter circle.dot')].filter(drawn);
            const students = [...document.querySelectorAll('#distribution rect.bar')].filter(drawn).reduce((n, r) => n + Number(r.dataset.count), 0);
            const labels = [...document.querySelectorAll('#scatter text.label')].filter(drawn).map(t => t.textContent).filter(t => /^q\\d\\d$/.test(t));
            const options = [...document.querySelectorAll('svg.options rect.opt')].filter(drawn).length;
            document.body.setAttribute('data-drawn', `dots=${dots.length} flagged=${dots.filter(d => d.classList.contains('flag')).length} students=${students} labels=${labels.sort().join('+')} options=${options}`);
            </script>
            """
        let probed = generated.folder.appendingPathComponent("probed.html")
        try Data(html.replacingOccurrences(of: "</body>", with: probe + "</body>").utf8).write(to: probed)
        let dom = try ExternalProgram.run(Self.chromium!, Self.chromiumFlags(in: generated.folder) + ["--window-size=412,3200", "--dump-dom", probed.absoluteString])
        let labels = flaggedPlotted.compactMap { $0["id"] as? String }.sorted().joined(separator: "+")
        let expected = "data-drawn=\"dots=\(plotted.count) flagged=\(flaggedPlotted.count) students=80 labels=\(labels) options=\(optionBars)\""
        #expect(dom.stdout.contains(expected), "expected \(expected) in \(dom.stdout.components(separatedBy: "<body").last?.prefix(200) ?? "")")
    }

    /// The browser's profile goes in the class folder, so the test leaves nothing behind.
    static func chromiumFlags(in folder: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--force-device-scale-factor=1",
         "--user-data-dir=" + folder.appendingPathComponent("chromium-profile").path]
    }
}

final class SuiteCollector: NSObject, XMLParserDelegate {
    var names: [String] = []
    var rootTests = 0
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if elementName == "testsuite", let name = attributes["name"] { names.append(name) }
        if elementName == "testsuites" { rootTests = Int(attributes["tests"] ?? "") ?? -1 }
    }
}

/// Another program (python3, Chromium), with a time limit so a hung browser fails the test instead of stalling it.
enum ExternalProgram {
    static func run(_ path: String, _ arguments: [String], timeout: TimeInterval = 90) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        // Both pipes are drained at once, so a chatty browser cannot block on a full one.
        final class Collected: @unchecked Sendable { var data = Data() }
        let errorData = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.data = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        deadline.cancel()
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errorData.data, as: UTF8.self))
    }
}
