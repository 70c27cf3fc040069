"""The DOCX file: a Word template rendered with a sandboxed Jinja, written as a byte-stable zip."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SecurityError
from markupsafe import Markup
from lxml import etree

from .. import messages
from ..messages import files
from .archive import PackageRefused, open_package, read_parts
from .elements import BodyXml
from .oxml import PageMargins, serialize, set_page_margins, w
from .sandbox import BoundedEnvironment, TemplateLimit

_FIXED_DATE = (1980, 1, 1, 0, 0, 0)
NB_HYPHEN = "\u2011"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_PART_ORDER = ("[Content_Types].xml", "_rels/.rels")


def write_package(parts: dict[str, bytes]) -> bytes:
    """Zip the parts with fixed dates, attributes and order, so equal parts give equal bytes."""
    names = [n for n in _PART_ORDER if n in parts] + sorted(n for n in parts if n not in _PART_ORDER)
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=_FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            archive.writestr(info, parts[name])
    return buffer.getvalue()


class TemplateProblem(Exception):
    """A user template that cannot be used; the message is Russian and names the tag."""


@dataclass(frozen=True)
class RenderedDocument:
    parts: dict[str, bytes]

    def to_bytes(self) -> bytes:
        return write_package(self.parts)


class WordTemplate:
    """One .docx template: its parts read once, its body compiled once, rendered many times."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.parts = _read_parts(path)
        self.environment = BoundedEnvironment()
        self.document = _parse(self.parts["word/document.xml"], path)
        # One paragraph a line, so a Jinja error's line number points at the paragraph holding the tag.
        self.body_source = _patched_body(path).replace("<w:p>", "\n<w:p>").replace("<w:p ", "\n<w:p ")
        try:
            self.body_template = self.environment.from_string(self.body_source)
        except TemplateSyntaxError as error:
            raise TemplateProblem(
                files.TEMPLATE_SYNTAX.format(
                    paragraph=_paragraph_text(self.body_source, error.lineno), reason=_jinja_reason(error)
                )
            ) from None

    def render(self, context: dict, *, margins: PageMargins, extra_parts: dict[str, bytes]) -> RenderedDocument:
        """``context["body"]``, where there is one, is the body's :class:`BodyXml`."""
        body = context.get("body")
        spliced = _Spliced.of(body)
        body_xml = self._generate({**context, "body": spliced.mark}) if spliced else ""
        if spliced is None or body_xml.count(spliced.mark) != 1:  # or a template that prints the body other than once
            spliced = None
            body_xml = self._generate({**context, "body": body.markup()} if isinstance(body, BodyXml) else context)
        document, declared = self._document(body_xml, margins)
        parts = dict(self.parts)
        parts["word/document.xml"] = spliced.into(document, declared) if spliced else document
        parts.update(extra_parts)
        return RenderedDocument(parts)

    def _generate(self, context: dict) -> str:
        try:
            return self.environment.render_bounded(self.body_template.generate(context))
        except UndefinedError as error:
            raise TemplateProblem(files.TEMPLATE_UNDEFINED.format(name=_undefined_name(error))) from None
        except TemplateLimit as limit:
            raise TemplateProblem(str(limit)) from None
        except SecurityError:
            raise TemplateProblem(files.TEMPLATE_UNSAFE) from None
        except TemplateError as error:
            raise TemplateProblem(files.TEMPLATE_TAG_ERROR.format(error=error.message)) from None
        except TypeError as error:
            if "no loader" in str(error):
                raise TemplateProblem(messages.TEMPLATE_NO_INCLUDE) from None
            raise TemplateProblem(messages.TEMPLATE_EVALUATION.format(reason=_python_reason(error))) from None
        except (ValueError, ArithmeticError, LookupError) as error:
            raise TemplateProblem(messages.TEMPLATE_EVALUATION.format(reason=_python_reason(error))) from None

    def _document(self, body_xml: str, margins: PageMargins) -> tuple[bytes, dict]:
        """The template's document with its body replaced by the rendered one, serialized; the namespaces the body
        has declared, by prefix."""
        document = etree.fromstring(serialize(self.document))
        try:
            body = etree.fromstring(body_xml.replace("\n<w:p", "<w:p").encode("utf-8"))
        except etree.XMLSyntaxError:
            raise TemplateProblem(files.TEMPLATE_BROKE_DOCUMENT) from None
        template_body = document.find(w("body"))
        assert template_body is not None  # checked when the template was read
        if NB_HYPHEN in body_xml:
            _word_hyphens(body)
        document.replace(template_body, body)
        section = body.find(w("sectPr"))
        if section is not None and section.find(w("pgMar")) is not None:
            set_page_margins(section, margins)
        return serialize(document), dict(body.nsmap)


