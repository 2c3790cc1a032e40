import Foundation
import GRDB

extension AppStore {
    /// Loads the reference world embedded from `Schema/reference/`: bodies, States and
    /// their aliases, groups, and the Assembly's resolutions. Safe to run again: it adds
    /// what is missing, refreshes State facts, and never overwrites body settings or
    /// anything the secretariat entered.
    @discardableResult
    public func loadReferenceWorld() throws -> ReferenceSummary {
        let bodies = try BodySpec.embedded()
        let states = try ReferenceTable.embedded("states.tsv")
        let aliases = try ReferenceTable.embedded("state-aliases.tsv")
        let groups = try ReferenceTable.embedded("groups.tsv")
        let resolutions = try ReferenceTable.embedded("resolutions.tsv")
        let stamp = audit.now
        return try write { db in
            var added = 0
            added += try loadBodies(bodies, db: db, stamp: stamp)
            added += try loadStates(states, db: db)
            added += try loadAliases(aliases, db: db)
            added += try loadGroups(groups, db: db)
            added += try loadResolutions(resolutions, db: db, stamp: stamp)
            return ReferenceSummary(
                bodies: try Body.fetchCount(db),
                states: try MemberState.fetchCount(db),
                memberStates: try MemberState.filter(Column("status") == "member").fetchCount(db),
                observerStates: try MemberState.filter(Column("status") == "observer").fetchCount(db),
                groups: try StateGroup.fetchCount(db),
                resolutions: try Resolution.fetchCount(db),
                added: added)
        }
    }

    private func loadBodies(_ specs: [BodySpec], db: Database, stamp: String) throws -> Int {
        var added = 0
        for spec in specs where try Body.filter(Column("code") == spec.code).fetchCount(db) == 0 {
            let parentId = try spec.parent.flatMap { code in
                try Body.filter(Column("code") == code).fetchOne(db)?.id
            }
            var body = Body(
                id: nil, code: spec.code, name: spec.name, shortName: spec.shortName, parentBodyId: parentId,
                establishedBy: spec.establishedBy, meetingNumbering: spec.meetingNumbering,
                meetingNoun: spec.meetingNoun, ordinalStyle: spec.ordinalStyle, timeStyle: spec.timeStyle,
                timeZoneLabel: spec.timeZoneLabel, timeZoneName: spec.timeZoneName,
                attributionStyle: spec.attributionStyle, secretariatWord: spec.secretariatWord,
                documentLeadDays: spec.documentLeadDays, symbolPrefix: spec.symbolPrefix)
            body.stampInsert(by: audit.user, at: stamp)
            try body.insert(db)
            let placed =
                spec.opening.map { (StandardAgendaItem.Placement.opening, $0) }
                + spec.closing.map { (StandardAgendaItem.Placement.closing, $0) }
            for (sequence, entry) in placed.enumerated() {
                var item = StandardAgendaItem(
                    id: nil, bodyId: body.id!, placement: entry.0, sequence: sequence + 1,
                    depth: entry.1.depth ?? 0, title: entry.1.title)
                try item.insert(db)
            }
            added += 1
        }
        return added
    }

    private func loadStates(_ table: ReferenceTable, db: Database) throws -> Int {
        var added = 0
        for row in table.rows {
            let status = MemberState.Status(rawValue: try row.require("status", file: table.file))
            guard let status else {
                throw RapporteurError.failure("\(table.file):\(row.line): error: status must be member or observer")
            }
            var state = MemberState(
                id: nil, iso3: try row.require("iso3", file: table.file), m49: try row.require("m49", file: table.file),
                name: try row.require("name", file: table.file), formalName: row.optional("formalName"),
                regionalGroup: row.optional("regionalGroup"), status: status)
            if let existing = try MemberState.filter(Column("iso3") == state.iso3).fetchOne(db) {
                state.id = existing.id
                if state != existing { try state.update(db) }
            } else {
                try state.insert(db)
                added += 1
            }
        }
        return added
    }

    private func loadAliases(_ table: ReferenceTable, db: Database) throws -> Int {
        var added = 0
        for row in table.rows {
            let iso3 = try row.require("iso3", file: table.file)
            let alias = try row.require("alias", file: table.file)
            guard let state = try MemberState.filter(Column("iso3") == iso3).fetchOne(db) else {
                throw RapporteurError.failure("\(table.file):\(row.line): error: no State with ISO3 code \(iso3)")
            }
            let key = NameMatching.key(alias)
            if try StateAlias.filter(Column("matchKey") == key).fetchCount(db) == 0 {
                var record = StateAlias(id: nil, stateId: state.id!, alias: alias, matchKey: key)
                try record.insert(db)
                added += 1
            }
        }
        return added
    }

    private func loadGroups(_ table: ReferenceTable, db: Database) throws -> Int {
        var added = 0
        for row in table.rows {
            let code = try row.require("code", file: table.file)
            if try StateGroup.filter(Column("code") == code).fetchCount(db) == 0 {
                var group = StateGroup(
                    id: nil, code: code, name: try row.require("name", file: table.file),
                    aliases: row.optional("aliases") ?? "")
                try group.insert(db)
                added += 1
            }
        }
        return added
    }

    private func loadResolutions(_ table: ReferenceTable, db: Database, stamp: String) throws -> Int {
        guard let assembly = try Body.filter(Column("code") == "HA").fetchOne(db) else {
            throw RapporteurError.failure("Schema/reference/bodies.json: error: the Assembly (HA) is missing")
        }
        var added = 0
        for row in table.rows {
            guard let session = Int(try row.require("session", file: table.file)),
                let number = Int(try row.require("number", file: table.file))
            else {
                throw RapporteurError.failure(
                    "\(table.file):\(row.line): error: session and number must be whole numbers")
            }
            let key = ResolutionKey(session: session, number: number)
            if try Resolution.filter(Column("symbol") == key.symbol).fetchCount(db) == 0 {
                var resolution = Resolution(
                    id: nil, bodyId: assembly.id!, session: session, number: number,
                    title: try row.require("title", file: table.file), symbol: key.symbol,
                    adoptedOn: row.optional("adoptedOn"), createdBy: audit.user, createdAt: stamp)
                try resolution.insert(db)
                added += 1
            }
        }
        return added
    }
}
