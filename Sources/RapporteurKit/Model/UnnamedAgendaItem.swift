/// An agenda item a daily journal does not name: a journal heads only its day's items,
/// and an agenda runs from item 1, so a day that starts at item 6 stands in items 1 to 5
/// under a title that says so. The session's agenda, imported later, gives them their
/// titles (`AgendaItemImport`), and a summary leaves such an item out when nothing was
/// said under it.
public enum UnnamedAgendaItem {
    public static func title(_ label: String) -> String {
        "Item \(label), not named in this journal"
    }

    /// Whether `title` is one of these stand-in titles, whatever item it now stands for.
    public static func isStandIn(_ title: String) -> Bool {
        title.hasPrefix("Item ") && title.hasSuffix(", not named in this journal")
            && !title.dropFirst(5).dropLast(27).contains(" ")
    }
}