_BODY_MARK = "<!--msoko-body-->"
_EMPTY_PAIR = re.compile(rb"<([^\s/>!?]+)(?:\s[^<>]*)?></\1>")
"""An element written open and closed with nothing inside, which lxml would write as one tag."""
_DECLARATION = re.compile(rb' xmlns:([\w.-]+)="([^"]*)"')
_NB_HYPHEN_UTF8 = NB_HYPHEN.encode("utf-8")


@dataclass(frozen=True)
class _Spliced:
    """A document's body as msoko's element writer makes it (``docx/elements.py``), which writes XML as lxml writes
    it: put into the serialized document in place of a mark rather than parsed into the document's tree and written
    again. The bytes are the same; a large document is spared its tree (the self-assessment of a thousand mechanisms
    is 2.5 MB of XML, and its tree 30 MB) and the time of parsing and writing it."""

    pieces: list[bytes]
    mark: Markup

    @classmethod
    def of(cls, body: object) -> _Spliced | None:
        """None for a body that must go through the tree: not msoko's markup, or holding what the tree would change
        (a no-break hyphen in text, a section's properties, an empty element, a line break where it joins the
        template). A piece is a whole block or table row, so none of these straddles two pieces."""
        if not isinstance(body, BodyXml):
            return None
        pieces = body.pieces
        if (pieces and pieces[-1].endswith(b"\n")) or any(
            _NB_HYPHEN_UTF8 in piece or b"<w:sectPr" in piece or _EMPTY_PAIR.search(piece) for piece in pieces
        ):
            return None
        mark = Markup(f"<w:p>{_BODY_MARK}</w:p>" if pieces and pieces[0].startswith(b"<w:p") else _BODY_MARK)
        return cls(_joined_as_the_tree(pieces), mark)

    def into(self, document: bytes, declared: dict) -> bytes:
        """The body put in place of its mark; a namespace a part of it declares again (a chart's paragraph, written
        apart) dropped where the body has declared it, as the tree does when the part joins the document."""

        def declared_once(piece: bytes) -> bytes:
            if b" xmlns:" not in piece:
                return piece
            return _DECLARATION.sub(
                lambda m: b"" if declared.get(m.group(1).decode()) == m.group(2).decode() else m.group(0), piece
            )

        head, tail = document.split(self.mark.encode("utf-8"))
        return b"".join([head, *(declared_once(piece) for piece in self.pieces), tail])


def _joined_as_the_tree(pieces: list[bytes]) -> list[bytes]:
    """The body's line breaks before «<w:p» dropped, as the template's text is joined (``_document``), within a
    piece and where one piece ends and the next begins; the pieces without any kept as they are."""
    joined = []
    for index, piece in enumerate(pieces):
        if b"\n<w:p" in piece:
            piece = piece.replace(b"\n<w:p", b"<w:p")
        if piece.endswith(b"\n") and index + 1 < len(pieces) and pieces[index + 1].startswith(b"<w:p"):
            piece = piece[:-1]
        joined.append(piece)
    return joined


def _word_hyphens(body: etree._Element) -> None:
    """A non-breaking hyphen a template's field printed («тел. 8 (35139) 3‑55‑20» on a letter's form) written as the
    element Word keeps for it, as the body writer writes the executor's «3‑55‑21» below: one number, one form, which
    every reader of the file — Word, LibreOffice, a text extractor — takes alike."""
    for text in list(body.iter(w("t"))):
        pieces = (text.text or "").split(NB_HYPHEN)
        if len(pieces) == 1:
            continue
        text.text, anchor = pieces[0], text
        for piece in pieces[1:]:
            hyphen = etree.Element(w("noBreakHyphen"))
            following = etree.Element(w("t"))
            following.text = piece
            following.set(XML_SPACE, "preserve")
            anchor.addnext(hyphen)
            hyphen.addnext(following)
            anchor = following


