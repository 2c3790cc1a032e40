import GRDB

extension Document {
    /// The columns the requests below filter on, as GRDB's query interface names them.
    public enum Columns {
        public static let symbol = Column("symbol")
    }

    /// The document with this symbol, recorded on first use.
    static func findOrInsert(_ db: Database, typed text: String, user: String, stamp: String) throws -> Document {
        let symbol = try DocumentSymbol.canonical(typed: text)
        if let existing = try Document.all().filter(symbol: symbol).fetchOne(db) {
            return existing
        }
        var document = Document(id: nil, symbol: symbol, title: nil, createdBy: user, createdAt: stamp)
        try document.insert(db)
        return document
    }
}

extension DerivableRequest<Document> {
    /// The document with this symbol, in its canonical form ("HSP/EB.2024/3").
    func filter(symbol: String) -> Self {
        filter(Document.Columns.symbol == symbol)
    }
}
