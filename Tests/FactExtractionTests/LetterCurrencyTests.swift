import Testing
@testable import FactExtraction

/// Amounts after a currency's letters, as African and Asian outlets write money: split at
/// the decimal point, "R2.8 trillion" was read as "8 trillion", a figure the article never gave.
@Suite struct LetterCurrencyTests {
    private func figures(_ sentence: String) -> [(text: String, value: Double?)] {
        extract(sentence).figures.map { figure in
            guard case .number(let value)? = figure.value else { return (figure.text, nil) }
            return (figure.text, value)
        }
    }

    @Test func aDecimalAmountAfterACurrencyLetterIsOneFigure() throws {
        let found = figures("The 2023 power cuts cost the economy an estimated R2.8 trillion, the council said.")
        let rand = try #require(found.first { $0.text.contains("trillion") })
        #expect(rand.text == "R2.8 trillion")
        #expect(rand.value == 2.8e12)
        #expect(!found.contains { $0.text == "8 trillion" })
    }

    @Test func nairaAndPesosKeepTheirWholeAmount() {
        let found = figures("Lagos spent N2.5 billion on the road, and Manila set aside P1.2 billion for repairs.")
        #expect(found.contains { $0.text == "N2.5 billion" && $0.value == 2.5e9 })
        #expect(found.contains { $0.text == "P1.2 billion" && $0.value == 1.2e9 })
        #expect(!found.contains { $0.text == "5 billion" || $0.text == "2 billion" })
    }

    @Test func currencyLettersApartFromTheAmount() {
        let found = figures("The state paid Rs 500 crore, then Rs.200 crore, and Nairobi budgeted KSh 3 billion and Sh50,000 in fees.")
        #expect(found.contains { $0.text == "Rs 500 crore" })
        #expect(found.contains { $0.text == "Rs.200 crore" })
        #expect(found.contains { $0.text == "KSh 3 billion" && $0.value == 3e9 })
        #expect(found.contains { $0.text == "Sh50,000" && $0.value == 50_000 })
    }

    @Test func lettersAndDigitsThatAreNoMoneyStayNoFigure() {
        // A mask, a road and a grade: a glued amount is money only with a point, a thousands
        // comma or a scale after it.
        let found = figures("Nurses wore N95 masks on the R12 near the P5 classrooms.")
        #expect(!found.contains { $0.text.hasPrefix("N95") || $0.text.hasPrefix("R12") || $0.text.hasPrefix("P5") })
    }
}
