#!/usr/bin/python3
"""A Python pipeline doing the core of `ratsreport build`, for a side-by-side.

    /usr/bin/python3 pipeline.py SOURCES OUT [--config CONFIG] [--year YEAR] [-q]

Reads every .xlsx under SOURCES (pandas + openpyxl) the way ratsreport
reads them: sheets recognised by their English or Russian name (or an alias
from config.toml; case, spaces, _ and - ignored), the header row found below
any title rows, columns matched by header in English or Russian (indicator
columns from config.toml), never by position. It validates minimally (dates,
integers, decimals, states, the border section), aggregates the border
figures per state and per indicator for the reporting year and the year
before, and writes into OUT:

  summary-YEAR.xlsx     a summary sheet and the reporting year's detail rows
                        (XlsxWriter if installed, else openpyxl)
  report-YEAR-en.pdf    title, key-figures table, per-state table and one
                        bar chart (ReportLab; matplotlib for the chart when
                        installed, else ReportLab's own graphics)

On standard output it prints one JSON object: the reporting year and, per
border indicator, the per-state totals of the reporting year (state alpha-2
-> sum of the reported figures; "count": reports per state), to compare
with `ratsreport stats border --by state --format json`.
Problems go to standard error as file:sheet!cell: message; any error exits 1
before the outputs are written, as a ratsreport build does.

See README.md beside this file for what it leaves out.
"""

import argparse
import datetime as dt
import io
import json
import os
import re
import sys
import time
import tomllib
import unicodedata

import pandas as pd

# --- The contract (report/schema/schema.go, report/schema/year.go) ----------

# dataset -> (English sheet name, Russian sheet name, columns); a column is
# (key, English header, Russian header, kind, required).
SHEETS = {
    "exercises": ("Exercises", "Учения", [
        ("name", "Name", "Название", "text", True),
        ("kind", "Kind", "Вид", "text", True),
        ("start", "Start date", "Дата начала", "date", True),
        ("end", "End date", "Дата окончания", "date", True),
        ("host", "Host country", "Страна проведения", "country", True),
        ("location", "Location", "Место проведения", "text", False),
        ("participants", "Participating states", "Государства-участники", "countries", True),
        ("observers", "Observers", "Наблюдатели", "text", False),
        ("scenario", "Scenario", "Сценарий", "text", False),
        ("threat", "Threat", "Угроза", "text", True),
        ("personnel", "Personnel", "Личный состав", "integer", False),
        ("equipment", "Equipment units", "Единицы техники", "integer", False),
        ("notes", "Notes", "Примечания", "text", False),
    ]),
    "border": ("Border operations", "Пограничные операции", [
        ("operation", "Operation", "Операция", "text", True),
        ("state", "Reporting state", "Отчитывающееся государство", "country", True),
        ("start", "Start date", "Дата начала", "date", True),
        ("end", "End date", "Дата окончания", "date", True),
        ("section", "Section", "Участок", "section", True),
        ("area", "Area", "Район", "text", False),
        # then one column per indicator of config.toml
    ]),
    "conference": ("Conference", "Конференция", [
        ("edition", "Edition", "Номер конференции", "integer", True),
        ("date", "Date", "Дата", "date", True),
        ("city", "City", "Город", "text", True),
        ("country", "Country", "Страна", "country", True),
        ("session", "Session", "Сессия", "text", True),
        ("format", "Format", "Формат", "text", False),
        ("theme", "Theme", "Тема", "text", False),
        ("participants", "Participants", "Число участников", "integer", False),
        ("states", "States represented", "Представленные государства", "countries", False),
        ("organisations", "Organisations", "Организации", "text", False),
        ("papers", "Papers", "Число докладов", "integer", False),
    ]),
    "agreements": ("Agreements", "Соглашения", [
        ("counterparty", "Counterparty", "Контрагент", "text", True),
        ("type", "Counterparty type", "Тип контрагента", "text", True),
        ("document", "Document", "Документ", "text", True),
        ("title", "Title", "Наименование", "text", False),
        ("status", "Status", "Статус", "text", True),
        ("signed", "Signed date", "Дата подписания", "date", False),
        ("place", "Place", "Место подписания", "text", False),
        ("areas", "Areas", "Направления сотрудничества", "text", False),
        ("notes", "Notes", "Примечания", "text", False),
    ]),
    "online": ("Online", "Интернет", [
        ("state", "Reporting state", "Отчитывающееся государство", "country", True),
        ("start", "Period start", "Начало периода", "date", True),
        ("end", "Period end", "Окончание периода", "date", True),
        # then one column per online indicator of config.toml
    ]),
    "training": ("Training", "Подготовка кадров", [
        ("course", "Course", "Мероприятие", "text", True),
        ("format", "Format", "Формат", "text", True),
        ("start", "Start date", "Дата начала", "date", True),
        ("end", "End date", "Дата окончания", "date", True),
        ("host", "Host country", "Страна проведения", "country", True),
        ("city", "City", "Город", "text", False),
        ("organiser", "Organiser", "Организатор", "text", False),
        ("topic", "Topic", "Тема", "text", False),
        ("participants", "Participants", "Число участников", "integer", False),
        ("states", "Participating states", "Государства-участники", "countries", False),
        ("hours", "Hours", "Количество часов", "integer", False),
        ("notes", "Notes", "Примечания", "text", False),
    ]),
    "meetings": ("Meetings", "Заседания", [
        ("body", "Body", "Орган", "text", True),
        ("number", "Number", "Номер заседания", "integer", False),
        ("date", "Date", "Дата", "date", True),
        ("city", "City", "Город", "text", True),
        ("country", "Country", "Страна", "country", True),
        ("chair", "Chair", "Председатель", "country", False),
        ("decisions", "Decisions adopted", "Принято решений", "integer", False),
        ("title", "Title", "Наименование", "text", False),
        ("notes", "Notes", "Примечания", "text", False),
    ]),
}

