extension AgendaLabel {
    /// An agenda item's label as a user types it ("2", "2a", "2(a)"); a bad one is invalid input.
    static func typed(_ text: String) throws -> AgendaLabel {
        try RapporteurError.parsing { try AgendaLabel.parse(text) }
    }
}
