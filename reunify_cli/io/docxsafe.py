"""Open a Word `.docx` without trusting it: the zip is checked before anything is parsed.

A .docx is a zip of XML parts. Before python-docx sees it we refuse what is not a zip (an
old `.doc`, a password-protected document - an OLE file holding an `EncryptedPackage` -, a
damaged file), encrypted zip entries, too many entries, and parts whose size (declared,
and then actually read) is over the limit: a zip bomb never gets inflated. python-docx
then opens a copy that holds only the parts a plan needs (the main document, its styles
and list numbering): macros (`vbaProject.bin`), images, embedded objects, external links
and everything else are never read, so nothing in a document is executed or fetched.
XML parts with a DOCTYPE (Word never writes one; entity tricks need one) are refused.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Mapping

from ..model import LoadError, ReunifyError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_ENTRIES = 5_000
MAX_TOTAL_FACTOR = 20  # all parts together: at most this many times the part limit
MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
KEPT_RELATIONS = ("/styles", "/numbering")
_REL = re.compile(rb"<Relationship\b[^>]*/>", re.S)
_ATTR = re.compile(rb'(\w+)="([^"]*)"')
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)


def _error(path: str, message: str) -> ReunifyError:
    return ReunifyError(LoadError(path, message))


def open_zip(path: str, data: bytes, part_limit: int) -> zipfile.ZipFile:
    """The document as a zip, after the checks above; raises ReunifyError."""
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise _error(path, "the document is password-protected: save a copy without a password")
        raise _error(path, "an old Word .doc (or other Office) file, not .docx: save it as .docx")
    if not data.startswith(b"PK"):
        raise _error(path, "not a Word .docx document (a .docx is a zip file)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise _error(path, f"damaged .docx: {' '.join(str(exc).split()) or 'not a zip'}") from None
    if len(infos) > MAX_ENTRIES:
        raise _error(path, f"the .docx holds {len(infos):,} parts (more than {MAX_ENTRIES:,})")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise _error(
                path, f"the .docx is encrypted ({info.filename}): save it without a password"
            )
        total += info.file_size
    if total > part_limit * MAX_TOTAL_FACTOR:
        raise _error(
            path,
            f"the .docx unpacks to {total:,} bytes (limit {part_limit * MAX_TOTAL_FACTOR:,}): "
            "refused as a possible zip bomb",
        )
    return archive


def read_part(path: str, archive: zipfile.ZipFile, name: str, part_limit: int) -> bytes | None:
    """One part's bytes (None when absent), never more than `part_limit` inflated."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > part_limit:
        raise _error(path, f"{name} is {info.file_size:,} bytes unpacked (limit {part_limit:,})")
    try:
        with archive.open(info) as handle:
            data = handle.read(part_limit + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise _error(path, f"damaged .docx part {name}: {' '.join(str(exc).split())}") from None
    if len(data) > part_limit:
        raise _error(path, f"{name} unpacks to more than {part_limit:,} bytes")
    if _DOCTYPE.search(data[:4096]):
        raise _error(path, f"{name} has a DOCTYPE, which Word never writes: refused")
    return data


def relationships(data: bytes | None) -> list[Mapping[str, str]]:
    """The <Relationship> entries of a .rels part, as attribute mappings."""
    if data is None:
        return []
    found: list[Mapping[str, str]] = []
    for match in _REL.finditer(data):
        attrs = {k.decode(): v.decode("utf-8", "replace") for k, v in _ATTR.findall(match.group())}
        found.append(attrs)
    return found


def main_part_name(path: str, archive: zipfile.ZipFile, part_limit: int) -> str:
    for rel in relationships(read_part(path, archive, "_rels/.rels", part_limit)):
        if rel.get("Type") == OFFICE_DOCUMENT and rel.get("TargetMode") != "External":
            return rel.get("Target", "").lstrip("/")
    if "word/document.xml" in archive.namelist():
        return "word/document.xml"
    raise _error(path, "not a Word document: it has no main document part")


def rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def minimal_package(path: str, archive: zipfile.ZipFile, part_limit: int) -> tuple[str, bytes]:
    """(main part name, a .docx holding only the main part, its styles and numbering)."""
    main = main_part_name(path, archive, part_limit)
    document = read_part(path, archive, main, part_limit)
    if document is None:
        raise _error(path, f"not a Word document: {main} is missing")
    folder = posixpath.dirname(main)
    kept: dict[str, tuple[str, bytes]] = {}  # part name -> (relationship type, bytes)
    for rel in relationships(read_part(path, archive, rels_name(main), part_limit)):
        kind, target = rel.get("Type", ""), rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not kind.endswith(KEPT_RELATIONS):
            continue
        name = posixpath.normpath(posixpath.join(folder, target)).lstrip("/")
        part = read_part(path, archive, name, part_limit)
        if part is not None:
            kept[name] = (kind, part)
    overrides = "".join(
        f'<Override PartName="/{name}" ContentType="{_content_type(kind)}"/>'
        for name, (kind, _) in kept.items()
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{main}" ContentType="{MAIN_TYPE}"/>{overrides}</Types>'
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{kind}" Target="{posixpath.relpath(name, folder)}"/>'
        for i, (name, (kind, _)) in enumerate(kept.items(), start=1)
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        out.writestr("[Content_Types].xml", types)
        out.writestr(
            "_rels/.rels",
            _rels(f'<Relationship Id="rId1" Type="{OFFICE_DOCUMENT}" Target="{main}"/>'),
        )
        out.writestr(rels_name(main), _rels(rels))
        out.writestr(main, document)
        for name, (_, part) in kept.items():
            out.writestr(name, part)
    return main, buffer.getvalue()


def _rels(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{body}</Relationships>"
    )


def _content_type(kind: str) -> str:
    name = "styles" if kind.endswith("/styles") else "numbering"
    return f"application/vnd.openxmlformats-officedocument.wordprocessingml.{name}+xml"