# The date a record's year comes from.
YEAR_FROM = {"exercises": "start", "border": "start", "conference": "date", "agreements": "signed",
             "online": "start", "training": "start", "meetings": "date"}

SECTION = {"external": "external", "internal": "internal", "внешний": "external", "внутренний": "internal",
           "外部": "external", "内部": "internal"}

TOTAL_WORDS = ("итого", "итог", "всего", "общий итог", "total", "totals", "subtotal", "sub total",
               "grand total", "overall total", "合计", "总计", "小计", "共计", "总共")
TOTAL_RE = re.compile(r"^(?:%s)(?:\W.{0,40})?$" % "|".join(re.escape(w) for w in TOTAL_WORDS))

INVISIBLE = dict.fromkeys([0xAD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C,
                           0x202D, 0x202E, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF])
SPACES_RE = re.compile(r"\s+")


def norm(s):
    """Folds a header, label or name for matching, as schema.Normalize does."""
    s = str(s)
    if not s.isascii():
        s = unicodedata.normalize("NFC", s.translate(INVISIBLE)).replace("ё", "е").replace("Ё", "е")
    return SPACES_RE.sub(" ", s.lower()).strip()


def sheet_key(s):
    return re.sub(r"[\s_\-]+", "", norm(s))


def col_letter(j):
    out = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        out = chr(65 + r) + out
    return out


# --- Configuration -----------------------------------------------------------

class Config:
    def __init__(self, path):
        with open(path, "rb") as f:
            c = tomllib.load(f)
        self.year = c["report"]["year"]
        self.title = c["report"]["title"]["en"]
        self.organisation = c["report"]["organisation"]["en"]
        self.states = {}  # alpha-2 -> English name
        self.state_index = {}  # normalized alpha-2, alpha-3, names, aliases -> alpha-2
        for s in c.get("states", []):
            a2 = s["alpha2"]
            self.states[a2] = s["name"]["en"]
            for n in [a2, s.get("alpha3", "")] + list(s["name"].values()) + s.get("aliases", []):
                if n:
                    self.state_index.setdefault(norm(n), a2)
        self.indicators = c.get("indicators", [])
        self.online_indicators = c.get("online_indicators", [])
        aliases = c.get("aliases", {})
        self.columns = {}  # dataset -> [(key, kind, required, headers)]
        self.sheet_names = {}  # sheet_key(name) -> dataset
        for ds, (en, ru, cols) in SHEETS.items():
            al = aliases.get(ds, {})
            for n in [en, ru] + al.get("sheet", []):
                self.sheet_names[sheet_key(n)] = ds
            spec = [(k, kind, req, [h_en, h_ru] + al.get(k, [])) for k, h_en, h_ru, kind, req in cols]
            inds = {"border": self.indicators, "online": self.online_indicators}.get(ds, [])
            for ind in inds:
                heads = list(ind.get("header", {}).values()) + list(ind.get("label", {}).values()) + ind.get("aliases", [])
                spec.append((ind["key"], "decimal" if ind.get("type") == "decimal" else "integer", False, heads))
            self.columns[ds] = spec


