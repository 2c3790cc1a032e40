/// Word's automatic numbering (word/numbering.xml), computed paragraph by paragraph as
/// Word shows it. A list ("w:num", by numId) uses an abstract numbering whose levels say
/// how each level is written ("%1.", "(%2)"), in what format and from what start. Lists
/// sharing an abstract numbering share its counters, so they continue one another,
/// unless a list restarts a level with "w:startOverride". A level starts again whenever
/// a higher level advances (or as its "w:lvlRestart" says).
struct DocxNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        /// What follows the number: "tab" (Word's default), "space" or "nothing".
        var suffix = "tab"
        /// The 1-based level whose advance starts this level again; 0 never does.
        var restartAfter: Int?
        /// The paragraph style tied to this level ("w:pStyle" inside the level).
        var style: String?
    }

    private struct List {
        var abstractID: String
        var startOverrides: [Int: Int]
        var levelOverrides: [Int: Level]
    }

    private var abstracts: [String: [Int: Level]] = [:]
    private var lists: [String: List] = [:]
    /// Counters by abstract numbering, then level; a level absent has not started.
    private var counters: [String: [Int: Int]] = [:]
    /// The lists whose start overrides have been applied.
    private var listsStarted: Set<String> = []

    init(_ root: DocxElement?) {
        guard let root else { return }
        for abstract in root.children("abstractNum") {
            guard let id = abstract.attribute("abstractNumId") else { continue }
            var levels: [Int: Level] = [:]
            for level in abstract.children("lvl") {
                guard let index = level.attribute("ilvl").flatMap({ Int($0) }) else { continue }
                levels[index] = Self.level(level)
            }
            abstracts[id] = levels
        }
        for list in root.children("num") {
            guard let id = list.attribute("numId"), let abstractID = list.child("abstractNumId")?.attribute("val")
            else { continue }
            var starts: [Int: Int] = [:]
            var levels: [Int: Level] = [:]
            for override in list.children("lvlOverride") {
                guard let index = override.attribute("ilvl").flatMap({ Int($0) }) else { continue }
                if let start = override.child("startOverride")?.attribute("val").flatMap({ Int($0) }) {
                    starts[index] = start
                }
                if let level = override.child("lvl") { levels[index] = Self.level(level) }
            }
            lists[id] = List(abstractID: abstractID, startOverrides: starts, levelOverrides: levels)
        }
    }

    private static func level(_ element: DocxElement) -> Level {
        var level = Level()
        if let start = element.child("start")?.attribute("val").flatMap({ Int($0) }) { level.start = start }
        if let format = element.child("numFmt")?.attribute("val") { level.format = format }
        if let text = element.child("lvlText")?.attribute("val") { level.text = text }
        if let suffix = element.child("suff")?.attribute("val") { level.suffix = suffix }
        level.restartAfter = element.child("lvlRestart")?.attribute("val").flatMap { Int($0) }
        level.style = element.child("pStyle")?.attribute("val")
        return level
    }

    /// The level of list `numberingID` tied to paragraph style `style`, if one is.
    func level(ofStyle style: String, in numberingID: String) -> Int? {
        guard let list = lists[numberingID], let levels = abstracts[list.abstractID] else { return nil }
        return levels.first { $0.value.style == style }?.key
    }

    /// Advances the counter of `level` in list `numberingID` and returns the number as
    /// the paragraph shows it, with what follows it ("1. ", "(a) "); nil when the list
    /// is unknown, is numId 0 (numbering taken off) or the level writes nothing.
    mutating func label(numberingID: String, level: Int) -> String? {
        guard let list = lists[numberingID] else { return nil }
        let abstractID = list.abstractID
        func definition(_ index: Int) -> Level? { list.levelOverrides[index] ?? abstracts[abstractID]?[index] }
        guard let current = definition(level) else { return nil }
        var counts = counters[abstractID] ?? [:]
        if !listsStarted.contains(numberingID) {
            listsStarted.insert(numberingID)
            for (index, start) in list.startOverrides {
                // The override is the first number the level shows in this list.
                counts[index] = index == level ? start - 1 : nil
                if index != level { pendingStarts[abstractID, default: [:]][index] = start }
            }
        }
        if let count = counts[level] {
            counts[level] = count + 1
        } else {
            counts[level] = (pendingStarts[abstractID]?.removeValue(forKey: level)) ?? current.start
        }
        for deeper in counts.keys where deeper > level {
            let restartAfter = definition(deeper)?.restartAfter ?? deeper
            if restartAfter != 0, level < restartAfter { counts[deeper] = nil }
        }
        counters[abstractID] = counts
        var text = ""
        var rest = Substring(current.text)
        while let percent = rest.firstIndex(of: "%") {
            text += rest[..<percent]
            let after = rest.index(after: percent)
            if after < rest.endIndex, let digit = rest[after].wholeNumberValue, digit >= 1 {
                let index = digit - 1
                let format = definition(index)?.format ?? "decimal"
                let number = counts[index] ?? definition(index)?.start ?? 1
                text += DocxNumberFormat.write(number, as: index == level ? current.format : format)
                rest = rest[rest.index(after: after)...]
            } else {
                text += "%"
                rest = rest[after...]
            }
        }
        text += rest
        if current.format == "bullet" { text = Self.bullet(text) }
        guard !text.isEmpty else { return nil }
        return current.suffix == "nothing" ? text : text + " "
    }

    /// Starts of levels a list overrides that its first paragraph is not at, taken when
    /// the level is first reached.
    private var pendingStarts: [String: [Int: Int]] = [:]

    /// A bullet as text: Word writes its bullets in symbol fonts at private-use code
    /// points, which mean nothing outside the font, so they become "•".
    private static func bullet(_ text: String) -> String {
        text.unicodeScalars.contains { (0xE000...0xF8FF).contains($0.value) } ? "•" : text
    }
}
