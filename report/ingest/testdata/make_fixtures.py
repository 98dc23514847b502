#!/usr/bin/python3
"""Writes the fixtures made by other software than excelize.

openpyxl-1904.xlsx is written by python3-openpyxl (Debian) in the 1904 date
system; libreoffice.xlsx is converted by LibreOffice headless from
libreoffice-src.csv; layout/openpyxl.xlsx is a border sheet with merged
cells, a two-row header, hidden rows, totals and a footnote, written by
openpyxl, and layout/libreoffice.xlsx the same re-saved by LibreOffice.
Run from this folder: /usr/bin/python3 make_fixtures.py
The outputs are committed; the tests never run this script.
"""
import datetime
import os
import subprocess
import tempfile

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "Exercises"
ws["A1"] = "Joint anti-terrorist exercises (written by openpyxl)"
ws.merge_cells("A1:H1")
headers = ["Kind", "Name", "Start date", "End date", "Host country", "Participating states", "Threat", "Personnel", "Remarks"]
ws.append([])
ws.append(headers)
rows = [
    ["field", "Sahand-Antiterror-2025", datetime.date(2025, 12, 1), datetime.date(2025, 12, 5), "IRN",
     "IR\nRU;Китай, KZ", "armed incursion", 1200, "x"],
    ["command-staff", "Vostok-Antiterror-2012", datetime.date(2012, 6, 4), datetime.date(2012, 6, 6), "Uzbekistan",
     "UZ, KZ, Киргизия", "hostage-taking", "1 250", None],
]
for r in rows:
    ws.append(r)
for row in ws.iter_rows(min_row=4, max_row=5, min_col=3, max_col=4):
    for c in row:
        c.number_format = "dd.mm.yyyy"
ag = wb.create_sheet("Agreements")
ag.append(["Counterparty", "Counterparty type", "Document", "Title", "Status", "Signed date"])
ag.append(["Interpol", "international organisation", "memorandum", "MoU", "signed", datetime.date(2014, 11, 4)])
ag.append(["CARICC", "international organisation", "protocol", '=CONCAT("Proto","col")', "signed", datetime.date(2018, 6, 15)])
ag["F2"].number_format = "yyyy-mm-dd"
ag["F3"].number_format = "yyyy-mm-dd"
wb.create_sheet("Notes")["A1"] = "not data"
wb.save("openpyxl-1904.xlsx")

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "Пограничные операции.csv")
    with open("libreoffice-src.csv", encoding="utf-8") as f, open(src, "w", encoding="utf-8") as g:
        g.write(f.read())
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                    "--infilter=CSV:44,34,76,1,,1033", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                    "--outdir", tmp, src], check=True, capture_output=True)
    os.replace(os.path.join(tmp, "Пограничные операции.xlsx"), "libreoffice.xlsx")


def layout_book(path):
    """A border sheet laid out as clerks lay it out (layout_test.go
    TestLayoutOtherWriters): a title, a two-row header with a merged group
    header, keys merged down over the rows of one operation, two hidden
    rows, a correct total, a wrong grand total and a footnote."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Пограничные операции"
    ws["A1"] = "Пограничные операции 2025"
    ws.merge_cells("A1:I1")
    top = ["Операция", "Отчитывающееся государство", "Дата начала", "Дата окончания", "Участок", "Район",
           "Задержано нарушителей границы (чел.)", "Изъято"]
    for i, h in enumerate(top):
        ws.cell(row=2, column=i + 1, value=h)
    for col in "ABCDEFG":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("H2:I2")
    ws["H3"] = "наркотиков, кг"
    ws["I3"] = "огнестрельного оружия (ед.)"
    data = [("Северный", 10, 2), ("Южный", 12, 0), ("Восточный", 5, 1), ("Ошский", 3, 0)]
    for i, (area, violators, firearms) in enumerate(data):
        r = 4 + i
        ws.cell(row=r, column=6, value=area)
        ws.cell(row=r, column=7, value=violators)
        ws.cell(row=r, column=8, value="1,5")
        ws.cell(row=r, column=9, value=firearms)
    ws["A4"] = "Solidarity-2025"
    ws.merge_cells("A4:A7")
    ws["B4"] = "Казахстан"
    ws.merge_cells("B4:B5")
    ws["B6"] = "Киргизия"
    ws.merge_cells("B6:B7")
    for col, v in (("C", "01.09.2025"), ("D", "30.09.2025"), ("E", "внешний")):
        ws[f"{col}4"] = v
        ws.merge_cells(f"{col}4:{col}7")
    ws.row_dimensions[6].hidden = True
    ws.row_dimensions[7].hidden = True
    ws["F8"] = "Итого"
    ws["G8"] = 30
    ws["A9"] = "ВСЕГО:"
    ws["G9"] = 31
    ws["A11"] = "* предварительные данные"
    wb.save(path)


os.makedirs("layout", exist_ok=True)
layout_book("layout/openpyxl.xlsx")
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src.xlsx")
    layout_book(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", os.path.join(tmp, "out"), src],
                   check=True, capture_output=True)
    os.replace(os.path.join(tmp, "out", "src.xlsx"), "layout/libreoffice.xlsx")
