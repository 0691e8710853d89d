import Foundation
import Testing
@testable import QuizBank

@Suite struct GIFTTests {
    @Test func readsEachQuestionTypeFactDrillCanHold() throws {
        let text = """
            // a comment
            $CATEGORY: Grant

            ::Tomb::Who's buried in Grant's tomb?{~Grant ~Jefferson =no one#Right!}

            Grant is {~buried =entombed ~living} in Grant's tomb.

            Grant is buried in Grant's tomb.{FALSE#No one is.}

            Who's buried in Grant's tomb?{=no one =nobody}

            When was Ulysses S. Grant born?{#1822:1}

            Pi to three places?{#3.141..3.142}

            Which is escaped?{~ \\= 2 + 2 = \\{ braces \\}}

            Match these.{=a -> b =c -> d}
            """
        let (bank, skipped) = try GIFT.parse(text, path: "g.gift")
        #expect(bank.title == "Grant")
        #expect(bank.items.map(\.response) == [
            .multipleChoice(["Grant", "Jefferson", "no one"]), .multipleChoice(["buried", "entombed", "living"]), .trueFalse,
            .shortAnswer, .numeric(tolerance: 1), .numeric(tolerance: 0.0005), .multipleChoice(["= 2 + 2", "{ braces }"]),
        ])
        #expect(bank.items[0].id == "tomb")
        #expect(bank.items[0].explanation == "Right!")
        #expect(bank.items[1].prompt == "Grant is ____ in Grant's tomb.")
        #expect(bank.items[3].accept == ["nobody"])
        #expect(bank.items[5].answer == .number(3.1415))
        #expect(skipped == [GIFT.Skipped(line: 18, reason: "matching question (FactDrill has no matching items)")])
    }

    @Test func moodlesCourseplaceholderIsNeitherTitleNorTag() throws {
        let (bank, _) = try GIFT.parse("$CATEGORY: $course$/top/Default for History\n\nWho?{=a ~b}\n", path: "g.gift")
        #expect(bank.title == "Default for History")
        #expect(bank.items[0].tags == ["Default for History"])
        let (bare, _) = try GIFT.parse("$CATEGORY: $course$/top\n\nWho?{=a ~b}\n", path: "g.gift")
        #expect(bare.title == "g.gift")
        #expect(bare.items[0].tags.isEmpty)
    }

    @Test func aNumericRangeIsShownAsTheRange() throws {
        let (bank, _) = try GIFT.parse("When?{#1970..1979}\n\nPi?{#3.141..3.142}\n\nBorn?{#1822:1}\n", path: "g.gift")
        #expect(bank.items.map(\.displayedKey) == ["1970–1979", "3.141–3.142", "1,822"])
        let matcher = AnswerMatcher()
        #expect(matcher.verdict(for: "1975", against: bank.items[0]).isCorrect)
        #expect(!matcher.verdict(for: "1980", against: bank.items[0]).isCorrect)
        #expect(matcher.verdict(for: "1980", against: bank.items[0]).expected == "1970–1979")
    }

    @Test func feedbackOnWrongChoicesIsKept() throws {
        let (bank, _) = try GIFT.parse("Who is buried?{~Grant#No, he is entombed ~Jefferson =no one#Right! ####Trick question.}\n", path: "g.gift")
        #expect(bank.items[0].explanation == "Trick question. Right! If you answered “Grant”: No, he is entombed.")
        let (again, _) = try GIFT.parse(GIFT.encode(bank), path: "g.gift")
        #expect(again.items[0].explanation == bank.items[0].explanation)
    }

    @Test func anUnclosedBraceIsAnErrorAtItsPlace() {
        #expect(throws: QuizBankError.invalid(path: "g.gift", line: 3, column: 9, message: "'{' is never closed")) {
            try GIFT.parse("Fine?{T}\n\nBroken? {=a ~b\n\nNext?{F}\n", path: "g.gift")
        }
    }

    @Test func exportThenImportKeepsEveryField() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for name in ["fact-checking-habits.yaml", "news-ukraine-russia.json"] {
            let bank = try BankReader.read(path: root.appendingPathComponent("QuestionBanks/\(name)").path)
            let text = GIFT.encode(bank)
            let (again, skipped) = try GIFT.parse(text, path: "round.gift")
            #expect(skipped.isEmpty)
            #expect(again.items.count == bank.items.count)
            for (before, after) in zip(bank.items, again.items) {
                #expect(after == before, "\(before.id) changed in a GIFT round trip")
            }
        }
    }

    @Test func readsMoodlesOwnExamplesAndNamesWhatItSkips() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/eval/gift/moodle-examples.gift").path
        guard FileManager.default.fileExists(atPath: path) else { return }  // ../shared is optional
        let (bank, skipped) = try GIFT.parse(try String(contentsOfFile: path, encoding: .utf8), path: path)
        #expect(bank.items.count >= 30)
        #expect(skipped.count == 5)
        #expect(skipped.allSatisfy { $0.reason.contains("matching") || $0.reason.contains("multiple-answer") })
    }
}
