"""Whole-document formats (json, sarif, github, junit) over a batch, without keeping reports.

Each file's part of the document is rendered where the file was analysed (in a worker
process when there are several), so the parent only joins strings in order and memory
does not grow with the reports. The document is the one `render(report)` gives for the
whole batch, byte for byte, except `json`, whose parts are written compact, one file
record per line (`{"tool":..., "files":[` / a line per file / `],"summary":...}`), instead
of indented: the same JSON value, several times faster to write (each part is what the C
encoder writes for the file's record, made from pieces: see `json_part`).

`json` is written as the files come. SARIF and GitHub list files in path order and end
with what depends on every file (SARIF's tool notifications, the GitHub lines of unreadable
files): when the files come in path order (`in_order`, the usual case: a folder walked in
order), their parts are written as they come too; otherwise they are kept until the end,
compressed (a few hundred bytes a plan, not the reports), and sorted. JUnit's totals are
on its root element, before every part, so its parts are always kept: in one compressed
stream when the files come in path order (half the memory of a compressed part each: the
parts repeat each other's words), each on its own otherwise.
"""

from __future__ import annotations

import heapq
import json
import re
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial

from ..analysis.engine import statement_span
from ..model import FileReport, Finding, GoalReport, LoadError, Report, Rule
from ..stats import Summary
from .records import display_path, tool_record

Part = Callable[[FileReport], str]


def json_part(report: FileReport) -> str:
    """`json.dumps(file_record(report), ensure_ascii=False, separators=(",", ":"))`, byte
    for byte, written from pieces instead: a batch's findings repeat a few rules' long
    messages, and the encoder escaped each one again (and every key of every record);
    each finding's rule, category, severity and message are now encoded once
    (`_finding_head`), and the rest with the encoder's own string function. The record's
    shape is records.file_record's; tests/test_stream.py compares the two."""
    error = "null"
    if report.error is not None:
        error = _dumps(
            {
                "message": report.error.message,
                "line": report.error.line,
                "column": report.error.column,
            }
        )
    goals = ",".join(map(_goal_json, report.goals))
    findings = ",".join(map(_finding_json, report.findings))
    path = _string(report.path)
    return f'{{"path":{path},"error":{error},"goals":[{goals}],"findings":[{findings}]}}'


_string = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) uses
_HEADS: dict[tuple[str, str, str, str], str] = {}  # (rule, category, severity, message)
_SMALL: dict[tuple[tuple[str, bool], ...], str] = {}  # a goal's elements or flags
PIECES_KEPT = 4096


def _finding_head(finding: Finding) -> str:
    """`{"rule":...,"category":...,"severity":...,"message":...,"line":` of a finding."""
    key = (finding.rule, finding.category.value, finding.severity.value, finding.message)
    head = _HEADS.get(key)
    if head is None:
        if len(_HEADS) >= PIECES_KEPT:  # messages that name a term or a grade vary
            _HEADS.clear()
        rule, category, severity, message = map(_string, key)
        head = _HEADS[key] = (
            f'{{"rule":{rule},"category":{category},"severity":{severity},'
            f'"message":{message},"line":'
        )
    return head


def _finding_json(finding: Finding) -> str:
    """records.finding_record(finding), encoded (a Span's numbers are ints: written as
    json writes them)."""
    span = finding.span
    suggestion = "null" if finding.suggestion is None else _string(finding.suggestion)
    return (
        f'{_finding_head(finding)}{span.line},"column":{span.column},'
        f'"end_line":{span.end_line},"end_column":{span.end_column},'
        f'"excerpt":{_string(finding.excerpt)},"suggestion":{suggestion}}}'
    )


def _small_json(mapping: Mapping[str, bool]) -> str:
    """A goal's elements or flags, encoded (a few dozen combinations occur)."""
    key = tuple(mapping.items())
    known = _SMALL.get(key)
    if known is None:
        if len(_SMALL) >= PIECES_KEPT:
            _SMALL.clear()
        known = _SMALL[key] = _dumps(dict(key))
    return known


