// Document symbols: "HSP/EB.2024/4", "HSP/HA.2/RES.7".

extension ReferenceScanner.Matcher {
    static let documentPrefixes: Set<String> = ["hsp", "a", "e", "s", "unep", "ece"]

    /// Symbols are read from each chunk of text between spaces, commas and semicolons,
    /// without the punctuation around it ("(HSP/EB.2024/4)." is HSP/EB.2024/4).
    /// A "*" at the end marks a reissue.
    static func documentMatches(in tokens: [ReferenceScanner.Token]) -> [ReferenceScanner.Match] {
        func endsChunk(_ index: Int) -> Bool {
            tokens[index].followsSpace || [",", ";"].contains(tokens[index].text)
        }
        var matches: [ReferenceScanner.Match] = []
        var chunkStart = 0
        while chunkStart < tokens.count {
            var chunkEnd = chunkStart + 1
            while chunkEnd < tokens.count, !endsChunk(chunkEnd) { chunkEnd += 1 }
            if let match = documentMatch(in: tokens, chunk: chunkStart..<chunkEnd) { matches.append(match) }
            chunkStart = chunkEnd
        }
        return matches
    }

    static func documentMatch(in tokens: [ReferenceScanner.Token], chunk: Range<Int>) -> ReferenceScanner.Match? {
        let whole = tokens[chunk].map(\.text).joined()
        guard !whole.contains("://"), !whole.contains("www.") else { return nil }
        var start = chunk.lowerBound
        var end = chunk.upperBound
        while start < end, tokens[start].kind == .mark { start += 1 }
        while end > start, tokens[end - 1].kind == .mark, tokens[end - 1].text != "*" { end -= 1 }
        guard end - start >= 5, documentPrefixes.contains(tokens[start].text), tokens[start + 1].text == "/",
            tokens[start..<end].filter({ $0.text == "/" }).count >= 2,
            tokens[start..<end].contains(where: { $0.kind == .number }),
            let symbol = try? DocumentSymbol.parse(tokens[start..<end].map(\.written).joined())
        else { return nil }
        let found: ReferenceScanner.Reference = symbol.resolutionKey.map { .resolution($0) } ?? .document(symbol)
        return ReferenceScanner.Match(found: [found], tokens: start..<end)
    }
}
