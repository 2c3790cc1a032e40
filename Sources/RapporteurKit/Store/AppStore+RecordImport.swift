import GRDB

extension AppStore {
    /// Stores record files: each meeting is added, or its record replaced when it
    /// exists (importing a file again updates, it does not duplicate). All or
    /// nothing: any error rolls everything back and comes out as diagnostics.
    /// A dry run checks everything and writes nothing.
    @discardableResult
    public func importRecords(_ files: [(file: String, record: RecordFile)], dryRun: Bool = false) throws -> ImportReport {
        let stamp = audit.now
        var result: Result<ImportReport, Error> = .success(ImportReport())
        try writer.writeWithoutTransaction { db in
            try db.inTransaction {
                let importer = RecordImporter(db: db, user: audit.user, stamp: stamp)
                do {
                    try importer.importRecords(files)
                } catch let error as DatabaseError {
                    result = .failure(RapporteurError.failure("the database refused the import: \(error.message ?? error.description)"))
                    return .rollback
                }
                if importer.diagnostics.contains(where: { $0.severity == .error }) {
                    result = .failure(ImportFailure(importer.diagnostics))
                    return .rollback
                }
                result = .success(importer.report)
                return dryRun ? .rollback : .commit
            }
        }
        return try result.get()
    }
}
