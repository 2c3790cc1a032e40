import Foundation

/// The bodies a document can name: for each, the names its headings call it by and how it
/// numbers its meetings. Readers are given one (built from the store's bodies, or the
/// reference bodies of `Schema/reference/bodies.json` the library carries) and never look
/// bodies up themselves, so a body added to the store is recognised with no code to write.
public struct BodyDirectory: Sendable {
    public struct Entry: Hashable, Sendable {
        public var identity: MeetingIdentity
        /// The body's name and the shorter wordings headings use for it.
        public var names: [String]
        /// The code of the body it belongs to (EB for PBA), if any.
        public var parent: String?

        public init(identity: MeetingIdentity, names: [String], parent: String? = nil) {
            self.identity = identity
            self.names = names
            self.parent = parent
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// The store's bodies, each also known by the wordings the reference data gives for its
    /// code, then the reference bodies the store does not hold.
    public init(bodies: [Body]) {
        let codes = Dictionary(
            bodies.compactMap { body in body.id.map { ($0, body.code) } },
            uniquingKeysWith: { first, _ in first })
        let reference = Self.reference.entries
        var entries = bodies.map { body in
            let known = reference.first { $0.identity.code == body.code }
            return Entry(
                identity: MeetingIdentity(of: body), names: [body.name] + (known?.names ?? []),
                parent: body.parentBodyId.flatMap { codes[$0] })
        }
        entries += reference.filter { entry in !bodies.contains { $0.code == entry.identity.code } }
        self.init(entries)
    }

    /// The reference bodies, as `Schema/reference/bodies.json` gives them; none when that
    /// file is missing from the build, so that no heading is recognised.
    public static let reference = BodyDirectory(
        (try? BodySpec.embedded())?.map { spec in
            Entry(
                identity: MeetingIdentity(code: spec.code, numbering: spec.meetingNumbering),
                names: [spec.name] + (spec.headingNames ?? []), parent: spec.parent)
        } ?? [])

    /// How the body with this code numbers its meetings; nil for a body not in the directory.
    public func identity(of code: String) -> MeetingIdentity? {
        let wanted = code.uppercased()
        return entries.first { $0.identity.code.uppercased() == wanted }?.identity
    }

    /// The code of the body the words name ("ad hoc working group on programmatic … of the
    /// Executive Board" names PBA); nil when they name none. Words naming a body and the body
    /// it belongs to name the one that belongs; otherwise the body named earliest, and of two
    /// names starting at the same place the longer.
    public func code(namedIn text: String) -> String? {
        let lower = text.lowercased()
        var named: [(entry: Entry, start: String.Index, length: Int)] = []
        for entry in entries {
            let places = entry.names.map { $0.lowercased() }.filter { !$0.isEmpty }.compactMap { name in
                lower.range(of: name).map { (start: $0.lowerBound, length: name.count) }
            }
            if let first = places.min(by: { ($0.start, -$0.length) < ($1.start, -$1.length) }) {
                named.append((entry, first.start, first.length))
            }
        }
        let parents = Set(named.compactMap(\.entry.parent))
        return named.filter { !parents.contains($0.entry.identity.code) }
            .min { ($0.start, -$0.length) < ($1.start, -$1.length) }?.entry.identity.code
    }
}
