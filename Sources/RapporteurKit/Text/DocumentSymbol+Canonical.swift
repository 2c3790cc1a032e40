extension DocumentSymbol {
    /// A typed document symbol in its canonical form; a bad one is invalid input.
    static func canonical(typed text: String) throws -> String {
        try RapporteurError.parsing { try DocumentSymbol.parse(text) }.canonical
    }
}
