import Foundation

/// The documents cases are made from: the example data, the project's own seeds for
/// the fuzzer, the shared seeds and samples when they are there, and every regression
/// input kept so far, each owned by the reader it was made for.
struct FuzzCorpus {
    struct Document {
        var name: String
        var bytes: [UInt8]
    }

    private(set) var documents: [Document] = []
    /// Reader name to the indices of its own documents.
    private(set) var owned: [String: [Int]] = [:]
    /// Reader name to the words its documents start their lines with ("  by:",
    /// "Resolution", "Total"), for mutations that put them where they do not belong.
    private(set) var words: [String: [String]] = [:]
    /// Lines of every document, to splice into others.
    private(set) var lines: [[UInt8]] = []

    init(seedFolders: [URL], regressions: URL, readers: [FuzzReader]) throws {
        for folder in seedFolders {
            for name in Self.files(in: folder) {
                var bytes = try Array(Data(contentsOf: folder.appending(path: name)))
                Self.dropSampleHeader(&bytes)
                add(Document(name: name, bytes: bytes), owners: readers.filter { $0.owns(name) })
            }
        }
        for reader in readers {
            let folder = regressions.appending(path: reader.name)
            for name in Self.files(in: folder) {
                let bytes = try Array(Data(contentsOf: folder.appending(path: name)))
                // A large one is replayed, but cases made from it would each cost as much.
                if bytes.count <= 1 << 16 {
                    add(Document(name: "\(reader.name)/\(name)", bytes: bytes), owners: [reader])
                }
            }
        }
        for reader in readers {
            var seen = Set<String>()
            for index in owned[reader.name] ?? [] {
                for line in FuzzMutation.lines(documents[index].bytes) {
                    if let word = Self.leadingWord(line) { seen.insert(word) }
                }
            }
            words[reader.name] = seen.sorted().prefix(400).map { $0 }
        }
        for document in documents {
            lines += FuzzMutation.lines(document.bytes).filter { !$0.isEmpty }.prefix(2_000)
        }
    }

    private mutating func add(_ document: Document, owners: [FuzzReader]) {
        documents.append(document)
        for reader in owners { owned[reader.name, default: []].append(documents.count - 1) }
    }

    /// The documents `reader` starts from: most often its own, sometimes any.
    func start(for reader: FuzzReader, random: inout FuzzRandom) -> Document {
        let own = owned[reader.name] ?? []
        let index = own.isEmpty || random.oneIn(5) ? random.index(documents.count) : random.pick(own)
        return documents[index]
    }

    /// The files of a folder, by name, without hidden files and READMEs; none when the
    /// folder is missing.
    static func files(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("README") }.sorted()
    }

    /// The shared samples start with "source: …", "kind: …" and a blank line.
    private static func dropSampleHeader(_ bytes: inout [UInt8]) {
        guard bytes.starts(with: Array("source: ".utf8)) else { return }
        var newlines = 0
        if let end = bytes.firstIndex(where: { byte in
            if byte == 0x0A { newlines += 1 }
            return newlines == 3
        }) {
            bytes.removeFirst(end + 1)
        }
    }

    /// A line's first word, with its indentation, up to and including a colon when the
    /// colon comes early: "  by:", "meeting", "Total resource requirements:".
    private static func leadingWord(_ line: [UInt8]) -> String? {
        let text = String(decoding: line.prefix(48), as: UTF8.self)
        let indent = text.prefix { $0 == " " || $0 == "\t" }
        let rest = text.dropFirst(indent.count)
        if let colon = rest.firstIndex(of: ":"), rest.distance(from: rest.startIndex, to: colon) <= 32 {
            return String(indent + rest[...colon]) + " "
        }
        guard let word = rest.split(separator: " ").first, !word.isEmpty else { return nil }
        return String(indent + word) + " "
    }
}