# --- Cell values -------------------------------------------------------------

DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y")
NUM_SPACES = re.compile(r"[\s\u00a0\u2009\u202f]+")


def parse_date(v, epoch):
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, (int, float)) and not isinstance(v, bool):  # a serial number without a date format
        return (epoch + dt.timedelta(days=float(v))).date()
    s = str(v).strip()
    for f in DATE_FORMATS:
        try:
            return dt.datetime.strptime(s, f).date()
        except ValueError:
            pass
    raise ValueError(f'"{s}" is not a date (expected a date cell, 2025-09-21, 21.09.2025 or 21/09/2025)')


def parse_number_text(s, decimal):
    t = NUM_SPACES.sub("", str(s))
    if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+", t):  # 1,085: thousands
        t = t.replace(",", "")
    elif decimal and re.fullmatch(r"[+-]?\d+,\d+", t):  # 8,75: decimal comma
        t = t.replace(",", ".")
    try:
        return float(t)
    except ValueError:
        raise ValueError(f'"{s}" is not a number') from None


def numbers(col, decimal):
    """Converts a column of cells to floats; returns (values, {row: message})."""
    num = pd.to_numeric(col, errors="coerce")
    bad = {}
    rest = num.isna() & col.notna()
    if rest.any():
        for i, v in col[rest].items():
            try:
                num.at[i] = parse_number_text(v, decimal)
            except ValueError as e:
                bad[i] = str(e)
    if not decimal:
        frac = num.notna() & (num % 1 != 0)
        for i in num.index[frac]:
            bad[i] = f"{col.at[i]} is not a whole number"
        num = num.astype("Int64") if not frac.any() else num
    return num, bad


def by_unique(col, fn):
    """Applies fn to each distinct non-empty value once; returns (values, {row: message})."""
    present = col.dropna()
    codes, uniq = pd.factorize(present)
    conv, errs = [], {}
    for n, v in enumerate(uniq):
        try:
            conv.append(fn(v))
        except ValueError as e:
            conv.append(None)
            errs[n] = str(e)
    vals = pd.Series(conv, dtype=object)
    out = pd.Series(vals.take(codes).values, index=present.index, dtype=object).reindex(col.index)
    bad = {i: errs[c] for i, c in zip(present.index, codes) if c in errs} if errs else {}
    return out, bad


# --- Reading -----------------------------------------------------------------

class Problems:
    def __init__(self):
        self.errors, self.notices = [], []

    def error(self, where, msg):
        self.errors.append(f"{where}: error: {msg}")

    def notice(self, where, msg):
        self.notices.append(f"{where}: notice: {msg}")


def find_header(raw, spec, limit=30):
    """The first row with at least two cells that are known headers: (row, {column: key})."""
    lookup = {}
    for key, _, _, heads in spec:
        for h in heads:
            lookup.setdefault(norm(h), key)
    for r in range(min(limit, len(raw))):
        found = {}
        for j, v in enumerate(raw.iloc[r].tolist()):
            if isinstance(v, str):
                k = lookup.get(norm(v))
                if k is not None and k not in found.values():
                    found[j] = k
        if len(found) >= 2:
            return r, found
    return None, None


