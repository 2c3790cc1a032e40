import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An element of one of a .docx's XML parts, read whole into memory: its name and
/// attributes without their namespace prefix ("w:p" is "p", "w:val" is "val"), its
/// children in document order, and the characters directly inside it (what a "w:t"
/// holds). WordprocessingML writes every element it defines under the "w:" prefix, so
/// the bare names are the ones the specification uses.
final class DocxElement {
    let name: String
    let attributes: [String: String]
    private(set) var children: [DocxElement] = []
    fileprivate(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The first child named `name`.
    func child(_ name: String) -> DocxElement? { children.first { $0.name == name } }

    /// Every child named `name`.
    func children(_ name: String) -> [DocxElement] { children.filter { $0.name == name } }

    /// The element reached by following `path` down through first children.
    func descendant(_ path: String...) -> DocxElement? {
        var element: DocxElement? = self
        for name in path { element = element?.child(name) }
        return element
    }

    /// The value of the attribute `name` ("val" for "w:val").
    func attribute(_ name: String) -> String? { attributes[name] }

    /// A property toggled on by its presence ("<w:vanish/>") and off by a value of
    /// "0", "false" or "off".
    var isOn: Bool {
        guard let value = attribute("val") else { return true }
        return !["0", "false", "off"].contains(value)
    }

    /// The root element of the XML in `data`; nil when it is not well-formed.
    static func parse(_ data: Data) -> DocxElement? {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else { return nil }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: DocxElement?
        var open: [DocxElement] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            var attributes: [String: String] = [:]
            for (key, value) in attributeDict { attributes[Self.local(key)] = value }
            let element = DocxElement(name: Self.local(elementName), attributes: attributes)
            if let parent = open.last { parent.children.append(element) } else { root = element }
            open.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?
        ) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            open.last?.text += string
        }

        private static func local(_ name: String) -> String {
            guard let colon = name.lastIndex(of: ":") else { return name }
            return String(name[name.index(after: colon)...])
        }
    }
}
