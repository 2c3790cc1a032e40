import GRDB

/// Turns the references a record names (flags) and those found in its text into
/// `recordReference` rows. Unknown references found in text become warnings, never
/// silent drops; unknown references given as flags are errors.
struct ReferenceLinker {
    struct Link: Hashable {
        var resolutionId: Int64?
        var decisionId: Int64?
        var documentId: Int64?
        var paragraph: String = ""
        var source: RecordReference.Source
    }

    private(set) var links: [Link] = []
    private(set) var warnings: [Phrase] = []

    /// Resolves `explicit` and what `text` mentions. `fallbackResolutions` are used,
    /// as inherited links, only when neither names a resolution or a decision. `kept`
    /// are explicit links already stored, which an edit keeps when it names none anew.
    init(
        explicit: ExplicitReferences, text: String, fallbackResolutions: [Int64], db: Database,
        user: String, stamp: String, kept: [Link] = []
    ) throws {
        var resolutionIds: [Int64] = []
        for link in kept {
            add(link)
            if let id = link.resolutionId, link.paragraph.isEmpty, !resolutionIds.contains(id) {
                resolutionIds.append(id)
            }
        }
        for typed in explicit.resolutions {
            let resolution = try Resolution.find(db, typed: typed)
            add(Link(resolutionId: resolution.id, source: .explicit))
            resolutionIds.append(resolution.id!)
        }
        for typed in explicit.decisions {
            add(Link(decisionId: try Decision.find(db, typed: typed).id, source: .explicit))
        }
        for typed in explicit.documents {
            add(
                Link(
                    documentId: try Document.findOrInsert(db, typed: typed, user: user, stamp: stamp).id,
                    source: .explicit))
        }

        let detected = ReferenceScanner.scan(text)
        for key in detected.resolutions {
            guard let resolution = try Resolution.all().filter(symbol: key.symbol).fetchOne(db) else {
                warnings.append("resolution \(key.key) in the text is not a known resolution; it is not linked")
                continue
            }
            add(Link(resolutionId: resolution.id, source: .detected))
            if !resolutionIds.contains(resolution.id!) { resolutionIds.append(resolution.id!) }
        }
        for key in detected.decisions {
            let matches = try Decision.all().filter(series: key.series, number: key.number).fetchAll(db)
            guard let decision = matches.first else {
                warnings.append(
                    "decision \(key.key) in the text is not recorded (\(step: .recordDecision(body: nil, key: nil))); it is not linked"
                )
                continue
            }
            add(Link(decisionId: decision.id, source: .detected))
        }
        for symbol in detected.documents {
            add(
                Link(
                    documentId: try Document.findOrInsert(db, typed: symbol.canonical, user: user, stamp: stamp).id,
                    source: .detected))
        }

        let namesNothing = resolutionIds.isEmpty && !links.contains { $0.decisionId != nil }
        if namesNothing {
            for id in fallbackResolutions where !resolutionIds.contains(id) {
                add(Link(resolutionId: id, source: .inherited))
                resolutionIds.append(id)
            }
        }

        for typed in explicit.paragraphs {
            let (resolutionText, paragraph) = Self.splitParagraph(typed)
            let resolutionId: Int64
            if let resolutionText {
                resolutionId = try Resolution.find(db, typed: resolutionText).id!
            } else if resolutionIds.count == 1 {
                resolutionId = resolutionIds[0]
            } else {
                throw RapporteurError.invalid(
                    "\(field: .paragraph, value: typed): say which resolution it belongs to, as 2/7:\(paragraph)",
                    value: typed)
            }
            add(Link(resolutionId: resolutionId, paragraph: paragraph, source: .explicit))
        }
        for found in detected.paragraphs {
            if let key = found.resolution {
                guard let resolution = try Resolution.all().filter(symbol: key.symbol).fetchOne(db) else { continue }
                add(Link(resolutionId: resolution.id, paragraph: found.paragraph, source: .detected))
            } else if resolutionIds.count == 1 {
                add(Link(resolutionId: resolutionIds[0], paragraph: found.paragraph, source: .detected))
            } else {
                warnings.append(
                    """
                    paragraph \(found.paragraph) in the text cannot be tied to one resolution; \
                    give it as \(field: .paragraph, value: "2/7:\(found.paragraph)")
                    """)
            }
        }
    }

    /// "2/7:3" or "2/7 OP3" -> ("2/7", "3"); "OP3" or "3" -> (nil, "3").
    static func splitParagraph(_ typed: String) -> (resolution: String?, paragraph: String) {
        var text = typed.trimmingCharacters(in: .whitespaces)
        var resolution: String?
        if let colon = text.lastIndex(of: ":") {
            resolution = String(text[..<colon])
            text = String(text[text.index(after: colon)...])
        } else if let range = text.range(of: " OP", options: [.caseInsensitive, .backwards]) {
            resolution = String(text[..<range.lowerBound])
            text = String(text[range.upperBound...])
        }
        text = text.trimmingCharacters(in: .whitespaces)
        if text.uppercased().hasPrefix("OP") { text = String(text.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        return (resolution, text)
    }

    private mutating func add(_ link: Link) {
        // An explicit link wins over the same link found in the text.
        if links.contains(where: {
            $0.resolutionId == link.resolutionId && $0.decisionId == link.decisionId
                && $0.documentId == link.documentId && $0.paragraph == link.paragraph
        }) {
            return
        }
        links.append(link)
    }

    /// Writes the links for one record (exactly one of the three ids set).
    func save(interventionId: Int64? = nil, responseId: Int64? = nil, commitmentId: Int64? = nil, db: Database) throws {
        for link in links {
            var reference = RecordReference(
                id: nil, interventionId: interventionId, responseId: responseId, commitmentId: commitmentId,
                resolutionId: link.resolutionId, decisionId: link.decisionId, documentId: link.documentId,
                paragraph: link.paragraph, source: link.source)
            try reference.insert(db)
        }
    }

    /// The explicit links stored for one record, for an edit to keep.
    static func explicitLinks(
        interventionId: Int64? = nil, responseId: Int64? = nil, commitmentId: Int64? = nil,
        db: Database
    ) throws -> [Link] {
        try RecordReference
            .filter(
                Column("interventionId") == interventionId && Column("responseId") == responseId
                    && Column("commitmentId") == commitmentId
                    && Column("source") == RecordReference.Source.explicit.rawValue
            )
            .order(Column("id")).fetchAll(db)
            .map {
                Link(
                    resolutionId: $0.resolutionId, decisionId: $0.decisionId, documentId: $0.documentId,
                    paragraph: $0.paragraph, source: .explicit)
            }
    }

    /// Removes every link stored for one record, before an edit saves them anew.
    static func clear(
        interventionId: Int64? = nil, responseId: Int64? = nil, commitmentId: Int64? = nil,
        db: Database
    ) throws {
        try RecordReference
            .filter(
                Column("interventionId") == interventionId && Column("responseId") == responseId
                    && Column("commitmentId") == commitmentId
            )
            .deleteAll(db)
    }

    var resolutionIds: [Int64] {
        var ids: [Int64] = []
        for link in links { if let id = link.resolutionId, !ids.contains(id) { ids.append(id) } }
        return ids
    }
}
