/// Who a quote is given to, the rule that found them, how the text names them, and how
/// often that rule is right in that situation. A quote whose confidence falls below
/// `AttributionConfidence.threshold` is published with no speaker: an item built on a
/// guess would teach a falsehood.
struct Attribution: Sendable, Equatable {
    var speaker: String
    var rule: AttributionRule
    var mention: SpeakerMention
    var confidence: Double = 0
    var features = AttributionSignals.none
}

/// The news-writing conventions a speaker is read from, in the order they are tried.
enum AttributionRule: String, Sendable, CaseIterable {
    /// `"PENCE: Well, …"`: a transcript's speaker label opens the quote.
    case transcriptLabel = "transcript-label"
    /// `"…," Smith said` / `"…," said Smith, a spokesman`: the speech verb follows the quote.
    case verbAfter = "verb-after"
    /// `Smith said: "…"` / `Smith told reporters that "…"`: the speech verb comes first.
    case verbBefore = "verb-before"
    /// `…, according to Smith.` / `According to Smith, "…"`.
    case accordingTo = "according-to"
    /// `… slammed Singh's comment that "…"`: a possessive and a noun of saying introduce it.
    case statementNoun = "statement-noun"
    /// `… was "severely reprimanded" by the FA`: the agent of a passive verb speaks.
    case passiveAgent = "passive-agent"
    /// `Kasich resisted: "…"`: a named subject's short clause ends on a colon before the quote.
    case colonIntroduction = "colon-introduction"
    /// `"…" ― Adriana Rodarte`: a name signed after a dash closes the quote's paragraph.
    case dashSignature = "dash-signature"
    /// A later quote of the same paragraph, with no attribution of its own: the speaker
    /// of the quote before it.
    case continued = "continued"
    /// A quote run straight into the next, which carries the attribution.
    case followingQuote = "following-quote"
    /// A paragraph that is only quote: the speaker quoted or reported last, one
    /// paragraph back at most.
    case quoteParagraph = "quote-paragraph"
}

/// How the attribution names its speaker, which decides how far it can be trusted.
enum SpeakerMention: String, Sendable {
    /// A person's name, expanded to the fullest form the article gives.
    case name
    /// He or she, resolved to the person last mentioned.
    case pronoun
    /// "the chancellor", resolved to the person the article introduced with that role.
    case role
    /// An unnamed source, kept as described: "a Pentagon official".
    case description
    /// "the Football Association", "the Kremlin".
    case organisation
    /// Carried over from an earlier quote's attribution.
    case carried
}

/// What a rule makes of a quote.
enum RuleOutcome {
    /// The convention is not used here: the next rule is tried.
    case notApplicable
    /// The convention is used and names this speaker.
    case speaker(String, SpeakerMention)
    /// The convention is used, but what it names is no speaker FactDrill can name
    /// ("the state's private school voucher program"): no later, weaker rule may guess.
    case unresolved
}
