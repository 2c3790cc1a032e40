import Foundation

/// Reads a stated contribution: "a voluntary contribution of more than 300,000 Euros",
/// "pledged US$ 1.5 million", "EUR 50,000".
enum SummaryPledgeReader {
    struct Pledge: Equatable {
        /// Digits only: "300000".
        var amount: String
        var currency: String
        /// The amount as written: "300,000 Euros".
        var written: String
    }

    static let currencyAfter =
        #"(US dollars|United States dollars|dollars|euros?|EUR|USD|Swiss francs|CHF|pounds sterling|GBP|Kenyan shillings|KES)"#
    static let currencyBefore = #"(US\$|USD|EUR|€|\$|£|GBP|CHF|KES|KSh)"#
    static let number = #"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?)(?:\s*(million|billion|thousand))?"#

    static let pledgeWords = TextPattern(#"\b(?:contribut|pledg|donat|fund|grant|financ)\w*"#, anyCase: true)
    /// "US$ 300,000", "€2 million".
    static let amountAfterCurrency = TextPattern(currencyBefore + #"\s?"# + number)
    /// "300,000 Euros", "2 million US dollars"; from the start of a figure only: tried inside
    /// a long run of digits, the figure pattern would read the run again from each of them.
    static let amountBeforeCurrency = TextPattern(#"\b"# + number + #"\s*"# + currencyAfter + #"\b"#, anyCase: true)

    static func read(_ text: String) -> Pledge? {
        guard pledgeWords.matches(text) else { return nil }
        if let match = amountAfterCurrency.firstMatch(in: text),
            let amount = normalised(match.group(2), scale: match.group(3))
        {
            return Pledge(amount: amount, currency: code(match.group(1) ?? ""), written: match.text)
        }
        // From the start of a figure only: tried inside a long run of digits, the figure
        // pattern would read the run again from each of them.
        if let match = amountBeforeCurrency.firstMatch(in: text),
            let amount = normalised(match.group(1), scale: match.group(2))
        {
            return Pledge(amount: amount, currency: code(match.group(3) ?? ""), written: match.text)
        }
        return nil
    }

    static func code(_ written: String) -> String {
        switch written.lowercased() {
        case "euro", "euros", "eur", "€": return "EUR"
        case "us$", "usd", "$", "dollars", "us dollars", "united states dollars": return "USD"
        case "£", "gbp", "pounds sterling": return "GBP"
        case "chf", "swiss francs": return "CHF"
        case "kes", "ksh", "kenyan shillings": return "KES"
        default: return written.uppercased()
        }
    }

    /// "300,000" -> "300000"; "1.5" and "million" -> "1500000".
    static func normalised(_ figures: String?, scale: String?) -> String? {
        guard let figures, var value = Decimal(string: figures.replacingOccurrences(of: ",", with: "")) else {
            return nil
        }
        switch scale?.lowercased() {
        case "thousand": value *= 1_000
        case "million": value *= 1_000_000
        case "billion": value *= 1_000_000_000
        default: break
        }
        return NSDecimalNumber(decimal: value).stringValue
    }
}
