/// How a State's UN short name reads inside a sentence: "the Netherlands (Kingdom of
/// the)", "the United Republic of Tanzania", but "France" and "Türkiye".
public enum StateNaming {
    /// Short names that take "the" in running text: plurals, and names that are a
    /// description ("Republic of …", "United …") rather than a proper name.
    static let startsThatTakeThe = [
        "Republic of", "Democratic", "United", "Russian", "Syrian", "Lao", "State of", "Holy See",
        "Central African", "Dominican Republic", "Czech Republic", "Islamic Republic",
    ]
    static let namesThatTakeThe: Set<String> = [
        "Bahamas", "Comoros", "Congo", "Gambia", "Maldives", "Marshall Islands", "Netherlands (Kingdom of the)",
        "Niger", "Philippines", "Solomon Islands", "Sudan",
    ]

    /// The name as it follows "of" or "from": "the Philippines", "France".
    public static func inProse(_ shortName: String) -> String {
        if namesThatTakeThe.contains(shortName) || startsThatTakeThe.contains(where: { shortName.hasPrefix($0) }) {
            return "the " + shortName
        }
        return shortName
    }

    /// Names joined as UN prose lists them: "France", "France and Kenya", "Brazil, China and India".
    public static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }
}
