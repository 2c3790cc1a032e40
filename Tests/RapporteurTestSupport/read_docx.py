"""Reads a .docx with python-docx, an independent reader, and prints what it found as JSON.

Usage: python3 read_docx.py FILE.docx

Exits 3 when python-docx is not installed (the tests then skip), 2 when the file does not open.
The JSON object holds:
  body: the body in order; each item is
        {"kind": "paragraph", "style": NAME, "text": TEXT} or
        {"kind": "table", "style": NAME, "rows": [[CELL TEXT]], "header_rows_repeat": [BOOL per row],
         "cell_paragraphs": [[[{"style", "text", "alignment"}]]]}
  paragraphs: the body's paragraphs outside tables, [{"style", "text"}] (python-docx's document.paragraphs)
  styles: {style name: {"type", "font", "size_pt"}} for paragraph and character styles
  default_font: the font of the document defaults (w:docDefaults), or null
  sections: [{"different_first_page_header_footer", "odd_and_even_pages_header_footer",
              "page_width_twips", "page_height_twips", "left_margin_twips", "right_margin_twips",
              "header", "first_page_header", "footer", "first_page_footer",
              "footer_has_page_field", "first_page_footer_has_page_field"}]
        (header and footer texts are their paragraphs joined with newlines)
  footnotes: [{"id", "type", "text"}] from word/footnotes.xml (python-docx does not read them);
        type is "separator", "continuationSeparator" or null for a footnote of the text
  footnote_references: [{"id", "custom_mark_follows", "paragraph_text"}] in the body
  core_title: the title of docProps/core.xml
"""

import json
import sys
import zipfile

try:
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph
except ImportError:
    print("python-docx is not installed (pip install python-docx)", file=sys.stderr)
    sys.exit(3)


def style_name(item):
    try:
        return item.style.name if item.style is not None else None
    except Exception:
        return None


def paragraph(p):
    return {"kind": "paragraph", "style": style_name(p), "text": p.text}


def repeats(row):
    tr_pr = row._tr.trPr
    return tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None


def alignment(p):
    return str(p.alignment) if p.alignment is not None else None


def table(t):
    return {
        "kind": "table",
        "style": style_name(t),
        "rows": [[cell.text for cell in row.cells] for row in t.rows],
        "header_rows_repeat": [repeats(row) for row in t.rows],
        "cell_paragraphs": [
            [[{"style": style_name(p), "text": p.text, "alignment": alignment(p)} for p in cell.paragraphs]
             for cell in row.cells]
            for row in t.rows
        ],
    }


def has_page_field(part):
    xml = part._element.xml
    return ('w:instr=" PAGE "' in xml) or ("PAGE" in "".join(
        node.text or "" for node in part._element.iter(qn("w:instrText"))))


def texts(part):
    return "\n".join(p.text for p in part.paragraphs)


def section(s):
    return {
        "different_first_page_header_footer": bool(s.different_first_page_header_footer),
        "page_width_twips": s.page_width.twips if s.page_width is not None else None,
        "page_height_twips": s.page_height.twips if s.page_height is not None else None,
        "left_margin_twips": s.left_margin.twips if s.left_margin is not None else None,
        "right_margin_twips": s.right_margin.twips if s.right_margin is not None else None,
        "header": texts(s.header),
        "first_page_header": texts(s.first_page_header),
        "footer": texts(s.footer),
        "first_page_footer": texts(s.first_page_footer),
        "footer_has_page_field": has_page_field(s.footer),
        "first_page_footer_has_page_field": has_page_field(s.first_page_footer),
    }


def styles(document):
    found = {}
    for s in document.styles:
        entry = {"type": str(s.type)}
        font = getattr(s, "font", None)
        if font is not None:
            entry["font"] = font.name
            entry["size_pt"] = font.size.pt if font.size is not None else None
        found[s.name] = entry
    return found


def default_font(document):
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return None
    fonts = defaults.find(".//" + qn("w:rFonts"))
    return fonts.get(qn("w:ascii")) if fonts is not None else None


def footnotes(path):
    from lxml import etree
    with zipfile.ZipFile(path) as package:
        if "word/footnotes.xml" not in package.namelist():
            return []
        root = etree.fromstring(package.read("word/footnotes.xml"))
    found = []
    for note in root.iter(qn("w:footnote")):
        text = "".join((node.text or "") if node.tag == qn("w:t") else "\t"
                       for node in note.iter(qn("w:t"), qn("w:tab")))
        found.append({"id": int(note.get(qn("w:id"))), "text": text, "type": note.get(qn("w:type"))})
    return found


def footnote_references(document):
    found = []
    for p in document.element.body.iter(qn("w:p")):
        for reference in p.iter(qn("w:footnoteReference")):
            found.append({
                "id": int(reference.get(qn("w:id"))),
                "custom_mark_follows": reference.get(qn("w:customMarkFollows")) in ("1", "true", "on"),
                "paragraph_text": Paragraph(p, None).text,
            })
    return found


def main():
    path = sys.argv[1]
    try:
        document = docx.Document(path)
    except Exception as error:  # the file does not open as a Word document
        print(f"{path}: python-docx cannot open it: {error}", file=sys.stderr)
        sys.exit(2)
    body = [paragraph(item) if isinstance(item, Paragraph) else table(item)
            for item in document.iter_inner_content()]
    sections = []
    for s in document.sections:
        entry = section(s)
        entry["odd_and_even_pages_header_footer"] = bool(document.settings.odd_and_even_pages_header_footer)
        sections.append(entry)
    result = {
        "body": body,
        "paragraphs": [{"style": style_name(p), "text": p.text} for p in document.paragraphs],
        "styles": styles(document),
        "default_font": default_font(document),
        "sections": sections,
        "footnotes": footnotes(path),
        "footnote_references": footnote_references(document),
        "core_title": document.core_properties.title,
    }
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
