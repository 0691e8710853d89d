import Testing
@testable import QuizBank

/// Session 19's unseen round (sets 133–136): a false twin read "an $13.7-billion terminal",
/// which both readers struck as ill-formed and as giving the change away.
@Suite struct NumberArticleTests {
    @Test func theArticleFollowsTheNumberAsItIsRead() {
        #expect(NumberArticle.article(for: "$11.4-billion") == "an")
        #expect(NumberArticle.article(for: "$13.7-billion") == "a")
        #expect(NumberArticle.article(for: "8%") == "an")
        #expect(NumberArticle.article(for: "18") == "an")
        #expect(NumberArticle.article(for: "180") == "a")
        #expect(NumberArticle.article(for: "11,400") == "an")
        #expect(NumberArticle.article(for: "1,100") == "a")
        #expect(NumberArticle.article(for: "eight") == nil)
    }

    @Test func aChangedNumberChangesItsArticle() {
        #expect(NumberArticle.agreeing("It is an $13.7-billion terminal.", before: "$13.7-billion") == "It is a $13.7-billion terminal.")
        #expect(NumberArticle.agreeing("A 80-year-old man was hurt.", before: "80-year-old") == "An 80-year-old man was hurt.")
        #expect(NumberArticle.agreeing("It rose by a 5% margin.", before: "5%") == "It rose by a 5% margin.")
        // Only the article itself: "Banana 8" is no article.
        #expect(NumberArticle.agreeing("Banana 8 was sold.", before: "8") == "Banana 8 was sold.")
    }
}
