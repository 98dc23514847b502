#!/usr/bin/python3
"""Writes the fixtures made by other software than excelize.

openpyxl-1904.xlsx is written by python3-openpyxl (Debian) in the 1904 date
system; libreoffice.xlsx is converted by LibreOffice headless from
libreoffice-src.csv. Run from this folder: /usr/bin/python3 make_fixtures.py
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
