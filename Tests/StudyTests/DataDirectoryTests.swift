import Foundation
import Testing
@testable import Study

@Suite struct DataDirectoryTests {
    @Test func overrideWins() throws {
        let url = try DataDirectory.resolve(override: "/tmp/p", environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"])
        #expect(url.path == "/tmp/p")
    }

    @Test func xdgDataHomeThenHome() throws {
        #expect(try DataDirectory.resolve(override: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]).path == "/x/factdrill")
        #expect(try DataDirectory.resolve(override: nil, environment: ["HOME": "/h"]).path == "/h/.local/share/factdrill")
    }

    @Test func relativeXDGIsIgnoredAsTheSpecSays() throws {
        #expect(try DataDirectory.resolve(override: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]).path == "/h/.local/share/factdrill")
    }

    @Test func nothingSetIsAnError() {
        #expect(throws: StudyError.noDataDirectory) {
            try DataDirectory.resolve(override: nil, environment: [:])
        }
    }
}
