extension ReferenceScanner {
    /// What a phrase cites.
    enum Reference {
        case resolution(ResolutionKey)
        case decision(DecisionKey)
        case document(DocumentSymbol)
        case paragraph(OperativeParagraph)
    }
}