def read_sheet(rel, sheet, ds, raw, cfg, epoch, probs):
    spec = cfg.columns[ds]
    h, cols = find_header(raw, spec)
    if h is None:
        probs.error(f"{rel}:{sheet}", "no header row found")
        return None
    where = lambda i, key=None: f"{rel}:{sheet}!" + (f"{col_letter(pos[key])}{i + 1}" if key else f"{i + 1}:{i + 1}")
    pos = {k: j for j, k in cols.items()}
    unknown = [str(v) for j, v in enumerate(raw.iloc[h].tolist()) if j not in cols and isinstance(v, str) and v.strip()
               and not re.search(r"\((en|ru|zh)\)\s*$", v)]
    if unknown:
        probs.notice(f"{rel}:{sheet}!{h + 1}:{h + 1}", "unknown columns ignored: " + ", ".join(f'"{u}"' for u in unknown))
    df = raw.iloc[h + 1:, list(cols)]
    df.columns = list(cols.values())
    df = df.dropna(how="all")
    # Footnotes: rows of a single text cell after the last row of two cells or more.
    filled = df.notna().sum(axis=1)
    if len(df) and (filled >= 2).any():
        last = filled[filled >= 2].index[-1]
        df = df[(df.index <= last)]
    # Total and subtotal rows are not records.
    kinds = {k: kind for k, kind, _, _ in spec}
    text_cols = [k for k in df.columns if kinds[k] in ("text", "country")]
    total = pd.Series(False, index=df.index)
    for k in text_cols:
        labels = [v for v in df[k].dropna().unique()
                  if isinstance(v, str) and TOTAL_RE.match(norm(v).strip("«»\"'* :"))]
        if labels:
            total |= df[k].isin(labels)
    for i in df.index[total]:
        probs.notice(where(i), "a total row, not a record")
    df = df[~total]
    if ds == "border":
        # Cells merged down a group of rows: the first row holds the value
        # (openpyxl's read-only mode does not give the merged ranges).
        key_cols = [k for k in ("operation", "state", "start", "end", "section") if k in df.columns]
        df[key_cols] = df[key_cols].ffill()
    df = df.copy()
    # Required columns and values.
    for key, kind, req, _ in spec:
        if req and key not in df.columns:
            probs.error(f"{rel}:{sheet}!{h + 1}:{h + 1}", f"required column missing: {key}")
            return None
    for key, kind, req, _ in spec:
        if key not in df.columns:
            df[key] = None
            continue
        col = df[key]
        if req:
            for i in col.index[col.isna()]:
                probs.error(where(i, key), f"{key} is required")
        if kind == "date":
            df[key], bad = by_unique(col, lambda v: parse_date(v, epoch))
        elif kind in ("integer", "decimal"):
            df[key], bad = numbers(col, kind == "decimal")
        elif kind == "country":
            df[key], bad = by_unique(col, lambda v: state_of(cfg, v))
        elif kind == "countries":
            df[key], bad = by_unique(col, lambda v: "; ".join(sorted({state_of(cfg, p) for p in re.split(r"[,;\n]+", str(v)) if p.strip()})))
        elif kind == "section":
            df[key], bad = by_unique(col, lambda v: section_of(v))
        else:
            df[key] = col.where(col.isna(), col.astype(str))
            bad = {}
        for i, msg in bad.items():
            probs.error(where(i, key), msg)
    df = df[[k for k, _, _, _ in spec]]
    df["file"] = rel
    df["row"] = df.index + 1
    return df


def state_of(cfg, v):
    a2 = cfg.state_index.get(norm(v))
    if a2 is None:
        raise ValueError(f'"{v}" is not a state of config.toml')
    return a2


def section_of(v):
    s = SECTION.get(norm(v))
    if s is None:
        raise ValueError(f'"{v}" is not a section (external or internal)')
    return s


def read_all(sources, cfg, probs):
    frames = {ds: [] for ds in SHEETS}
    base = os.path.dirname(os.path.abspath(sources))
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(sources) for f in fs
                   if f.lower().endswith(".xlsx") and not f.startswith("~$"))
    for path in files:
        rel = os.path.relpath(path, base)
        with pd.ExcelFile(path, engine="openpyxl") as book:
            wb = book.book
            epoch = wb.epoch if hasattr(wb, "epoch") else dt.datetime(1899, 12, 30)
            for sheet in book.sheet_names:
                ds = cfg.sheet_names.get(sheet_key(sheet))
                if ds is None:
                    probs.notice(f"{rel}:{sheet}", "sheet ignored: not a sheet of the contract")
                    continue
                raw = book.parse(sheet, header=None)
                df = read_sheet(rel, sheet, ds, raw, cfg, epoch, probs)
                if df is not None and len(df):
                    frames[ds].append(df)
    out = {}
    for ds, fs in frames.items():
        cols = [k for k, _, _, _ in cfg.columns[ds]] + ["file", "row"]
        out[ds] = pd.concat(fs, ignore_index=True) if fs else pd.DataFrame(columns=cols)
        yc = out[ds][YEAR_FROM[ds]]
        out[ds]["year"] = yc.map(lambda d: d.year, na_action="ignore").astype("Int64")
    return out, len(files)


