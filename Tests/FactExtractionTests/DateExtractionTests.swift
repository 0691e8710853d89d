import Testing
@testable import FactExtraction
import TextMachinery

@Suite struct DateExtractionTests {
    /// Published on Thursday 28 August 2014.
    static let published = "2014-08-28"

    static let cases: [(String, [String], [String?])] = [
        ("Tanks rolled in on Thursday.", ["Thursday"], ["2014-08-28"]),
        ("The leaders met on Tuesday.", ["Tuesday"], ["2014-08-26"]),
        ("A jet was shot down last month.", ["last month"], ["2014-07"]),
        ("Crimea was annexed in March.", ["March"], ["2014-03"]),
        ("Fighting started in late May.", ["late May"], ["2014-05"]),
        ("The invasion began in February 2022.", ["February 2022"], ["2022-02"]),
        ("Districts declared independence this past April.", ["this past April"], ["2014-04"]),
        ("Trenches were dug a day earlier.", ["a day earlier"], [nil]),
        ("Shelling began at 11 a.m. on Wednesday afternoon.", ["11 a.m.", "Wednesday afternoon"], [nil, "2014-08-27"]),
        ("Eleven people died during the night.", ["during the night"], ["2014-08-27"]),
        ("Today the president is in Kiev.", ["Today"], ["2014-08-28"]),
        ("They married two years ago.", ["two years ago"], [nil]),
        ("Sales were up on the same time last year.", ["the same time last year"], ["2013"]),
        ("Shops stay open until Christmas.", ["Christmas"], [nil]),
        // Wire style abbreviates months with a period.
        ("Workers were told they would be laid off Dec. 9, according to a union.", ["Dec. 9"], ["2014-12-09"]),
        // American dates keep their year: read without it, the day fell in the year of publication.
        ("The firm gave $5,000 on June 27, 2012, records show.", ["June 27, 2012"], ["2012-06-27"]),
        ("The hearing was held on Oct. 22, 2015.", ["Oct. 22, 2015"], ["2015-10-22"]),
        ("Both met on June 27, and again in July.", ["June 27", "July"], ["2014-06-27", "2014-07"]),
        // A story told in another year: a day without its year is not read in the year of publication.
        ("The first call came on March 2, 2012. On March 25, the staff met again.", ["March 2, 2012", "March 25"], ["2012-03-02", nil]),
        // Session 8: relative anchors of other outlets' copy.
        ("He was sacked last night after a long run.", ["last night"], ["2014-08-27"]),
        ("Police arrived around midnight. Later that evening, he spoke.", ["midnight", "Later that evening"], [nil, nil]),
        ("Sales rose from the previous year and will hold for the remainder of the year.", ["the previous year", "the remainder of the year"], [nil, nil]),
        ("Plague has struck since the 1300s.", ["the 1300s"], [nil]),
        ("He left six months after he signed a new deal.", ["six months after"], [nil]),
        ("The group announced over the weekend that it had a deal.", ["the weekend"], [nil]),
        // Session 24 (set 218, "On ____–6"): a range of days is one date, and a small word
        // after the day leaves it a date ("on July 3 in Paris" had given "July").
        ("On April 5\u{2013}6, heavy rain caused a dam to collapse.", ["April 5\u{2013}6"], ["2014-04-05"]),
        ("The storm hit on Oct. 29-30, 2012 in New Jersey.", ["Oct. 29-30, 2012"], ["2012-10-29"]),
        ("The festival runs from July 3 to 6 in Oslo.", ["July 3 to 6"], ["2014-07-03"]),
        ("He died on July 3 in Paris.", ["July 3"], ["2014-07-03"]),
        ("In January 25 people died.", ["January"], ["2014-01"]),
        // The review of this change: a count after the month is no day.
        ("In August 20 per cent of voters backed the party.", ["August"], ["2014-08"]),
        ("In January 12 of the 40 councillors defected.", ["January"], ["2014-01"]),
        // Not dates: vague expressions and names with time words.
        ("Prices rose recently and in recent weeks.", [], []),
        ("The Sunday Times reported the Act 1999 changes.", [], []),
        ("Christmas sales were weak.", [], []),
    ]

    @Test(arguments: cases)
    func dates(sentence: String, texts: [String], resolved: [String?]) {
        let dates = extract(sentence, published: Self.published).dates
        #expect(dates.map(\.text) == texts)
        #expect(dates.map(\.resolved) == resolved)
    }

    @Test func withoutAPublicationDateRelativeDatesStayRelative() {
        let dates = extract("Tanks rolled in on Thursday.").dates
        #expect(dates.map(\.text) == ["Thursday"])
        #expect(dates.first?.resolved == nil)
    }

    /// The matcher tests holidays and relative days with switches; the word lists stay
    /// the reference (they also say which words open a date).
    @Test func switchesAgreeWithTheirWordLists() {
        for word in DatePatterns.holidays { #expect(DatePatterns.isHoliday(word), "\(word)") }
        for (word, shift) in DatePatterns.relativeDays { #expect(DatePatterns.relativeDay(word) == shift, "\(word)") }
        #expect(!DatePatterns.isHoliday("monday"))
        #expect(DatePatterns.relativeDay("monday") == nil)
    }
}