def _goal_json(goal: GoalReport) -> str:
    """records.goal_record(goal), encoded."""
    span = statement_span(goal.goal)
    ident = "null" if goal.goal.id is None else _string(goal.goal.id)
    elements = _small_json({e.value: v for e, v in goal.elements.items()})
    rewrite = "null" if goal.rewrite is None else _dumps(dict(goal.rewrite))
    findings = ",".join(map(_finding_json, goal.findings))
    return (
        f'{{"id":{ident},"index":{goal.goal.index},"line":{span.line},'
        f'"column":{span.column},"text":{_string(goal.goal.statement.text)},'
        f'"elements":{elements},"flags":{_small_json(goal.flags)},'
        f'"actor":{_string(goal.actor)},"findings":[{findings}],"rewrite":{rewrite}}}'
    )


def sarif_part(index: Mapping[str, int], include_text: bool, report: FileReport) -> str:
    """The file's SARIF results, each as `json.dumps(indent=2)` writes it at top level
    (`index`: each rule's place in the log's rule list)."""
    from .sarif import sarif_results

    results = sarif_results(Report(files=(report,)), index, include_text)
    return ",\n".join(json.dumps(r, indent=2, ensure_ascii=False) for r in results)


def github_part(report: FileReport) -> str:
    from .github import render

    return render(Report(files=(report,)))


def junit_part(report: FileReport) -> str:
    from .junit import render

    return render(Report(files=(report,)))


@dataclass
class DocumentWriter:
    """Writes one document from the files' parts, given in input order."""

    fmt: str
    write: Callable[[str], object]
    rules: tuple[Rule, ...] = ()
    config_files: tuple[str, ...] = ()
    in_order: bool = False  # the files come sorted by path: SARIF and GitHub parts stream
    _count: int = 0
    _written: int = 0  # SARIF parts written
    _indent: str = "\n"  # a SARIF result's indentation
    _errors: list[FileReport] = field(default_factory=list)
    _held: list[tuple[str, int, bytes]] = field(default_factory=list)  # (path, order, part)
    _totals: dict[str, int] = field(default_factory=dict)
    _packer: _Packed = field(default_factory=lambda: _Packed())  # JUnit parts in path order

    def start(self) -> None:
        if self.fmt == "json":
            tool = {**tool_record(), "config": list(self.config_files)}
            self.write('{"tool":' + _dumps(tool) + ',"files":[\n')

    def add(self, path: str, part: str, error: FileReport | None) -> None:
        """One file's part; `error`: the file's report when it could not be read."""
        self._count += 1
        if self.fmt == "json":
            self.write(("" if self._count == 1 else ",\n") + part)
            return
        if error is not None and self.fmt in ("sarif", "github"):
            self._errors.append(error)  # SARIF's notifications, GitHub's last lines
            return
        if self.in_order and self.fmt in ("sarif", "github"):
            if part:
                self._stream(part)
            return
        if self.fmt == "junit":
            root = _JUNIT_ROOT.search(part)
            if root is None:  # pragma: no cover - junit.render always writes it
                raise ValueError("unexpected JUnit part")
            for key in ("tests", "failures", "errors"):
                self._totals[key] = self._totals.get(key, 0) + int(root[key])
            part = part[root.end() : part.rindex("\n</testsuites>")]
        if part and self.fmt == "junit" and self.in_order and error is None:
            self._packer.add(display_path(path), self._count, part)
        elif part:
            packed = zlib.compress(part.encode("utf-8", "surrogatepass"), 1)
            self._held.append((display_path(path), self._count, packed))

    def finish(self, summary: Summary, skipped: Sequence[LoadError] = ()) -> None:
        """The end of the document; `skipped`: the files --skip-non-plans left out."""
        if self.fmt == "json":
            self.write('\n],"summary":' + _dumps(_summary(summary)))
            if skipped:
                records = [{"path": s.path, "reason": s.message} for s in skipped]
                self.write(',"skipped":' + _dumps(records))
            self.write("}\n")
            return
        self._held.sort()
        each = ((path, order, zlib.decompress(p)) for path, order, p in self._held)
        merged = heapq.merge(self._packer.parts(), each, key=lambda held: held[:2])
        parts = (text.decode("utf-8", "surrogatepass") for _, _, text in merged)
        if self.fmt in ("sarif", "github"):
            for part in parts:
                self._stream(part)
            if self.fmt == "github":
                from .github import render

                self.write(render(Report(files=tuple(self._errors))))  # unreadable files
            elif self._written:
                self.write(self._sarif_frame()[1] + "\n")
            else:  # no results: the log as render() writes it
                from .sarif import sarif_log

                log = sarif_log(Report(files=tuple(self._errors), rules=self.rules))
                self.write(json.dumps(log, indent=2, ensure_ascii=False) + "\n")
        else:
            self.write("<?xml version='1.0' encoding='utf-8'?>\n<testsuites name=\"reunify\"")
            totals = (self._totals.get(k, 0) for k in ("tests", "failures", "errors"))
            self.write(' tests="{}" failures="{}" errors="{}">'.format(*totals))
            for part in parts:
                self.write(part)
            self.write("\n</testsuites>\n")

    def _stream(self, part: str) -> None:
        """Write one file's SARIF results or GitHub lines, after what came before."""
        if self.fmt == "github":
            self.write(part)
            return
        if not self._written:  # what comes before the results depends on no file
            head, _, self._indent = self._sarif_frame()
            self.write(head)
        else:
            self.write("," + self._indent)
        self.write(part.replace("\n", self._indent))
        self._written += 1

    def _sarif_frame(self) -> tuple[str, str, str]:
        """The SARIF log around its results: the text before them (the tool and its
        rules), after them (the invocation, with a notification per unreadable file so
        far), and the indentation of a result."""
        from .sarif import sarif_log

        log = sarif_log(Report(files=tuple(self._errors), rules=self.rules))
        mark = "\0reunify: results\0"
        log["runs"][0]["results"] = [mark]
        text = json.dumps(log, indent=2, ensure_ascii=False)
        head, _, tail = text.partition(json.dumps(mark))
        return head, tail, "\n" + head[head.rindex("\n") + 1 :]


