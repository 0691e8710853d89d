import Foundation
import Testing
@testable import Study

@Suite struct PersonalParametersTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("personal-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func savesAndLoadsThemBack() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try PersonalParameters.load(from: directory) == nil)
        let saved = PersonalParameters(
            parameters: SimulatedLearner.fastForgetter, reviews: 1234, fitted: Date(timeIntervalSince1970: 1_767_225_600), logLoss: 0.3)
        try saved.save(to: directory)
        #expect(try PersonalParameters.load(from: directory) == saved)
        let text = try String(contentsOf: directory.appendingPathComponent("parameters.json"), encoding: .utf8)
        #expect(text.contains(#""format":"factdrill-parameters""#) && text.contains(#""version":1"#))
        #expect(try PersonalParameters.remove(from: directory))
        #expect(try PersonalParameters.load(from: directory) == nil)
        #expect(try !PersonalParameters.remove(from: directory))
    }

    @Test(arguments: [
        ("not json", "not a parameters file"),
        (#"{"format":"factdrill-parameters","version":1,"parameters":[1,2],"reviews":1,"fitted":"2026-01-01T00:00:00Z","log_loss":0.3}"#, "needs 21 finite"),
        (#"{"format":"something-else","version":1,"parameters":[],"reviews":1,"fitted":"2026-01-01T00:00:00Z","log_loss":0.3}"#, "not a parameters file"),
    ])
    func refusesADamagedFileNamingIt(text: String, reason: String) throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(text.utf8).write(to: directory.appendingPathComponent("parameters.json"))
        #expect {
            try PersonalParameters.load(from: directory)
        } throws: { error in
            "\(error)".contains(directory.appendingPathComponent("parameters.json").path) && "\(error)".contains(reason)
        }
    }

    @Test func refusesANewerVersion() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = #"{"format":"factdrill-parameters","version":2,"parameters":[],"reviews":1,"fitted":"2026-01-01T00:00:00Z","log_loss":0.3}"#
        try Data(text.utf8).write(to: directory.appendingPathComponent("parameters.json"))
        #expect(throws: StudyError.newerProgressFormat(path: directory.appendingPathComponent("parameters.json").path, version: 2)) {
            try PersonalParameters.load(from: directory)
        }
    }

    @Test func clampsHandEditedValuesToFSRSBounds() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        var parameters = Scheduler.defaultParameters
        parameters[20] = 5
        try PersonalParameters(parameters: parameters, reviews: 1, fitted: Date(timeIntervalSince1970: 0), logLoss: 0).save(to: directory)
        #expect(try PersonalParameters.load(from: directory)?.parameters[20] == 0.8)
    }
}
