/// A UN document symbol such as HSP/EB.2024/14/Add.1 or A/78/122, kept in one
/// canonical spelling so that the same document is always written the same way.
///
/// Canonical form: prefix and body codes uppercase ("HSP/EB.2024"); information
/// documents with a slash ("INF/9"); CRP, L, RES and WP with a dot ("CRP.7");
/// Add., Corr., Rev. and Amend. in that mixed case with a dot ("Rev.1"); a trailing
/// "*" (reissue) kept. Older two-part bodies ("HSP/GC/25/2") are kept as written.
public struct DocumentSymbol: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let canonical: String

    init(canonical: String) {
        self.canonical = canonical
    }

    public var description: String { canonical }

    /// True when the symbol ends in "*", the mark of a reissued document.
    public var isReissue: Bool { canonical.hasSuffix("*") }

    /// The resolution for symbols of the form HSP/HA.<session>/RES.<number>
    /// (a reissue of it, marked "*", is the same resolution).
    public var resolutionKey: ResolutionKey? {
        var withoutStars = Substring(canonical)
        while withoutStars.last == "*" { withoutStars.removeLast() }
        let parts = withoutStars.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "HSP",
            parts[1].hasPrefix("HA."), parts[2].hasPrefix("RES."),
            let session = ASCIIText.integer(parts[1].dropFirst(3)),
            let number = ASCIIText.integer(parts[2].dropFirst(4)),
            session >= 1, number >= 1
        else { return nil }
        return ResolutionKey(session: session, number: number)
    }

    static let accepted = "write symbols like HSP/EB.2024/14, HSP/EB.2024/INF/16 or HSP/HA.2/L.6"

    /// Reads a symbol in any of the spellings people use ("hsp/eb.2024/14",
    /// "HSP/HA.2/CRP7", "HSP/EB.2023/23/REV 1") or the dash form of file names
    /// ("HSP-EB-2024-INF-16") and returns it in canonical form.
    public static func parse(_ text: String) throws -> DocumentSymbol {
        let trimmed = ASCIIText.collapsingWhitespace(text)
        func failure(_ reason: String) -> TextError {
            TextError("'\(trimmed)' is not a document symbol\(reason); \(accepted)")
        }
        guard !trimmed.isEmpty else { throw failure("") }
        if let bad = trimmed.first(where: { !isAllowed($0) }) {
            throw failure(": '\(bad)' is not allowed (only letters, digits, '/', '.', '-', spaces and a final '*')")
        }

        var body = Substring(trimmed)
        var stars = ""
        while body.last == "*" || (body.last == " " && !stars.isEmpty) {
            if body.removeLast() == "*" { stars.append("*") }
        }
        if body.contains("*") {
            throw failure(": '*' may only come at the end, to mark a reissue")
        }

        let isDashForm = !body.contains("/") && body.contains("-")
        let separator: Character = isDashForm ? "-" : "/"
        let rawParts = body.split(separator: separator, omittingEmptySubsequences: false)
            .map { ReferenceText.trimmingSpaces($0) }
        guard rawParts.count >= 2 else { throw failure(": it has only one part") }
        if rawParts.contains(where: \.isEmpty) {
            throw failure(": it has an empty part between '\(separator)' signs")
        }

        var pieces: [Piece] = []
        for raw in rawParts {
            guard let piece = Piece(raw) else {
                throw failure(": '\(raw)' is not a part of a symbol")
            }
            pieces.append(piece)
        }
        guard case .code = pieces[0] else {
            throw failure(": it must begin with a prefix of letters such as HSP or A")
        }
        let parts = merged(pieces, joinBodyWithSession: isDashForm).flatMap(\.rendered)
        return DocumentSymbol(canonical: parts.joined(separator: "/") + stars)
    }

    static func isAllowed(_ c: Character) -> Bool {
        ASCIIText.isLetter(c) || ASCIIText.isDigit(c) || "/.- *".contains(c)
    }

    /// Joins a code and the number that follows it as a separate part: "CRP/7" is
    /// CRP.7. Only from the third part on, because straight after the prefix a code
    /// names a series ("A/RES/78/1" is a General Assembly resolution). In the dash
    /// form of file names the body and its session are also split ("HSP-EB-2024-14"),
    /// so there the second part joins the number after it.
    static func merged(_ pieces: [Piece], joinBodyWithSession: Bool) -> [Piece] {
        var result: [Piece] = []
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            if case .code(let code) = piece, index + 1 < pieces.count,
                case .number(let number) = pieces[index + 1]
            {
                let isSpecial = Piece.dotted.contains(code) || Piece.finals[code] != nil || code == "INF"
                let joins = result.count >= 2 ? isSpecial : (result.count == 1 && joinBodyWithSession && !isSpecial)
                if joins {
                    result.append(.coded(code, number))
                    index += 2
                    continue
                }
            }
            result.append(piece)
            index += 1
        }
        return result
    }

    /// One slash-separated part of a symbol, classified.
    enum Piece {
        /// "14", kept as written.
        case number(String)
        /// "HSP", "INF", uppercased.
        case code(String)
        /// "EB.2024", "CRP7", "Rev 1": an uppercased code and its number.
        case coded(String, String)
        /// Anything else without spaces, such as "S-1", uppercased.
        case other(String)

        static let dotted: Set<String> = ["CRP", "L", "RES", "WP"]
        static let finals = ["ADD": "Add", "CORR": "Corr", "REV": "Rev", "AMEND": "Amend"]

        init?(_ raw: Substring) {
            if ASCIIText.isAllDigits(raw) {
                self = .number(String(raw))
                return
            }
            let letters = raw.prefix(while: ASCIIText.isLetter)
            var rest = raw.dropFirst(letters.count)
            if rest.first == "." || rest.first == " " { rest = rest.dropFirst() }
            if !letters.isEmpty && rest.isEmpty && letters.count == raw.count {
                self = .code(letters.uppercased())
            } else if !letters.isEmpty && ASCIIText.isAllDigits(rest) {
                self = .coded(letters.uppercased(), String(rest))
            } else if !Piece.isRunsOfLettersAndDigits(raw) {
                return nil
            } else {
                self = .other(raw.uppercased())
            }
        }

        /// "S-1" or "PC.1.2": letters and digits with single dots or dashes between them.
        static func isRunsOfLettersAndDigits(_ raw: Substring) -> Bool {
            let runs = raw.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "-" })
            return runs.allSatisfy { !$0.isEmpty && $0.allSatisfy { ASCIIText.isLetter($0) || ASCIIText.isDigit($0) } }
        }

        /// The canonical parts this piece is written as (INF.9 becomes two: INF/9).
        var rendered: [String] {
            switch self {
            case .number(let number):
                return [number]
            case .code(let code):
                return [Piece.finals[code] ?? code]
            case .coded(let code, let number):
                if code == "INF" { return ["INF", number] }
                return ["\(Piece.finals[code] ?? code).\(number)"]
            case .other(let text):
                return [text]
            }
        }
    }

    /// Natural order: numbers inside symbols compare by value, so
    /// HSP/EB.2024/2 comes before HSP/EB.2024/14.
    public static func < (lhs: DocumentSymbol, rhs: DocumentSymbol) -> Bool {
        let left = chunks(lhs.canonical)
        let right = chunks(rhs.canonical)
        for (a, b) in zip(left, right) where a != b {
            switch (Int(a), Int(b)) {
            case let (x?, y?) where x != y: return x < y
            default: return a < b
            }
        }
        return left.count != right.count ? left.count < right.count : lhs.canonical < rhs.canonical
    }

    /// "HSP/EB.2024/14" -> ["HSP/EB.", "2024", "/", "14"].
    static func chunks(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for c in text {
            if let last = current.last, ASCIIText.isDigit(last) != ASCIIText.isDigit(c) {
                result.append(current)
                current = ""
            }
            current.append(c)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try DocumentSymbol.parse(text)
        } catch let error as TextError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(canonical)
    }
}
