import GRDB

// The rows an import writes by the thousand, inserted with statements prepared once
// per import and values bound one by one (`execute(binding:)`). GRDB's record `insert`
// encodes every record through Codable and builds its statement anew each time; on a
// large corpus that was a quarter of the import's work. The columns are the
// records' own, so the rows are the same; their texts get the check `StoredText`
// gives every record (field by field: encoding the record to check it would undo the gain),
// and the check of their audit stamp that GRDB's insert makes (`AuditedRecord.willInsert`).
extension RecordImporter {
    func insert(_ row: inout Intervention) throws {
        try StoredText.check(row.text, field: "intervention.text")
        try row.pledgeAmount.map { try StoredText.check($0, field: "intervention.pledgeAmount") }
        try row.pledgeCurrency.map { try StoredText.check($0, field: "intervention.pledgeCurrency") }
        try row.willInsert(db)
        try db.cachedStatement(
            sql: """
                INSERT INTO intervention (meetingId, agendaItemId, sequence, kind, text, named, pledgeAmount, pledgeCurrency,
                                          sourceParagraph, recordKey, day, createdBy, createdAt, updatedBy, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            binding:
                row.meetingId, row.agendaItemId, row.sequence, row.kind.rawValue, row.text, row.named, row.pledgeAmount,
            row.pledgeCurrency, row.sourceParagraph, row.recordKey, row.day, row.createdBy, row.createdAt,
            row.updatedBy,
            row.updatedAt)
        row.id = db.lastInsertedRowID
    }

    func insert(_ row: inout Ask) throws {
        try StoredText.check(row.text, field: "ask.text")
        try row.statusNote.map { try StoredText.check($0, field: "ask.statusNote") }
        try row.willInsert(db)
        try db.cachedStatement(
            sql: """
                INSERT INTO ask (interventionId, position, text, status, supersededById, statusNote, recordKey,
                                 createdBy, createdAt, updatedBy, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            binding:
                row.interventionId, row.position, row.text, row.status.rawValue, row.supersededById, row.statusNote,
            row.recordKey, row.createdBy, row.createdAt, row.updatedBy, row.updatedAt)
        row.id = db.lastInsertedRowID
    }

    func insert(_ row: inout Response) throws {
        try StoredText.check(row.text, field: "response.text")
        try row.unit.map { try StoredText.check($0, field: "response.unit") }
        try row.willInsert(db)
        try db.cachedStatement(
            sql: """
                INSERT INTO response (meetingId, agendaItemId, sequence, unit, text, sourceParagraph, recordKey, day,
                                      createdBy, createdAt, updatedBy, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            binding:
                row.meetingId, row.agendaItemId, row.sequence, row.unit, row.text, row.sourceParagraph, row.recordKey,
            row.day, row.createdBy, row.createdAt, row.updatedBy, row.updatedAt)
        row.id = db.lastInsertedRowID
    }

    func insert(_ row: inout RecordReference) throws {
        try StoredText.check(row.paragraph, field: "recordReference.paragraph")
        try db.cachedStatement(
            sql: """
                INSERT INTO recordReference (interventionId, responseId, commitmentId, resolutionId, decisionId, documentId,
                                             paragraph, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            binding:
                row.interventionId, row.responseId, row.commitmentId, row.resolutionId, row.decisionId, row.documentId,
            row.paragraph, row.source.rawValue)
        row.id = db.lastInsertedRowID
    }
}
