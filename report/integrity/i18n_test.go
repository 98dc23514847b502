package integrity

import (
	"strings"
	"testing"

	"ratsreport/report/msg"
)

// TestRefusalsInLanguages checks the Russian and Chinese texts of why a
// file is refused (Open's errors, made of messages) and why a sheet is
// (a verdict's Damage and Issues).
func TestRefusalsInLanguages(t *testing.T) {
	for _, tt := range []struct {
		name, data string
		code       msg.Key
		ru, zh     string
	}{
		{"empty", "", msg.IntegrityEmpty,
			"файл пуст (0 байт); ожидается рабочая книга .xlsx",
			"文件为空（0 字节）；应为 .xlsx 工作簿"},
		{"legacy", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1junk", msg.IntegrityLegacyXLS,
			"это файл устаревшего формата Excel 97–2003 (.xls) или другой файл OLE2; откройте его и сохраните как рабочую книгу .xlsx",
			"这是旧版 Excel 97-2003（.xls）文件或其他 OLE2 文件；请打开并另存为 .xlsx 工作簿"},
		{"PDF", "%PDF-1.7\n", msg.IntegrityPDF,
			"это документ PDF, а не рабочая книга; ожидается рабочая книга .xlsx",
			"这是 PDF 文件，不是工作簿；应为 .xlsx 工作簿"},
		{"broken zip", "PK\x03\x04junk", msg.IntegrityZipUnreadable,
			"zip-пакет не читается (zip: not a valid zip file); файл повреждён или не является рабочей книгой .xlsx",
			"不是可读取的 zip 包（zip: not a valid zip file）；文件已损坏或不是 .xlsx 工作簿"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(strings.NewReader(tt.data), int64(len(tt.data)), Limits{})
			var e *msg.Error
			if !asMsg(err, &e) || e.Key != tt.code {
				t.Fatalf("Open = %v; want a %s", err, tt.code)
			}
			if got := msg.Text("ru", err); got != tt.ru {
				t.Errorf("ru:\n got %s\nwant %s", got, tt.ru)
			}
			if got := msg.Text("zh", err); got != tt.zh {
				t.Errorf("zh:\n got %s\nwant %s", got, tt.zh)
			}
		})
	}
	// A package over a limit.
	book := cellBook(t)
	_, err := Open(strings.NewReader(string(book)), int64(len(book)), Limits{MaxParts: 3})
	if got, want := msg.Text("ru", err), "пакет содержит частей: "; !strings.HasPrefix(got, want) || !strings.HasSuffix(got, "; в рабочей книге их десятки, предел — 3") {
		t.Errorf("too many parts in ru = %q", got)
	}

	// Damaged sheets, and a cell the reader would misread.
	for _, tt := range []struct {
		name, xml string
		code      msg.Key
		ru, zh    string
	}{
		{"truncated", scanHead + `<row r="7"><c r="A7"><v>1</v></c>`, msg.IntegritySheetTruncated,
			"XML листа оборван после строки 7",
			"工作表的 XML 在第 7 行之后被截断"},
		{"rows out of order", scanHead + `<row r="2"/><row r="1"/>` + scanTail, msg.IntegrityRowOrder,
			"в XML листа строка 1 идёт после строки 2 (строки не по порядку или повторяются)",
			"工作表的 XML 中第 1 行位于第 2 行之后（行顺序错乱或重复）"},
		{"mismatched end tag", scanHead + `<row r="9"></c></row>` + scanTail, msg.IntegritySheetXMLDamaged,
			"XML листа повреждён около строки 9: элемент <row> закрыт тегом </c>",
			"工作表的 XML 在第 9 行附近损坏：元素 <row> 被 </c> 关闭"},
		{"chart sheet", `<chartsheet/>`, msg.IntegrityChartSheet,
			"это лист диаграммы, а не лист с данными; читаются только листы с данными",
			"该工作表是图表工作表，不是普通工作表；只读取普通工作表"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v := verifySheet(partZip(t, []byte(tt.xml)), -1, 64, nil)
			if v.Damage == nil || v.Damage.Msg.Key != tt.code {
				t.Fatalf("Damage = %v; want a %s", v.Damage, tt.code)
			}
			if got := v.Damage.In("ru"); got != tt.ru {
				t.Errorf("ru:\n got %s\nwant %s", got, tt.ru)
			}
			if got := v.Damage.In("zh"); got != tt.zh {
				t.Errorf("zh:\n got %s\nwant %s", got, tt.zh)
			}
		})
	}
	v := verifySheet(partZip(t, []byte(scanHead+`<row r="1"><c r="A1"><f>1+1</f></c><c r="B1" t="s"><v>x</v></c></row>`+scanTail)), 3, 64, nil)
	if len(v.Issues) != 2 {
		t.Fatalf("Issues = %v; want two", v.Issues)
	}
	for i, want := range []struct{ ru, zh string }{
		{"формула без сохранённого значения: при чтении её результат не виден; пересчитайте и сохраните рабочую книгу в Excel или LibreOffice",
			"公式没有缓存值：读取时看不到其结果；请在 Excel 或 LibreOffice 中重新计算并保存工作簿"},
		{`индекс общей строки "x" не является числом: текст ячейки не читается (рабочая книга повреждена)`,
			`共享字符串索引 "x" 不是数字：无法读取单元格文本（工作簿已损坏）`},
	} {
		if got := v.Issues[i].Msg.In("ru"); got != want.ru {
			t.Errorf("issue %d in ru:\n got %s\nwant %s", i, got, want.ru)
		}
		if got := v.Issues[i].Msg.In("zh"); got != want.zh {
			t.Errorf("issue %d in zh:\n got %s\nwant %s", i, got, want.zh)
		}
	}

	// A sheet the library's reader could not afford.
	zf := partZip(t, []byte(`<worksheet>`+strings.Repeat("<a>", 70)+strings.Repeat("</a>", 70)+`</worksheet>`))
	err = checkPart(zf, 64, nil)
	if got, want := msg.Text("ru", err), "в XML листа элементы вложены слишком глубоко (более 64 уровней)"; got != want {
		t.Errorf("too deep in ru = %q, want %q", got, want)
	}
	if got, want := msg.Text("zh", err), "工作表的 XML 元素嵌套过深（超过 64 层）"; got != want {
		t.Errorf("too deep in zh = %q, want %q", got, want)
	}
	if got, want := err.Error(), "the sheet's XML nests elements too deep (more than 64 levels)"; got != want {
		t.Errorf("too deep in en = %q, want %q", got, want)
	}
}

// asMsg reports whether err is an error made of a message, and sets e.
func asMsg(err error, e **msg.Error) bool {
	x, ok := err.(*msg.Error)
	if ok {
		*e = x
	}
	return ok
}