def merge_copies(data, cfg, probs):
    """Border rows with one natural key: identical copies merge, differing ones are an error."""
    b = data["border"]
    if not len(b):
        return 0
    key = ["operation_n", "state", "section", "area_n", "start"]
    b["operation_n"] = b["operation"].map(norm, na_action="ignore")
    b["area_n"] = b["area"].map(norm, na_action="ignore").fillna("")
    inds = [i["key"] for i in cfg.indicators]
    same = b.duplicated(subset=key + inds, keep="first")
    copies = int(same.sum())
    b = b[~same]
    clash = b.duplicated(subset=key, keep=False)
    for _, g in b[clash].groupby(key, dropna=False):
        first = g.iloc[0]
        for _, r in g.iloc[1:].iterrows():
            probs.error(f"{r['file']}:{r['row']}", f"border report differs from its copy at {first['file']}:{first['row']}")
    data["border"] = b.drop(columns=["operation_n", "area_n"]).reset_index(drop=True)
    return copies


# --- Aggregation ---------------------------------------------------------------

def aggregate(data, cfg, year):
    b = data["border"]
    inds = [i["key"] for i in cfg.indicators]
    cur, prev = b[b["year"] == year], b[b["year"] == year - 1]
    key = []
    for ind in cfg.indicators:
        k = ind["key"]
        v, p = cur[k].sum(min_count=1), prev[k].sum(min_count=1)
        key.append({
            "key": k, "label": ind["label"]["en"], "unit": ind["unit"]["en"], "decimal": ind.get("type") == "decimal",
            "year": None if pd.isna(v) else float(v), "previous": None if pd.isna(p) else float(p),
            "change": None if pd.isna(v) or pd.isna(p) or p == 0 else (float(v) / float(p) - 1) * 100,
            "not_reported": int(cur[k].isna().sum()), "states": int(cur.loc[cur[k].notna(), "state"].nunique()),
        })
    per_state = cur.groupby("state")[inds].sum(min_count=1)
    per_state["reports"] = cur.groupby("state").size()
    prev_state = prev.groupby("state")[inds].sum(min_count=1)
    trends = b.groupby("year")[inds].sum(min_count=1).sort_index()
    other = {}
    for ds in ("exercises", "conference", "agreements", "online", "training", "meetings"):
        d = data[ds]
        other[ds] = {"records": int((d["year"] == year).sum()), "previous": int((d["year"] == year - 1).sum())}
    c = data["conference"]
    other["conference"]["participants"] = int(c.loc[c["year"] == year, "participants"].sum())
    a = data["agreements"]
    other["agreements"]["signed"] = int(((a["year"] == year) & a["status"].map(norm, na_action="ignore")
                                         .isin(["signed", "in force", "подписан", "действует"])).sum())
    return {"key": key, "per_state": per_state, "prev_state": prev_state, "trends": trends, "other": other,
            "reports": len(cur), "reports_prev": len(prev)}


# --- Outputs -----------------------------------------------------------------

def fmt(v, decimal=False):
    if v is None or pd.isna(v):
        return "n/r"
    return f"{v:,.3f}".rstrip("0").rstrip(".") if decimal else f"{int(round(v)):,}"


def cells(df):
    """Rows of a frame as lists, empty cells as None."""
    return df.astype(object).where(df.notna(), None).values.tolist()


def write_xlsx(path, data, agg, cfg, year):
    try:
        import xlsxwriter
    except ImportError:
        return write_xlsx_openpyxl(path, data, agg, cfg, year)
    wb = xlsxwriter.Workbook(path, {"constant_memory": True, "default_date_format": "yyyy-mm-dd"})
    bold = wb.add_format({"bold": True})
    ws = wb.add_worksheet("Summary")
    r = 0
    for row in summary_rows(agg, cfg, year):
        ws.write_row(r, 0, row, bold if row and r == 0 else None)
        r += 1
    for ds in SHEETS:
        d = data[ds]
        d = d[d["year"] == year]
        en = SHEETS[ds][0]
        cols = [k for k, _, _, _ in cfg.columns[ds]]
        heads = [h[3][0] for h in cfg.columns[ds]]
        ws = wb.add_worksheet(en)
        ws.write_row(0, 0, heads + ["Source file", "Row"], bold)
        for r, row in enumerate(cells(d[cols + ["file", "row"]]), start=1):
            ws.write_row(r, 0, row)
    wb.close()


