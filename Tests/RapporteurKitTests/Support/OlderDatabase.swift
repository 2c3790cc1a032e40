import GRDB

@testable import RapporteurKit

/// A database migrated up to an older migration, holding the PBA (body 1) with PBA-56
/// (meeting 1, 16 October 2024) and the Board (body 2) with EB-2024-2 (meeting 2, 4 to 6
/// December 2024), for the tests of the migrations that come after.
func olderDatabaseWithTwoMeetings(upTo migration: String) throws -> DatabaseQueue {
    let queue = try DatabaseQueue()
    try AppStore.migrator.migrate(queue, upTo: migration)
    try queue.write { db in
        try db.execute(
            sql: """
                INSERT INTO body (id, code, name, shortName, meetingNumbering, meetingNoun, ordinalStyle, timeStyle,
                                  timeZoneLabel, timeZoneName, attributionStyle, secretariatWord, documentLeadDays,
                                  symbolPrefix, createdBy, createdAt)
                VALUES (1, 'PBA', 'Working group', 'the working group', 'number', 'meeting', 'words', 'twentyFourHour',
                        'EAT', 'East Africa Time', 'anonymous', 'Secretariat', 7, 'HSP/EB', 't', 't'),
                       (2, 'EB', 'Executive Board', 'the Board', 'yearSession', 'session', 'words', 'twentyFourHour',
                        'EAT', 'East Africa Time', 'anonymous', 'Secretariat', 42, 'HSP/EB', 't', 't');
                INSERT INTO meeting (id, bodyId, handle, number, session, year, startDate, endDate, timeZoneLabel,
                                     timeZoneName, createdBy, createdAt)
                VALUES (1, 1, 'PBA-56', 56, NULL, NULL, '2024-10-16', '2024-10-16', 'EAT', 'East Africa Time', 't', 't'),
                       (2, 2, 'EB-2024-2', NULL, 2, 2024, '2024-12-04', '2024-12-06', 'EAT', 'East Africa Time', 't', 't');
                """)
    }
    return queue
}