def _read_parts(path: Path) -> dict[str, bytes]:
    try:
        with open_package(path) as archive:
            parts = read_parts(archive, [name for name in archive.namelist() if not name.endswith("/")])
    except FileNotFoundError:
        raise TemplateProblem(files.TEMPLATE_MISSING) from None
    except PackageRefused as refused:
        raise TemplateProblem(str(refused)) from None
    except (zipfile.BadZipFile, OSError):
        raise TemplateProblem(files.TEMPLATE_DAMAGED) from None
    if "word/document.xml" not in parts:
        raise TemplateProblem(files.TEMPLATE_NOT_WORD)
    return parts


def _parse(data: bytes, path: Path) -> etree._Element:
    try:
        return etree.fromstring(data)
    except etree.XMLSyntaxError:
        raise TemplateProblem(files.TEMPLATE_BODY_DAMAGED) from None


def _patched_body(path: Path) -> str:
    # docxtpl knows how Word splits a tag across runs and what {%p %}/{%tr %} mean.
    from docxtpl import DocxTemplate

    template = DocxTemplate(str(path))
    template.init_docx()
    return template.patch_xml(template.get_xml())


def _paragraph_text(source: str, line: int | None) -> str:
    lines = source.splitlines()
    text = lines[line - 1] if line and 0 < line <= len(lines) else ""
    visible = re.sub(r"<[^>]+>", "", text)
    return "«" + (visible if len(visible) <= 80 else visible[:79] + "…") + "»"


def _jinja_reason(error: TemplateSyntaxError) -> str:
    message = error.message or ""
    if "unexpected end of template" in message or "Unexpected end of template" in message:
        return files.TAG_NOT_CLOSED
    if "expected token" in message or "unexpected" in message:
        return files.TAG_MALFORMED
    if "Encountered unknown tag" in message:
        return files.TAG_UNKNOWN
    return files.TAG_UNRECOGNISED


def _python_reason(error: Exception) -> str:
    """What went wrong, in Russian words for the usual cases: the Python text is English."""
    kinds = {
        ZeroDivisionError: files.EVALUATION_ZERO_DIVISION,
        TypeError: files.EVALUATION_TYPES,
        OverflowError: files.EVALUATION_OVERFLOW,
        LookupError: files.EVALUATION_LOOKUP,
        ValueError: files.EVALUATION_VALUE,
    }
    return next((text for kind, text in kinds.items() if isinstance(error, kind)), files.EVALUATION_OTHER)


def _undefined_name(error: UndefinedError) -> str:
    message = str(error.message)
    attribute = re.search(r"has no attribute '([^']+)'", message)
    if attribute:
        return f"«{attribute.group(1)}»"
    name = re.search(r"'([^']+)' is undefined", message)
    return f"«{name.group(1)}»" if name else files.UNKNOWN_NAME


_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def add_related_part(
    parts: dict[str, bytes], name: str, data: bytes, content_type: str, relationship: str, relationship_id: str
) -> None:
    """Add a part the document refers to: its bytes, its content type and its relationship."""
    parts[name] = data
    types = etree.fromstring(parts["[Content_Types].xml"])
    override = etree.SubElement(types, f"{{{_CT_NS}}}Override")
    override.set("PartName", "/" + name)
    override.set("ContentType", content_type)
    parts["[Content_Types].xml"] = serialize(types)
    rels = etree.fromstring(parts["word/_rels/document.xml.rels"])
    link = etree.SubElement(rels, f"{{{_REL_NS}}}Relationship")
    link.set("Id", relationship_id)
    link.set("Type", relationship)
    link.set("Target", name.removeprefix("word/"))
    parts["word/_rels/document.xml.rels"] = serialize(rels)