class _Packed:
    """Parts kept in the order they come, in one compressed stream, given back one by one
    (never the whole stream decompressed at once)."""

    CHUNK = 1 << 20  # most bytes decompressed at a time

    def __init__(self) -> None:
        self._packer = zlib.compressobj(1)
        self._chunks: list[bytes] = []
        self._index: list[tuple[str, int, int]] = []  # (path, order, length in bytes)

    def add(self, path: str, order: int, part: str) -> None:
        data = part.encode("utf-8", "surrogatepass")
        self._index.append((path, order, len(data)))
        chunk = self._packer.compress(data)
        if chunk:
            self._chunks.append(chunk)

    def parts(self) -> Iterator[tuple[str, int, bytes]]:
        self._chunks.append(self._packer.flush())
        unpacker = zlib.decompressobj()
        chunks = iter(self._chunks)
        pending = b""  # compressed bytes not yet fed
        out = bytearray()
        for path, order, length in self._index:
            while len(out) < length:
                if not pending:
                    pending = next(chunks, b"")
                    if not pending:  # pragma: no cover - the stream holds every part
                        raise ValueError("truncated JUnit parts")
                out += unpacker.decompress(pending, self.CHUNK)
                pending = unpacker.unconsumed_tail
            yield path, order, bytes(out[:length])
            del out[:length]
        self._chunks = []


_JUNIT_ROOT = re.compile(
    r'<testsuites name="reunify" tests="(?P<tests>\d+)" failures="(?P<failures>\d+)" '
    r'errors="(?P<errors>\d+)">'
)


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _summary(summary: Summary) -> dict[str, int]:
    errors, warnings, info = summary.severities
    return {
        "files": summary.files,
        "goals": summary.goals,
        "findings": summary.findings,
        "errors": errors,
        "warnings": warnings,
        "info": info,
        "load_errors": summary.load_errors,
    }


def part_renderer(fmt: str, rules: Sequence[Rule], include_text: bool = False) -> Part | None:
    """The per-file renderer of a whole-document format (None: not one); `include_text`:
    SARIF results carry the flagged words."""
    if fmt == "json":
        return json_part
    if fmt == "sarif":
        from .sarif import rule_index

        return partial(sarif_part, rule_index(rules), include_text)
    if fmt == "github":
        return github_part
    if fmt == "junit":
        return junit_part
    return None
