import TextMachinery

extension Lexicon {
    /// Countries, US states and the capitals and cities news copy names most: a place
    /// "says" and "warns" in headlinese ("China says …"), which would otherwise make it a
    /// person that "he" or "she" can point back to. Lower-case, words joined by one space.
    /// Places that are also common first names or surnames (Jordan, Chad, Georgia, Houston,
    /// Paris, Holland, Wales…) are left out: "Jordan said" may be a person.
    static let placeNames: Set<String> = [
        // Countries and territories.
        "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
        "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin", "bhutan",
        "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burkina faso", "burundi", "cambodia", "cameroon",
        "canada", "chile", "china", "colombia", "comoros", "congo", "costa rica", "croatia", "cuba", "cyprus",
        "czechia", "czech republic", "denmark", "djibouti", "dominica", "ecuador", "egypt", "el salvador", "eritrea",
        "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "germany", "ghana",
        "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india",
        "indonesia", "iran", "iraq", "italy", "jamaica", "japan", "kazakhstan", "kenya",
        "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya",
        "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta",
        "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro", "morocco",
        "mozambique", "myanmar", "burma", "namibia", "nauru", "nepal", "netherlands", "new zealand", "nicaragua",
        "niger", "nigeria", "north korea", "south korea", "korea", "north macedonia", "macedonia", "norway", "oman",
        "pakistan", "palau", "palestine", "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland",
        "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "san marino", "saudi arabia", "senegal", "serbia",
        "seychelles", "sierra leone", "singapore", "slovakia", "slovenia", "somalia", "south africa", "south sudan",
        "spain", "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania",
        "thailand", "togo", "tonga", "tunisia", "turkey", "turkmenistan", "tuvalu", "uganda", "ukraine",
        "united arab emirates", "uae", "united kingdom", "uk", "britain", "great britain", "england", "scotland", 
        "northern ireland", "united states", "america", "uruguay", "uzbekistan", "vanuatu", "vatican", "venezuela",
        "vietnam", "yemen", "zambia", "zimbabwe", "gaza", "crimea", "tibet", "hong kong", "puerto rico", "greenland",
        // US states.
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
        "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "nebraska", "nevada",
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
        "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
        "vermont", "washington state", "west virginia", "wisconsin", "wyoming",
        // Capitals and cities that stand for their governments or are often in the news.
        "beijing", "moscow", "kyiv", "kiev", "tehran", "pyongyang", "seoul", "tokyo", "london", 
        "brussels", "rome", "madrid", "ankara", "cairo", "riyadh", "damascus", "baghdad", "kabul", "islamabad",
        "new delhi", "delhi", "jerusalem", "tel aviv", "caracas", "havana", "ottawa", "canberra", "taipei", "manila",
        "jakarta", "bangkok", "hanoi", "nairobi", "lagos", "abuja", "pretoria", "johannesburg", "istanbul", "dubai",
        "doha", "minsk", "warsaw", "vienna", "geneva", "stockholm", "oslo", "copenhagen", "helsinki", "athens",
        "lisbon", "dublin", "edinburgh", "amsterdam", "chicago", "los angeles", "san francisco", "boston", 
        "atlanta", "miami", "philadelphia", "detroit", "seattle", "las vegas",
        "new orleans", "manhattan", "wall street", "silicon valley", "hollywood", "westminster",
        "whitehall", "capitol hill", "downing street", "melbourne", "toronto", "montreal", "vancouver",
        "mumbai", "shanghai", "aleppo", "mosul", "kharkiv", "donetsk", "luhansk", "odesa", "odessa", "mariupol",
    ]

    /// The first word of every place name, so most capitalised runs are ruled out at once.
    static let placeFirstWords: Set<Word> = Set(placeNames.compactMap { $0.split(separator: " ").first.map { Word(String($0)) } })
}
