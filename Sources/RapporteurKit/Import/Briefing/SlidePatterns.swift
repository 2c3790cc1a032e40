/// The patterns the reader of a briefing taken from slides matches, each compiled once.
enum SlidePatterns {
    /// A resolution's heading, repeated on each of its slides, and an entry of the index:
    /// "HSP/HA.2/RES.1 – International guidelines …", "HSP/HA.2/RES.2 -Accelerating …",
    /// "HSP/HA.2/RES. 6 - Localization …".
    static let heading = TextPattern(
        #"^\s*HSP\s*/\s*HA\s*\.\s*([0-9]{1,3})\s*/\s*RES\s*\.\s*([0-9]{1,3})\s*[-–—]\s*(\S.*?)\s*$"#, anyCase: true)
    /// "Implementation Roadmap", "Implementation Roadmap: Adequate Housing for All Platform".
    static let roadmapTitle = TextPattern(#"^implementation\s+road\s?map\s*(?::\s*(.*?))?\s*$"#, anyCase: true)
    static let fundraisingTitle = TextPattern(#"^fundraising\s+strategy\s*:?$"#, anyCase: true)
    static let summaryTitle = TextPattern(
        #"^(?:PBI|programme\s+budget\s+implications?)\s+summary\s*:?$"#, anyCase: true)
    /// The title of the index of the resolutions the briefing covers.
    static let indexTitle = TextPattern(#"^resolutions\s*:?$"#, anyCase: true)
    /// A bullet at the margin: "- Calls (experts …)".
    static let bullet = TextPattern(#"^[-–•*]\s+(\S.*)$"#)
    /// A bullet indented under the one above: " - o Emphasizing …", " - 1. Assessment …".
    static let subBullet = TextPattern(#"^\s+[-–•*]\s+(\S.*)$"#)
    /// A number or a glyph that starts a bullet's text: "1) ", "1. ", "o ".
    static let itemMark = TextPattern(#"^(?:\(?[0-9]{1,2}[.)]|[o•▪◦·])\s+"#)
    /// "Done ✓: Set up …".
    static let status = TextPattern(#"^(done|completed)\s*[✓✔]?\s*:\s+(\S.*)$"#, anyCase: true)
    /// "Continuous: Creation of …": a step listed under a recurring period of its own.
    static let recurringGroup = TextPattern(#"^(continuous|ongoing)\s*:\s+(\S.*)$"#, anyCase: true)
    /// "Grand Total: $3,686,949".
    static let grandTotal = TextPattern(#"^grand\s+total\s*:?\s*(.*?)\s*$"#, anyCase: true)
    /// "- $1,730,390": a dash that belongs to the empty cell before it.
    static let slidDash = TextPattern(#"^[-–—]\s+(\$?\s*[0-9].*)$"#)
    /// A web address alone on a line: "www.unhabitat.org", "unhabitat.org".
    static let webAddress = TextPattern(
        #"^(?:https?://|www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|net|int)(?:/\S*)?$"#, anyCase: true)
}
