import TextMachinery

extension Lexicon {
    /// Common first names that are nearly always one gender, so "she said" after "Hillary
    /// Clinton and Donald Trump" can find its speaker when the article gives no "Mrs." or
    /// "her". Names used for both (Jordan, Taylor, Alex, Kim…) are left out.
    static let femaleFirstNames: Set<Word> = [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
        "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol",
        "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley",
        "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra",
        "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce",
        "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea",
        "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice", "jean",
        "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
        "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose",
        "alexis", "kayla", "hillary", "melania", "ivanka", "michele", "nikki", "sheryl", "elaine", "nancy", "kamala",
        "elizabeth", "kirsten", "dianne", "claire", "susana", "kellyanne", "huma", "chelsea", "sonia", "ruth", "condoleezza",
        "madeleine", "sally", "theresa", "angela", "nicola", "priti", "liz", "yvette", "harriet", "diane", "jacinda",
        "ursula", "christine", "marine", "giorgia", "tulsi", "carly", "sarah", "ilhan", "alexandria", "rashida", "ayanna",
        "katie", "kate", "jane", "anne", "lucy", "sophie", "ella", "chloe", "zoe", "megyn", "oprah",
        "beyonce", "gretchen", "tammy", "debbie", "joni", "shelley", "marsha", "cindy", "barbra", "meryl",
    ]

    static let maleFirstNames: Set<Word> = [
        "abdul", "abdel",
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher",
        "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin",
        "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric",
        "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "frank", "alexander",
        "raymond", "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas",
        "zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah",
        "gerald", "carl", "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe",
        "billy", "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy",
        "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny", "barack", "bernie", "bill",
        "mike", "ted", "marco", "jeb", "ben", "chris", "rand", "tim", "newt", "rudy", "reince", "mitch", "chuck", "harry",
        "vladimir", "xi", "boris", "emmanuel", "justin", "benjamin", "recep", "narendra", "jair", "volodymyr",
        "rishi", "keir", "jeremy", "nigel", "jim", "tom", "bob", "steve", "dave", "rick", "jon", "josh", "matt", "nick",
        "greg", "jeff", "ken", "ron", "doug", "hank", "elon", "jeff", "mark", "hunter", "beto", "pete", "cory", "kevin",
        "mitt", "reid", "orrin", "lamar", "rob", "rex", "sergei", "dmitry", "gordon", "tony", "ed", "ted",
        "martin", "hugh", "ian", "neil", "graham", "oliver", "harry", "charlie", "george", "alfie", "leo", "oscar",
        "ahmed", "mohammed", "muhammad", "ali", "omar", "hassan", "abdullah", "ibrahim", "yusuf", "mahmoud",
    ]
}

/// Whether a word is a common given name, for code outside extraction that must tell a
/// name's first word from a word before it ("Anna Maria Lopez" against "Developer Marcus
/// Lyle"). Names the lists leave out answer false: the caller treats that as unknown.
public enum GivenNames {
    public static func contains(_ word: String) -> Bool {
        let lowered = Word(ByteText.lowercased(word))
        return Lexicon.femaleFirstNames.contains(lowered) || Lexicon.maleFirstNames.contains(lowered)
    }
}