def write_xlsx_openpyxl(path, data, agg, cfg, year):
    from openpyxl import Workbook
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Summary")
    for row in summary_rows(agg, cfg, year):
        ws.append(row)
    for ds in SHEETS:
        d = data[ds]
        d = d[d["year"] == year]
        cols = [k for k, _, _, _ in cfg.columns[ds]]
        ws = wb.create_sheet(SHEETS[ds][0])
        ws.append([h[3][0] for h in cfg.columns[ds]] + ["Source file", "Row"])
        for row in cells(d[cols + ["file", "row"]]):
            ws.append(row)
    wb.save(path)


def summary_rows(agg, cfg, year):
    yield [f"{cfg.title} for {year} (Python pipeline)"]
    yield []
    yield ["Key figures: border operations"]
    yield ["Indicator", "Unit", str(year - 1), str(year), "Change, %", "States reporting", "Rows not reported"]
    for k in agg["key"]:
        ch = None if k["change"] is None else round(k["change"], 1)
        yield [k["label"], k["unit"], k["previous"], k["year"], ch, k["states"], k["not_reported"]]
    yield []
    yield [f"By reporting state, {year}"]
    yield ["Code", "State", "Reports"] + [f'{i["label"]["en"]} ({i["unit"]["en"]})' for i in cfg.indicators]
    ps = agg["per_state"]
    for st, row in ps.iterrows():
        yield [st, cfg.states.get(st, st), int(row["reports"])] + [None if pd.isna(row[i["key"]]) else float(row[i["key"]]) for i in cfg.indicators]
    yield []
    yield ["Trends: border totals per year"]
    yield ["Year"] + [i["label"]["en"] for i in cfg.indicators]
    for y, row in agg["trends"].iterrows():
        yield [int(y)] + [None if pd.isna(v) else float(v) for v in row.tolist()]
    yield []
    yield ["Other records", str(year - 1), str(year)]
    for ds, o in agg["other"].items():
        yield [SHEETS[ds][0], o["previous"], o["records"]]
    yield ["Conference participants", None, agg["other"]["conference"]["participants"]]
    yield ["Agreements signed or in force", None, agg["other"]["agreements"]["signed"]]


