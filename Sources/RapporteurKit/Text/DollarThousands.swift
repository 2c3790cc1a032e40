/// The tracker's way of writing amounts in US$ thousands.
public enum DollarThousands {
    /// "$1,085K".
    public static func written(_ value: Int) -> String {
        "$\(CardinalWords.withThousandsSeparators(value))K"
    }
}
