import GRDB

extension AppStore {
    public func bodies() throws -> [Body] {
        try read { db in try Body.order(Column("id")).fetchAll(db) }
    }

    /// The body with this code, case-insensitively; an unknown code lists the known ones.
    public func body(_ code: String) throws -> Body {
        try read { db in try Body.find(db, code: code) }
    }

    public func standardItems(of body: Body) throws -> [StandardAgendaItem] {
        try read { db in
            try StandardAgendaItem.filter(Column("bodyId") == body.id)
                .order(Column("placement").desc, Column("sequence")).fetchAll(db)
        }
    }

    public func parent(of body: Body) throws -> Body? {
        guard let parentId = body.parentBodyId else { return nil }
        return try read { db in try Body.fetchOne(db, key: parentId) }
    }

    /// Changes a body's settings; nil leaves a setting as it is. Returns the body as saved.
    @discardableResult
    public func updateBody(_ code: String, settings: BodySettingsChange) throws -> Body {
        let stamp = audit.now
        return try write { db in
            var body = try Body.find(db, code: code)
            settings.apply(to: &body)
            body.stampUpdate(by: audit.user, at: stamp)
            try body.update(db)
            return body
        }
    }
}