def write_pdf(path, agg, cfg, year):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st = getSampleStyleSheet()
    doc = SimpleDocTemplate(path, pagesize=A4, title=f"{cfg.title} for {year}", author=cfg.organisation,
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                       ("FONTSIZE", (0, 0), (-1, -1), 8), ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    flow = [Paragraph(cfg.organisation, st["Normal"]), Spacer(1, 0.3 * cm),
            Paragraph(f"{cfg.title} for {year}", st["Title"]),
            Paragraph("Key figures: joint border operations", st["Heading2"])]
    rows = [["Indicator", str(year - 1), str(year), "Change"]]
    for k in agg["key"]:
        ch = "" if k["change"] is None else f'{k["change"]:+.1f}%'
        rows.append([f'{k["label"]} ({k["unit"]})', fmt(k["previous"], k["decimal"]), fmt(k["year"], k["decimal"]), ch])
    flow += [Table(rows, colWidths=[8 * cm, 3 * cm, 3 * cm, 2.5 * cm], style=grid), Spacer(1, 0.5 * cm)]
    o = agg["other"]
    flow.append(Paragraph(
        f'{agg["reports"]:,} border reports ({agg["reports_prev"]:,} the year before); {o["exercises"]["records"]:,} joint exercises; '
        f'{o["conference"]["records"]:,} conference sessions with {o["conference"]["participants"]:,} participants; '
        f'{o["agreements"]["signed"]:,} cooperation documents signed or in force; {o["training"]["records"]:,} training events; '
        f'{o["meetings"]["records"]:,} meetings.', st["Normal"]))
    mains = [i for i in cfg.indicators if i.get("main")]
    flow.append(Paragraph(f"By reporting state, {year}", st["Heading2"]))
    ps = agg["per_state"]
    rows = [["State", "Reports"] + [i["label"]["en"].replace(" detained", "").replace(" seized", "") for i in mains]]
    for code, r in ps.iterrows():
        rows.append([cfg.states.get(code, code), f'{int(r["reports"]):,}'] + [fmt(r[i["key"]]) for i in mains])
    flow += [Table(rows, repeatRows=1, style=grid), Spacer(1, 0.5 * cm)]
    main = mains[0] if mains else cfg.indicators[0]
    flow.append(KeepTogether([Paragraph(f'{main["label"]["en"]} by reporting state, {year - 1} and {year}', st["Heading2"]),
                              chart(agg, cfg, main, year, Image, cm)]))
    doc.build(flow)


def chart(agg, cfg, ind, year, Image, cm):
    k = ind["key"]
    codes = list(agg["per_state"].index)
    cur = [0 if pd.isna(v) else float(v) for v in agg["per_state"][k].tolist()]
    prev = [0 if pd.isna(agg["prev_state"][k].get(c)) else float(agg["prev_state"][k].get(c)) if c in agg["prev_state"].index else 0
            for c in codes]
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return reportlab_chart(codes, prev, cur, year)
    fig, ax = plt.subplots(figsize=(7, 3.4), dpi=150)
    x = range(len(codes))
    ax.bar([i - 0.2 for i in x], prev, width=0.4, label=str(year - 1), color="#9db4d3")
    ax.bar([i + 0.2 for i in x], cur, width=0.4, label=str(year), color="#1f4e8c")
    ax.set_xticks(list(x), codes)
    ax.set_ylabel(ind["unit"]["en"])
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    buf.seek(0)
    return Image(buf, width=17 * cm, height=17 * cm * 3.4 / 7)


def reportlab_chart(codes, prev, cur, year):
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    d = Drawing(480, 220)
    c = VerticalBarChart()
    c.x, c.y, c.width, c.height = 40, 30, 420, 170
    c.data = [prev, cur]
    c.categoryAxis.categoryNames = codes
    c.bars[0].fillColor, c.bars[1].fillColor = colors.HexColor("#9db4d3"), colors.HexColor("#1f4e8c")
    d.add(c)
    return d


# --- Main --------------------------------------------------------------------

def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sources")
    ap.add_argument("out")
    ap.add_argument("--config", help="config.toml (default: beside SOURCES)")
    ap.add_argument("--year", type=int, help="reporting year (default: report.year)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no notices, no timings")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    cfg = Config(a.config or os.path.join(os.path.dirname(os.path.abspath(a.sources)), "config.toml"))
    year = a.year or cfg.year
    probs = Problems()
    data, nfiles = read_all(a.sources, cfg, probs)
    t1 = time.perf_counter()
    copies = merge_copies(data, cfg, probs)
    if not a.quiet:
        for m in probs.notices:
            print(m, file=sys.stderr)
    for m in probs.errors:
        print(m, file=sys.stderr)
    if probs.errors:
        print(f"{len(probs.errors)} errors: nothing written", file=sys.stderr)
        return 1
    agg = aggregate(data, cfg, year)
    t2 = time.perf_counter()
    os.makedirs(a.out, exist_ok=True)
    xlsx, pdf = os.path.join(a.out, f"summary-{year}.xlsx"), os.path.join(a.out, f"report-{year}-en.pdf")
    write_xlsx(xlsx, data, agg, cfg, year)
    t3 = time.perf_counter()
    write_pdf(pdf, agg, cfg, year)
    t4 = time.perf_counter()
    totals = {"count": {st: int(n) for st, n in agg["per_state"]["reports"].items()}}
    for ind in cfg.indicators:
        k = ind["key"]
        col = agg["per_state"][k]
        totals[k] = {st: (round(float(v), 3) if ind.get("type") == "decimal" else int(v))
                     for st, v in col.items() if not pd.isna(v)}
    print(json.dumps({"year": year, "records": {ds: len(d) for ds, d in data.items()},
                      "border_reports": agg["reports"], "totals": totals}, ensure_ascii=False))
    if not a.quiet:
        print(f"{nfiles} files, {sum(len(d) for d in data.values()):,} records ({len(data['border']):,} border, "
              f"{copies} copies merged), {len(probs.notices)} notices", file=sys.stderr)
        print(f"timings: read+validate {t1 - t0:.2f} s, aggregate {t2 - t1:.2f} s, xlsx {t3 - t2:.2f} s, "
              f"pdf {t4 - t3:.2f} s, total {t4 - t0:.2f} s", file=sys.stderr)
        print(xlsx, pdf, sep="\n", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
