"""Where a page file says it was printed: its path, or a manifest naming it.

A newspaper's archive usually arrives as a tree::

    科技日报/2021-02-22/05.txt        <newspaper>/<YYYY-MM-DD>/<page>.txt
    科技日报/2021-02-22/A5.txt        page file names: 05, 5, A5, 第5版

or with a manifest (CSV with the columns ``path,newspaper,date,page``; other columns are
ignored) naming them for any layout. Both give a ``PageInfo`` per file. Pure: reads the
manifest and checks that files exist, nothing else.
"""

import csv
from dataclasses import dataclass
from pathlib import Path

from archive.pipeline.mastheads import label_from_file_name, parse_date, parse_page_label
from archive.pipeline.types import PageInfo

MANIFEST_COLUMNS = ("path", "newspaper", "date", "page")


def info_from_path(path):
    """A ``PageInfo`` from a path shaped ``<newspaper>/<YYYY-MM-DD>/<page>.txt`` (each part
    optional from the left: ``<YYYY-MM-DD>/<page>.txt`` gives a date and page)."""
    path = Path(path)
    info = PageInfo()
    label = label_from_file_name(path.stem)
    if label is not None:
        info.page_label = label.label
    parent = path.parent
    dated = parse_date(parent.name) if parent.name else None
    if dated and dated[1] == (0, len(parent.name)):  # the whole folder name is the date
        info.issue_date = dated[0]
        paper = parent.parent.name
        if paper and not paper.startswith(".") and parse_date(paper) is None:
            info.newspaper = paper
    return info


@dataclass
class ManifestRow:
    line: int  # the row's line in the CSV file (the header is line 1)
    path: Path
    info: PageInfo


class ManifestError(Exception):
    """A manifest that can't be read at all (missing file, no ``path`` column)."""


def read_manifest(manifest):
    """``(rows, problems)``: the good rows, and one line per bad row naming it and why.

    Paths are relative to the manifest's folder. A bad row (a missing file, a date or page
    that can't be read, more cells than the header has columns) is reported and skipped;
    the good rows import.
    """
    manifest = Path(manifest)
    try:
        handle = open(manifest, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ManifestError(f"无法读取清单 {manifest}：{exc.strerror}") from exc
    rows, problems = [], []
    with handle:
        reader = csv.DictReader(handle)
        header = [name.strip() for name in reader.fieldnames or []]
        if "path" not in header:
            raise ManifestError(f"清单 {manifest} 缺少 path 列（需要的列：{','.join(MANIFEST_COLUMNS)}）")
        reader.fieldnames = header
        for record in reader:
            line = reader.line_num
            reason, row = _read_row(record, manifest.parent, line)
            if reason:
                problems.append(f"{manifest.name} 第{line}行：{reason}")
            else:
                rows.append(row)
    return rows, problems


def _read_row(record, base, line):
    if record.get(None):
        return f"多出 {len(record[None])} 列，表头没有这些列（unknown columns）", None
    raw_path = (record.get("path") or "").strip()
    if not raw_path:
        return "缺少文件路径（missing path）", None
    path = (base / raw_path) if not Path(raw_path).is_absolute() else Path(raw_path)
    if not path.is_file():
        return f"文件不存在：{raw_path}（missing file）", None
    info = PageInfo(newspaper=(record.get("newspaper") or "").strip())
    raw_date = (record.get("date") or "").strip()
    if raw_date:
        dated = parse_date(raw_date)
        if dated is None:
            return f"日期无法识别：{raw_date}（bad date）", None
        info.issue_date = dated[0]
    raw_page = (record.get("page") or "").strip()
    if raw_page:
        if parse_page_label(raw_page) is None and label_from_file_name(raw_page) is None:
            return f"版次无法识别：{raw_page}（bad page）", None
        info.page_label = raw_page
    return "", ManifestRow(line=line, path=path, info=info)
