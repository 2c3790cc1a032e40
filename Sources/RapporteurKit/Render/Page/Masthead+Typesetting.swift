/// The masthead's wording typeset as the page under it is (an en dash in "2026–2027",
/// curly quotes); the symbols and the date of issue stay as they are.
extension Masthead {
    public func typeset() -> Masthead {
        var masthead = self
        masthead.bodyName = Typography.typeset(bodyName)
        masthead.session = Typography.typeset(session)
        masthead.placeAndDates = Typography.typeset(placeAndDates)
        masthead.title = Typography.typeset(title)
        masthead.subtitle = subtitle.map(Typography.typeset)
        masthead.agendaItem?.title = agendaItem?.title.map(Typography.typeset)
        return masthead
    }
}
