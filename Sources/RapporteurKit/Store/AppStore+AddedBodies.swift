import GRDB

/// Bodies the secretariat adds and removes; the shipped ones come from `init`.
extension AppStore {
    /// The codes of the bodies `Schema/reference/bodies.json` ships, which `init` restores.
    public static var shippedBodyCodes: Set<String> {
        Set(BodyDirectory.reference.entries.map(\.identity.code))
    }

    /// Adds a body, in one transaction; returns it as saved.
    @discardableResult
    public func addBody(_ new: NewBody) throws -> Body {
        let stamp = audit.now
        return try write { db in try Self.insertBody(new, user: audit.user, stamp: stamp, db: db) }
    }

    /// Removes an added body that no meeting, resolution, decision, due commitment or other
    /// body refers to. A shipped body is never removed: `init` would restore it.
    @discardableResult
    public func removeBody(_ code: String) throws -> Body {
        try write { db in
            let body = try Body.find(db, code: code)
            guard !Self.shippedBodyCodes.contains(body.code) else {
                let shipped = "\(body.code) is one of the shipped bodies, which loading the reference data restores"
                throw RapporteurError.failure(
                    "\(shipped), so it cannot be removed; \(step: .changeBodySettings(body.code))")
            }
            let uses: [(String, String)] = [
                ("meeting", "SELECT COUNT(*) FROM meeting WHERE bodyId = ?"),
                ("resolution", "SELECT COUNT(*) FROM resolution WHERE bodyId = ?"),
                ("decision", "SELECT COUNT(*) FROM decision WHERE bodyId = ?"),
                ("commitment due at its meetings", "SELECT COUNT(*) FROM commitment WHERE dueBodyId = ?"),
                ("body part of it", "SELECT COUNT(*) FROM body WHERE parentBodyId = ?"),
            ]
            var found: [String] = []
            var hasMeetings = false
            for (noun, sql) in uses {
                let count = try Int.fetchOne(db, sql: sql, arguments: [body.id])!
                guard count > 0 else { continue }
                found.append("\(count) \(Self.plural(noun, count))")
                if noun == "meeting" { hasMeetings = true }
            }
            guard found.isEmpty else {
                let uses = found.joined(separator: ", ")
                if hasMeetings {
                    throw RapporteurError.failure(
                        "\(body.code) has \(uses), so it cannot be removed; \(step: .removeMeetingsFirst)")
                }
                throw RapporteurError.failure("\(body.code) has \(uses), so it cannot be removed; remove those first")
            }
            try body.delete(db)
            return body
        }
    }

    /// What `export record` writes of an added body; nil for a shipped body, which every
    /// database has.
    static func definition(of body: Body, db: Database) throws -> NewBody? {
        guard !shippedBodyCodes.contains(body.code) else { return nil }
        var definition = NewBody(body)
        if let parentId = body.parentBodyId {
            definition.parent = try Body.fetchOne(db, key: parentId)?.code
        }
        return definition
    }

    /// The body a record defines: created when the database does not have it, checked
    /// setting by setting when it does.
    static func ensureBody(_ definition: NewBody, user: String, stamp: String, db: Database) throws {
        guard let existing = try Body.all().filter(code: definition.code).fetchOne(db) else {
            try insertBody(definition, user: user, stamp: stamp, db: db)
            return
        }
        guard let stored = try self.definition(of: existing, db: db) else {
            throw RapporteurError.invalid(
                "body \(definition.code) is one of the shipped bodies; leave out its `body` block")
        }
        let storedSettings = Dictionary(uniqueKeysWithValues: stored.settings.map { ($0.name, $0.value) })
        for (name, value) in definition.settings where storedSettings[name] != value {
            let stored = storedSettings[name] ?? ""
            let differs = "body \(definition.code) has \(name) '\(stored)' in this database, not '\(value)'"
            throw RapporteurError.invalid(
                "\(differs) as the record says; make the file agree, or \(step: .changeBodySettings(definition.code))")
        }
        guard stored.parent == definition.parent else {
            throw RapporteurError.invalid(
                "body \(definition.code) is part of \(stored.parent ?? "no body") in this database, "
                    + "not \(definition.parent ?? "no body") as the record says; make them agree in the file")
        }
    }

    @discardableResult
    static func insertBody(_ new: NewBody, user: String, stamp: String, db: Database) throws -> Body {
        try new.check()
        if let used = try Body.all().filter(code: new.code).fetchOne(db) {
            let taken = "code '\(new.code)' is used already, by the \(used.name)"
            throw RapporteurError.invalid("\(taken); choose another code, or \(step: .changeBodySettings(used.code))")
        }
        var parentId: Int64?
        if let parent = new.parent {
            guard let found = try Body.all().filter(code: parent.uppercased()).fetchOne(db) else {
                let known = try String.fetchAll(db, sql: "SELECT code FROM body ORDER BY id")
                let codes = known.joined(separator: ", ")
                throw RapporteurError.invalid(
                    "\(field: .parentBody) '\(parent)' is not a body; the bodies are \(codes); add that body first, or leave it out"
                )
            }
            parentId = found.id
        }
        var body = Body(
            id: nil, code: new.code, name: new.name, shortName: new.shortName, parentBodyId: parentId,
            establishedBy: nil, meetingNumbering: new.meetingNumbering, meetingNoun: new.meetingNoun,
            ordinalStyle: new.ordinalStyle, timeStyle: new.timeStyle, timeZoneLabel: new.timeZoneLabel,
            timeZoneName: new.timeZoneName, attributionStyle: new.attributionStyle,
            secretariatWord: new.secretariatWord, documentLeadDays: new.documentLeadDays,
            symbolPrefix: new.symbolPrefix, distribution: new.distribution)
        body.stampInsert(by: user, at: stamp)
        try body.insert(db)
        return body
    }

    private static func plural(_ noun: String, _ count: Int) -> String {
        guard count != 1 else { return noun }
        let words = noun.split(separator: " ", maxSplits: 1)
        let plural = words[0].hasSuffix("y") ? words[0].dropLast() + "ies" : words[0] + "s"
        return plural + (words.count > 1 ? " " + words[1] : "")
    }
}
