import GRDB
import Testing

@testable import RapporteurKit

/// The lookups that live with their record types: a request narrowed by a column, and
/// the finder built on it that reads a handle or code as users type it.
@Suite struct RecordRequestTests {
    @Test func aMeetingRequestFiltersOnTheStoredHandleOnly() throws {
        let store = try referenceStore()
        let planned = try planPBA56(in: store)
        let (exact, typedAsIs, found) = try store.read { db in
            (
                try Meeting.all().filter(handle: "PBA-56").fetchOne(db)?.id,
                try Meeting.all().filter(handle: "pba 56").fetchCount(db),
                try Meeting.find(db, handle: "pba 56").id
            )
        }
        #expect(exact == planned.id)
        // The request compares the stored text; folding what users type is `find`'s work.
        #expect(typedAsIs == 0)
        #expect(found == planned.id)
    }

    @Test func aBodyIsFoundByItsCodeInAnyCase() throws {
        let store = try referenceStore()
        let (byCode, found) = try store.read { db in
            (try Body.all().filter(code: "PBA").fetchCount(db), try Body.find(db, code: " oewg-h ").code)
        }
        #expect(byCode == 1)
        #expect(found == "OEWG-H")
    }
}
