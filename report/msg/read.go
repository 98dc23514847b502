package msg

import "golang.org/x/text/feature/plural"

// readEntries are the catalogue's texts of this area (see the package
// comment); each key is a constant above its entry's use.
var readEntries = joinReadEntries(integrityEntries, fileEntries, layoutEntries, mergeEntries, templateEntries)

// joinReadEntries joins the parts of the area's catalogue.
func joinReadEntries(parts ...[]Entry) []Entry {
	var out []Entry
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// ReadErrorText takes an error (or a text) as it reads: a library's or
// the operating system's error, which the tool cannot translate.
const ReadErrorText Key = "read.error"

// The package check of an input workbook (package integrity): why a file
// is refused before it is read, and why a sheet is.
const (
	// IntegrityEmpty, IntegrityEncrypted, IntegrityLegacyXLS,
	// IntegrityPDF, IntegrityNotZip, IntegrityXLSB, IntegrityODS,
	// IntegrityWord, IntegrityNoWorkbook, IntegrityTruncatedXML,
	// IntegritySSTNested, IntegrityNoXML, IntegrityFormulaNoValue,
	// IntegritySSTMissing, IntegritySheetDoctype, IntegrityChartSheet,
	// IntegrityDialogSheet and IntegrityMacroSheet take no argument.
	IntegrityEmpty     Key = "integrity.empty-file"
	IntegrityEncrypted Key = "integrity.encrypted"
	IntegrityLegacyXLS Key = "integrity.legacy-xls"
	IntegrityPDF       Key = "integrity.pdf"
	IntegrityNotZip    Key = "integrity.not-zip"
	// IntegrityZipUnreadable takes the zip library's error.
	IntegrityZipUnreadable Key = "integrity.zip-unreadable"
	// IntegrityTooManyParts takes the number of parts and the limit.
	IntegrityTooManyParts Key = "integrity.too-many-parts"
	// IntegrityDuplicateParts takes the two part names.
	IntegrityDuplicateParts Key = "integrity.duplicate-parts"
	// IntegrityPartTooLarge takes the part, its size and the limit in MB.
	IntegrityPartTooLarge Key = "integrity.part-too-large"
	// IntegrityTooLarge takes the limit in MB.
	IntegrityTooLarge Key = "integrity.too-large"
	// IntegrityZipBomb takes the part, its compressed and its declared size.
	IntegrityZipBomb Key = "integrity.zip-bomb"
	// IntegrityInMemory takes the limit in MB.
	IntegrityInMemory Key = "integrity.in-memory"
	IntegrityXLSB     Key = "integrity.xlsb"
	IntegrityODS      Key = "integrity.ods"
	IntegrityWord     Key = "integrity.word"
	// IntegrityWorkbookMissing takes the part the package names.
	IntegrityWorkbookMissing Key = "integrity.workbook-missing"
	IntegrityNoWorkbook      Key = "integrity.no-workbook"
	// IntegrityPartXMLDamaged takes the part and the XML error.
	IntegrityPartXMLDamaged Key = "integrity.part-xml-damaged"
	// IntegrityZipReread takes the zip library's error.
	IntegrityZipReread Key = "integrity.zip-reread"
	// IntegrityPartMissing takes the sheet's part.
	IntegrityPartMissing Key = "integrity.part-missing"
	// IntegrityPartDamaged takes the part and the error.
	IntegrityPartDamaged Key = "integrity.part-damaged"
	// IntegritySizeMismatch takes the bytes read and the bytes declared.
	IntegritySizeMismatch Key = "integrity.size-mismatch"
	// IntegritySSTDamaged takes what is wrong with the table of texts.
	IntegritySSTDamaged   Key = "integrity.sst-damaged"
	IntegrityTruncatedXML Key = "integrity.truncated-xml"
	IntegritySSTNested    Key = "integrity.sst-nested"
	// IntegritySSTTooMany takes the limit.
	IntegritySSTTooMany Key = "integrity.sst-too-many"
	IntegrityNoXML      Key = "integrity.no-xml"
	// IntegritySheetNotClaimed takes the sheet's name.
	IntegritySheetNotClaimed Key = "integrity.sheet-not-claimed"
	// IntegrityInternalSheet and IntegrityInternalPackage take the
	// panic's value: a fault of the tool.
	IntegrityInternalSheet   Key = "integrity.internal-sheet"
	IntegrityInternalPackage Key = "integrity.internal-package"
	// IntegritySSTUnreadable takes the error.
	IntegritySSTUnreadable Key = "integrity.sst-unreadable"
	// IntegrityTooManyMerges takes the limit.
	IntegrityTooManyMerges Key = "integrity.too-many-merges"
	// IntegritySheetPartUnreadable and IntegritySheetPartDamaged take the
	// error.
	IntegritySheetPartUnreadable Key = "integrity.sheet-part-unreadable"
	IntegritySheetPartDamaged    Key = "integrity.sheet-part-damaged"
	// IntegritySheetTooDeep takes the limit of levels.
	IntegritySheetTooDeep Key = "integrity.sheet-too-deep"
	IntegritySheetDoctype Key = "integrity.sheet-doctype"
	// IntegrityXMLTooDeep takes the limit of levels.
	IntegrityXMLTooDeep Key = "integrity.xml-too-deep"
	// IntegrityXMLEndUnmatched takes the end tag's name.
	IntegrityXMLEndUnmatched Key = "integrity.xml-end-unmatched"
	// IntegrityXMLEndMismatch takes the open element's and the end tag's
	// names.
	IntegrityXMLEndMismatch Key = "integrity.xml-end-mismatch"
	// IntegritySheetXMLDamaged takes the row and the XML error.
	IntegritySheetXMLDamaged Key = "integrity.sheet-xml-damaged"
	// IntegrityRowInCell and IntegrityCellInCell take the row.
	IntegrityRowInCell  Key = "integrity.row-in-cell"
	IntegrityCellInCell Key = "integrity.cell-in-cell"
	// IntegrityRowAttrTwice and IntegrityCellAttrTwice take the attribute
	// and the row.
	IntegrityRowAttrTwice  Key = "integrity.row-attribute-twice"
	IntegrityCellAttrTwice Key = "integrity.cell-attribute-twice"
	// IntegrityRowNumber takes the row number as written and the last row
	// a sheet may have.
	IntegrityRowNumber Key = "integrity.row-number"
	// IntegrityRowOrder takes the row and the row before it.
	IntegrityRowOrder Key = "integrity.row-order"
	// IntegrityCellRef takes the reference as written and the row.
	IntegrityCellRef Key = "integrity.cell-reference"
	// IntegrityCellOrder takes the cell and the row.
	IntegrityCellOrder Key = "integrity.cell-order"
	// IntegrityCellStyle takes the cell and the style as written.
	IntegrityCellStyle      Key = "integrity.cell-style"
	IntegrityFormulaNoValue Key = "integrity.formula-no-value"
	// IntegritySSTIndexNaN takes the index as written.
	IntegritySSTIndexNaN Key = "integrity.sst-index-not-number"
	IntegritySSTMissing  Key = "integrity.sst-missing"
	// IntegritySSTIndexRange takes the index and the table's size.
	IntegritySSTIndexRange Key = "integrity.sst-index-range"
	IntegrityChartSheet    Key = "integrity.chart-sheet"
	IntegrityDialogSheet   Key = "integrity.dialog-sheet"
	IntegrityMacroSheet    Key = "integrity.macro-sheet"
	// IntegritySheetTruncated takes the last row read.
	IntegritySheetTruncated Key = "integrity.sheet-truncated"
)

var integrityEntries = []Entry{
	{Key: ReadErrorText, EN: "%v", RU: "%v", ZH: "%v"},
	{Key: IntegrityEmpty,
		EN: "the file is empty (0 bytes); expected an .xlsx workbook",
		RU: "файл пуст (0 байт); ожидается рабочая книга .xlsx",
		ZH: "文件为空（0 字节）；应为 .xlsx 工作簿"},
	{Key: IntegrityEncrypted,
		EN: "the workbook is encrypted (password-protected), and ratsreport takes no password; save a copy without one (Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password) as .xlsx",
		RU: "рабочая книга зашифрована (защищена паролем), а ratsreport не принимает пароли; сохраните копию без пароля в формате .xlsx (Excel: Файл > Сведения > Защита книги > Зашифровать с использованием пароля, удалите пароль)",
		ZH: "工作簿已加密（受密码保护），ratsreport 不接受密码；请另存一份无密码的 .xlsx 副本（Excel：文件 > 信息 > 保护工作簿 > 用密码进行加密，清除密码）"},
	{Key: IntegrityLegacyXLS,
		EN: "this is a legacy Excel 97-2003 (.xls) or other OLE2 file; open it and save it as an .xlsx workbook",
		RU: "это файл устаревшего формата Excel 97–2003 (.xls) или другой файл OLE2; откройте его и сохраните как рабочую книгу .xlsx",
		ZH: "这是旧版 Excel 97-2003（.xls）文件或其他 OLE2 文件；请打开并另存为 .xlsx 工作簿"},
	{Key: IntegrityPDF,
		EN: "this is a PDF, not a workbook; expected an .xlsx workbook",
		RU: "это документ PDF, а не рабочая книга; ожидается рабочая книга .xlsx",
		ZH: "这是 PDF 文件，不是工作簿；应为 .xlsx 工作簿"},
	{Key: IntegrityNotZip,
		EN: "this is not an .xlsx workbook (not a zip package); expected an Excel 2007+ .xlsx file",
		RU: "это не рабочая книга .xlsx (не zip-пакет); ожидается файл .xlsx (Excel 2007 и новее)",
		ZH: "这不是 .xlsx 工作簿（不是 zip 包）；应为 Excel 2007 及以上版本的 .xlsx 文件"},
	{Key: IntegrityZipUnreadable,
		EN: "not a readable zip package (%v); the file is damaged or not an .xlsx workbook",
		RU: "zip-пакет не читается (%v); файл повреждён или не является рабочей книгой .xlsx",
		ZH: "不是可读取的 zip 包（%v）；文件已损坏或不是 .xlsx 工作簿"},
	{Key: IntegrityTooManyParts,
		EN: "the package holds %d parts; a workbook has tens, and the limit is %d",
		RU: "пакет содержит частей: %d; в рабочей книге их десятки, предел — %d",
		ZH: "文件包含有 %d 个部件；工作簿通常只有几十个，上限为 %d 个"},
	{Key: IntegrityDuplicateParts,
		EN: "the package holds two parts named %q and %q, which is not allowed (part names are compared ignoring case); the file is damaged",
		RU: "пакет содержит две части с именами %q и %q, что недопустимо (имена частей сравниваются без учёта регистра); файл повреждён",
		ZH: "文件包中有两个名为 %q 和 %q 的部件，这是不允许的（部件名称不区分大小写）；文件已损坏"},
	{Key: IntegrityPartTooLarge,
		EN: "part %s declares %d MB once decompressed; the limit for one part is %d MB",
		RU: "часть %s после распаковки заявляет объём %d МБ; предел для одной части — %d МБ",
		ZH: "部件 %s 声明解压后为 %d MB；单个部件的上限为 %d MB"},
	{Key: IntegrityTooLarge,
		EN: "the workbook declares more than %d MB of content once decompressed, the limit",
		RU: "рабочая книга после распаковки заявляет объём содержимого более %d МБ — выше предела",
		ZH: "工作簿声明解压后的内容超过 %d MB 的上限"},
	{Key: IntegrityZipBomb,
		EN: "part %s would expand %d bytes to %d, as zip bombs do; refused",
		RU: "часть %s развернулась бы из %d байт в %d, как это делают zip-бомбы; файл отклонён",
		ZH: "部件 %s 会从 %d 字节膨胀到 %d 字节，这是 zip 炸弹的特征；已拒绝"},
	{Key: IntegrityInMemory,
		EN: "the workbook's parts other than large sheets (pictures, embedded objects, many sheets) hold more than %d MB, the limit; save a copy with only the sheets of the report",
		RU: "части рабочей книги, кроме больших листов (рисунки, внедрённые объекты, множество листов), занимают более %d МБ — выше предела; сохраните копию только с листами для доклада",
		ZH: "工作簿中除大型工作表以外的部件（图片、嵌入对象、大量工作表）超过 %d MB 的上限；请另存一份只含报告所需工作表的副本"},
	{Key: IntegrityXLSB,
		EN: "this is an Excel binary workbook (.xlsb); save it as an .xlsx workbook",
		RU: "это двоичная рабочая книга Excel (.xlsb); сохраните её как рабочую книгу .xlsx",
		ZH: "这是 Excel 二进制工作簿（.xlsb）；请另存为 .xlsx 工作簿"},
	{Key: IntegrityODS,
		EN: "this is an OpenDocument spreadsheet (.ods); save it as an .xlsx workbook",
		RU: "это электронная таблица OpenDocument (.ods); сохраните её как рабочую книгу .xlsx",
		ZH: "这是 OpenDocument 电子表格（.ods）；请另存为 .xlsx 工作簿"},
	{Key: IntegrityWord,
		EN: "this is a Word document, not a workbook",
		RU: "это документ Word, а не рабочая книга",
		ZH: "这是 Word 文档，不是工作簿"},
	{Key: IntegrityWorkbookMissing,
		EN: "the package names %s as its workbook, but has no such part; the file is damaged",
		RU: "пакет указывает %s как свою рабочую книгу, но такой части в нём нет; файл повреждён",
		ZH: "文件包指明 %s 为其工作簿，但没有该部件；文件已损坏"},
	{Key: IntegrityNoWorkbook,
		EN: "the package has no workbook part (no officeDocument relationship in _rels/.rels); expected an .xlsx workbook",
		RU: "в пакете нет части рабочей книги (в _rels/.rels нет связи officeDocument); ожидается рабочая книга .xlsx",
		ZH: "文件包中没有工作簿部件（_rels/.rels 中没有 officeDocument 关系）；应为 .xlsx 工作簿"},
	{Key: IntegrityPartXMLDamaged,
		EN: "%s is damaged: %v",
		RU: "часть %s повреждена: %v",
		ZH: "%s 已损坏：%v"},
	{Key: IntegrityZipReread,
		EN: "not a readable zip package (%v)",
		RU: "zip-пакет не читается (%v)",
		ZH: "不是可读取的 zip 包（%v）"},
	{Key: IntegrityPartMissing,
		EN: "its part %s is missing from the package",
		RU: "часть листа %s отсутствует в пакете",
		ZH: "该工作表的部件 %s 在文件包中缺失"},
	{Key: IntegrityPartDamaged,
		EN: "part %s is damaged: %v",
		RU: "часть %s повреждена: %v",
		ZH: "部件 %s 已损坏：%v"},
	{Key: IntegritySizeMismatch,
		EN: "holds %d bytes, declares %d",
		RU: "содержит байт: %d, заявлено: %d",
		ZH: "实际为 %d 字节，声明为 %d 字节"},
	{Key: IntegritySSTDamaged,
		EN: "xl/sharedStrings.xml, the table of the workbook's texts, is damaged: %v",
		RU: "таблица текстов рабочей книги (xl/sharedStrings.xml) повреждена: %v",
		ZH: "工作簿的文本表（xl/sharedStrings.xml）已损坏：%v"},
	{Key: IntegrityTruncatedXML,
		EN: "truncated XML",
		RU: "XML оборван",
		ZH: "XML 被截断"},
	{Key: IntegritySSTNested,
		EN: "a text entry (<si>) nested inside another element",
		RU: "текстовая запись (<si>) вложена в другой элемент",
		ZH: "文本条目（<si>）嵌套在其他元素中"},
	{Key: IntegritySSTTooMany,
		EN: "the workbook's table of texts (xl/sharedStrings.xml) holds more than %d entries, the limit; a report workbook needs far fewer",
		RU: "таблица текстов рабочей книги (xl/sharedStrings.xml) содержит более %d записей — выше предела; рабочей книге для доклада нужно гораздо меньше",
		ZH: "工作簿的文本表（xl/sharedStrings.xml）超过 %d 个条目的上限；报告工作簿所需的条目远少于此"},
	{Key: IntegrityNoXML,
		EN: "it holds no XML",
		RU: "в ней нет XML",
		ZH: "其中没有 XML"},
	{Key: IntegritySheetNotClaimed,
		EN: "sheet %q is not one to read here",
		RU: "лист %q здесь не читается",
		ZH: "工作表 %q 不在此处读取"},
	{Key: IntegrityInternalSheet,
		EN: "internal error in the sheet's check: %v",
		RU: "внутренняя ошибка при проверке листа: %v",
		ZH: "检查工作表时发生内部错误：%v"},
	{Key: IntegrityInternalPackage,
		EN: "internal error in the package check: %v",
		RU: "внутренняя ошибка при проверке пакета: %v",
		ZH: "检查文件包时发生内部错误：%v"},
	{Key: IntegritySSTUnreadable,
		EN: "xl/sharedStrings.xml, the table of the workbook's texts, cannot be read: %v",
		RU: "не удаётся прочитать таблицу текстов рабочей книги (xl/sharedStrings.xml): %v",
		ZH: "无法读取工作簿的文本表（xl/sharedStrings.xml）：%v"},
	{Key: IntegrityTooManyMerges,
		EN: "the sheet has more than %d merged ranges, the limit; a report table has a few: unmerge the cells (Home > Merge & Center) and fill in each row's values",
		RU: "на листе более %d объединённых диапазонов — выше предела; в таблице для доклада их единицы: отмените объединение ячеек (Главная > Объединить и поместить в центре) и заполните значения в каждой строке",
		ZH: "工作表中的合并区域超过 %d 个的上限；报告表格中通常只有几个：请取消合并单元格（开始 > 合并后居中），并填写每一行的值"},
	{Key: IntegritySheetPartUnreadable,
		EN: "the sheet's part cannot be read: %v",
		RU: "не удаётся прочитать часть листа: %v",
		ZH: "无法读取工作表的部件：%v"},
	{Key: IntegritySheetPartDamaged,
		EN: "the sheet's part is damaged: %v",
		RU: "часть листа повреждена: %v",
		ZH: "工作表的部件已损坏：%v"},
	{Key: IntegritySheetTooDeep,
		EN: "the sheet's XML nests elements too deep (more than %d levels)",
		RU: "в XML листа элементы вложены слишком глубоко (более %d уровней)",
		ZH: "工作表的 XML 元素嵌套过深（超过 %d 层）"},
	{Key: IntegritySheetDoctype,
		EN: "the sheet's XML holds a document type declaration (<!DOCTYPE …>), which workbooks do not have",
		RU: "XML листа содержит объявление типа документа (<!DOCTYPE …>), которого в рабочих книгах не бывает",
		ZH: "工作表的 XML 含有文档类型声明（<!DOCTYPE …>），工作簿中不应有此声明"},
	{Key: IntegrityXMLTooDeep,
		EN: "elements nested more than %d deep",
		RU: "элементы вложены глубже %d уровней",
		ZH: "元素嵌套超过 %d 层"},
	{Key: IntegrityXMLEndUnmatched,
		EN: "the end tag </%s> closes no element",
		RU: "закрывающий тег </%s> не закрывает ни одного элемента",
		ZH: "结束标记 </%s> 没有对应的开始元素"},
	{Key: IntegrityXMLEndMismatch,
		EN: "element <%s> closed by </%s>",
		RU: "элемент <%s> закрыт тегом </%s>",
		ZH: "元素 <%s> 被 </%s> 关闭"},
	{Key: IntegritySheetXMLDamaged,
		EN: "the sheet's XML is damaged near row %d: %v",
		RU: "XML листа повреждён около строки %d: %v",
		ZH: "工作表的 XML 在第 %d 行附近损坏：%v"},
	{Key: IntegrityRowInCell,
		EN: "the sheet's XML has a row inside a cell in row %d",
		RU: "в XML листа внутри ячейки в строке %d находится строка",
		ZH: "工作表的 XML 在第 %d 行的单元格内含有行"},
	{Key: IntegrityCellInCell,
		EN: "the sheet's XML has a cell inside a cell in row %d",
		RU: "в XML листа внутри ячейки в строке %d находится ячейка",
		ZH: "工作表的 XML 在第 %d 行的单元格内含有单元格"},
	{Key: IntegrityRowAttrTwice,
		EN: "the sheet's XML gives a row the attribute %q twice near row %d",
		RU: "в XML листа у строки дважды указан атрибут %q (около строки %d)",
		ZH: "工作表的 XML 在第 %[2]d 行附近为行重复指定了属性 %[1]q"},
	{Key: IntegrityCellAttrTwice,
		EN: "the sheet's XML gives a cell the attribute %q twice near row %d",
		RU: "в XML листа у ячейки дважды указан атрибут %q (около строки %d)",
		ZH: "工作表的 XML 在第 %[2]d 行附近为单元格重复指定了属性 %[1]q"},
	{Key: IntegrityRowNumber,
		EN: "the sheet's XML has a row numbered %q; expected 1 to %d",
		RU: "в XML листа есть строка с номером %q; ожидается номер от 1 до %d",
		ZH: "工作表的 XML 中有编号为 %q 的行；行号应为 1 至 %d"},
	{Key: IntegrityRowOrder,
		EN: "the sheet's XML has row %d after row %d (rows out of order or repeated)",
		RU: "в XML листа строка %d идёт после строки %d (строки не по порядку или повторяются)",
		ZH: "工作表的 XML 中第 %d 行位于第 %d 行之后（行顺序错乱或重复）"},
	{Key: IntegrityCellRef,
		EN: "the sheet's XML has a cell reference %q in row %d",
		RU: "в XML листа в строке %[2]d есть ссылка на ячейку %[1]q",
		ZH: "工作表的 XML 在第 %[2]d 行中有单元格引用 %[1]q"},
	{Key: IntegrityCellOrder,
		EN: "the sheet's XML has cell %s after a cell to its right in row %d (cells out of order or repeated)",
		RU: "в XML листа ячейка %s идёт после ячейки правее неё в строке %d (ячейки не по порядку или повторяются)",
		ZH: "工作表的 XML 中，单元格 %s 位于第 %d 行中其右侧的单元格之后（单元格顺序错乱或重复）"},
	{Key: IntegrityCellStyle,
		EN: "the sheet's XML gives cell %s the style %q, which is not a number, before its reference",
		RU: "в XML листа у ячейки %s перед её ссылкой указан стиль %q, который не является числом",
		ZH: "工作表的 XML 在单元格 %s 的引用之前为其指定了非数字的样式 %q"},
	{Key: IntegrityFormulaNoValue,
		EN: "formula without a cached value: the reader cannot see its result; recalculate and save the workbook in Excel or LibreOffice",
		RU: "формула без сохранённого значения: при чтении её результат не виден; пересчитайте и сохраните рабочую книгу в Excel или LibreOffice",
		ZH: "公式没有缓存值：读取时看不到其结果；请在 Excel 或 LibreOffice 中重新计算并保存工作簿"},
	{Key: IntegritySSTIndexNaN,
		EN: "shared-string index %q is not a number: the cell's text cannot be read (damaged workbook)",
		RU: "индекс общей строки %q не является числом: текст ячейки не читается (рабочая книга повреждена)",
		ZH: "共享字符串索引 %q 不是数字：无法读取单元格文本（工作簿已损坏）"},
	{Key: IntegritySSTMissing,
		EN: "refers to a shared-string table that the workbook lacks: the cell's text cannot be read (damaged workbook)",
		RU: "ссылается на таблицу общих строк, которой в рабочей книге нет: текст ячейки не читается (рабочая книга повреждена)",
		ZH: "引用了工作簿中不存在的共享字符串表：无法读取单元格文本（工作簿已损坏）"},
	{Key: IntegritySSTIndexRange,
		EN: "shared-string index %d is out of range (the table has %d): the cell's text cannot be read (damaged workbook)",
		RU: "индекс общей строки %d вне диапазона (записей в таблице: %d): текст ячейки не читается (рабочая книга повреждена)",
		ZH: "共享字符串索引 %d 超出范围（该表共 %d 项）：无法读取单元格文本（工作簿已损坏）"},
	{Key: IntegrityChartSheet,
		EN: "the sheet is a chart sheet, not a worksheet; only worksheets are read",
		RU: "это лист диаграммы, а не лист с данными; читаются только листы с данными",
		ZH: "该工作表是图表工作表，不是普通工作表；只读取普通工作表"},
	{Key: IntegrityDialogSheet,
		EN: "the sheet is a dialog sheet, not a worksheet; only worksheets are read",
		RU: "это лист диалога, а не лист с данными; читаются только листы с данными",
		ZH: "该工作表是对话框工作表，不是普通工作表；只读取普通工作表"},
	{Key: IntegrityMacroSheet,
		EN: "the sheet is an Excel 4.0 macro sheet, not a worksheet; only worksheets are read",
		RU: "это лист макросов Excel 4.0, а не лист с данными; читаются только листы с данными",
		ZH: "该工作表是 Excel 4.0 宏表，不是普通工作表；只读取普通工作表"},
	{Key: IntegritySheetTruncated,
		EN: "the sheet's XML is truncated after row %d",
		RU: "XML листа оборван после строки %d",
		ZH: "工作表的 XML 在第 %d 行之后被截断"},
}

// The reading of a workbook and its sheets (package ingest).
const (
	// ReadInternalError takes the panic's value and the first frames of
	// the stack: a fault of the tool.
	ReadInternalError Key = "read.internal-error"
	// ReadFileUnreadable takes the operating system's error.
	ReadFileUnreadable Key = "read.file-unreadable"
	// ReadSheetIgnored takes no argument: a sheet whose name is none of
	// the contract's.
	ReadSheetIgnored Key = "read.sheet-ignored"
	// ReadSheetNamesClash takes how many sheets share a name and their
	// names, quoted and joined (ReadSepAnd).
	ReadSheetNamesClash Key = "read.sheet-names-clash"
	// ReadSheetRefused takes why the package check refuses the sheet.
	ReadSheetRefused Key = "read.sheet-refused"
	ReadSheetHidden  Key = "read.sheet-hidden"
	// ReadInMergedRange takes a message about a cell, the merged range the
	// cell is in and the range's top-left cell.
	ReadInMergedRange Key = "read.in-merged-range"
	// ReadSheetUnreadable and ReadRowUnreadable take the library's error.
	ReadSheetUnreadable Key = "read.sheet-unreadable"
	ReadRowUnreadable   Key = "read.row-unreadable"
	// ReadRowTooWide takes the row's last column, the most columns read
	// and the last column read.
	ReadRowTooWide Key = "read.row-too-wide"
	// ReadBreakdownLine takes the row's label.
	ReadBreakdownLine Key = "read.breakdown-line"
	// ReadFootnote takes the footnote's text.
	ReadFootnote Key = "read.footnote"
	// ReadUnitsTyped takes how many figures were typed with their unit
	// and the cell of the first.
	ReadUnitsTyped Key = "read.units-typed"
	// ReadSheetCut takes the last row read and the error.
	ReadSheetCut Key = "read.sheet-cut"
	// ReadNoHeader takes how many rows were searched and example headers.
	ReadNoHeader Key = "read.no-header"
	// ReadUnknownColumns takes the headers, quoted (ReadAndMore).
	ReadUnknownColumns Key = "read.unknown-columns"
	// ReadAndMore takes a list and how many more it leaves out.
	ReadAndMore Key = "read.and-more"
	// ReadRowRejected takes what is wrong with a cell of the row.
	ReadRowRejected Key = "read.row-rejected"
	// ReadCellTooLong takes the cell's length and the most a cell holds.
	ReadCellTooLong Key = "read.cell-too-long"
	// ReadControlChar takes the character as U+XXXX.
	ReadControlChar    Key = "read.control-char"
	ReadSheetUnlocated Key = "read.sheet-unlocated"
	// ReadSheetDamaged takes why the sheet is damaged.
	ReadSheetDamaged Key = "read.sheet-damaged"
	// ReadSheetStopped takes the last row read and the sheet's last row.
	ReadSheetStopped Key = "read.sheet-stopped"
	// ReadCellOutside takes what is wrong with the cell.
	ReadCellOutside Key = "read.cell-outside"
	// ReadColumnRepeated takes the header as written, the column it
	// repeats and that column's header.
	ReadColumnRepeated Key = "read.column-repeated"
	// ReadColumnsMissing takes how many required columns are missing,
	// their headers and the sheet's number of rows.
	ReadColumnsMissing Key = "read.columns-missing"
	// ReadIndicatorsAbsent takes the indicators' headers, quoted.
	ReadIndicatorsAbsent Key = "read.indicators-absent"
	// ReadSepAnd and ReadSepSemicolon join the items of a list.
	ReadSepAnd       Key = "read.sep-and"
	ReadSepSemicolon Key = "read.sep-semicolon"
	// ReadMeetingNumber takes the column's header and the number.
	ReadMeetingNumber Key = "read.meeting-number"
	// ReadFileChanged takes what changed (a ReadChanged… message).
	ReadFileChanged Key = "read.file-changed"
	// ReadChangedGone and ReadChangedUnreadable take the error.
	ReadChangedGone       Key = "read.changed-gone"
	ReadChangedReplaced   Key = "read.changed-replaced"
	ReadChangedSize       Key = "read.changed-size" // the sizes before and after
	ReadChangedTime       Key = "read.changed-time"
	ReadChangedUnreadable Key = "read.changed-unreadable"
	ReadChangedContent    Key = "read.changed-content"
	// ReadPatternInvalid takes the pattern and the error.
	ReadPatternInvalid Key = "read.pattern-invalid"
	// ReadPatternNoMatch takes the pattern and the folder.
	ReadPatternNoMatch Key = "read.pattern-no-match"
	// ReadTrLanguageUnknown takes the header, the column it translates,
	// the language code and the languages there are.
	ReadTrLanguageUnknown Key = "read.translation-language"
	// ReadTrColumnRepeated takes the header, the column it repeats, the
	// column it translates and the language code.
	ReadTrColumnRepeated Key = "read.translation-repeated"
	// ReadTrOriginalMissing takes the column it translates, the language
	// code, that column again and its header in the other language.
	ReadTrOriginalMissing Key = "read.translation-original-missing"
	// ReadTrOriginalEmpty takes the translation.
	ReadTrOriginalEmpty Key = "read.translation-original-empty"
	// ReadTrListCount takes the items of the original, its column and the
	// items of the translation.
	ReadTrListCount Key = "read.translation-list-count"
	// ReadTrConflict takes the text, the language code, the translation
	// here, the one read first and where that one is.
	ReadTrConflict Key = "read.translation-conflict"
)

var fileEntries = []Entry{
	{Key: ReadInternalError,
		EN: "internal error while reading this file (%v); its records are not used. Please report this with the file.\n%s",
		RU: "внутренняя ошибка при чтении этого файла (%v); его записи не используются. Сообщите, пожалуйста, об этой ошибке, приложив файл.\n%s",
		ZH: "读取此文件时发生内部错误（%v）；其记录未被使用。请连同该文件报告此问题。\n%s"},
	{Key: ReadFileUnreadable,
		EN: "cannot read the file: %v",
		RU: "не удаётся прочитать файл: %v",
		ZH: "无法读取文件：%v"},
	{Key: ReadSheetIgnored,
		EN: "sheet ignored: its name is not one of Exercises, Border operations, Conference, Agreements, Online, Training, Meetings (or their Russian names or aliases)",
		RU: "лист пропущен: его название не входит в число следующих: Учения, Пограничные операции, Конференция, Соглашения, Интернет, Подготовка кадров, Заседания (с учётом их английских названий и псевдонимов)",
		ZH: "已忽略该工作表：其名称不是 Exercises、Border operations、Conference、Agreements、Online、Training、Meetings 之一（或其俄文名称、别名）"},
	{Key: ReadSheetNamesClash,
		EN: "the workbook has %d sheets named %s, which Excel does not allow (names are compared ignoring case); none of them is read",
		RU: plural.Selectf(1, "%d",
			"one", "в рабочей книге %d лист с именами %s, что в Excel недопустимо (имена сравниваются без учёта регистра); ни один из них не читается",
			"few", "в рабочей книге %d листа с именами %s, что в Excel недопустимо (имена сравниваются без учёта регистра); ни один из них не читается",
			"many", "в рабочей книге %d листов с именами %s, что в Excel недопустимо (имена сравниваются без учёта регистра); ни один из них не читается",
			"other", "в рабочей книге %d листа с именами %s, что в Excel недопустимо (имена сравниваются без учёта регистра); ни один из них не читается"),
		ZH: "工作簿中有 %d 个名为 %s 的工作表，Excel 不允许这样（名称比较时不区分大小写）；这些工作表均不读取"},
	{Key: ReadSheetRefused,
		EN: "%v; none of this sheet's rows are used",
		RU: "%v; ни одна строка этого листа не используется",
		ZH: "%v；该工作表的所有行均未使用"},
	{Key: ReadSheetHidden,
		EN: "the sheet is hidden; it is read like any other",
		RU: "лист скрыт; он читается так же, как остальные",
		ZH: "该工作表已隐藏；仍与其他工作表一样读取"},
	{Key: ReadInMergedRange,
		EN: "%s (the cell is part of the merged range %s, whose value is that of %s)",
		RU: "%s (ячейка входит в объединённый диапазон %s, значение которого — значение ячейки %s)",
		ZH: "%s（该单元格属于合并区域 %s，其值为 %s 的值）"},
	{Key: ReadSheetUnreadable,
		EN: "cannot read the sheet: %v",
		RU: "не удаётся прочитать лист: %v",
		ZH: "无法读取工作表：%v"},
	{Key: ReadRowUnreadable,
		EN: "cannot read the row: %v",
		RU: "не удаётся прочитать строку: %v",
		ZH: "无法读取该行：%v"},
	{Key: ReadRowTooWide,
		EN: "the row has a value in column %s; the reader reads at most %d columns (to %s): delete what lies to the right of the table; none of this sheet's rows are used",
		RU: "в строке есть значение в столбце %s; читается не более %d столбцов (до %s): удалите всё, что находится справа от таблицы; ни одна строка этого листа не используется",
		ZH: "该行在 %s 列有值；最多读取 %d 列（至 %s 列）：请删除表格右侧的内容；该工作表的所有行均未使用"},
	{Key: ReadBreakdownLine,
		EN: "%q is a breakdown line of the row above, not a record; its figures are neither counted nor checked",
		RU: "%q — строка расшифровки к строке выше, а не запись; её значения не учитываются и не проверяются",
		ZH: "%q 是上一行的细分行，不是记录；其数字既不计入也不检查"},
	{Key: ReadFootnote,
		EN: "footnote below the table, not a record: %q",
		RU: "сноска под таблицей, а не запись: %q",
		ZH: "表格下方的脚注，不是记录：%q"},
	{Key: ReadUnitsTyped,
		EN: plural.Selectf(1, "%d",
			"one", "%d figure typed with the column's unit (the first in %s); the unit was dropped",
			"other", "%d figures typed with the column's unit (the first in %s); the unit was dropped"),
		RU: plural.Selectf(1, "%d",
			"one", "%d значение указано с единицей измерения столбца (первое — в %s); единица измерения отброшена",
			"few", "%d значения указаны с единицей измерения столбца (первое — в %s); единица измерения отброшена",
			"many", "%d значений указаны с единицей измерения столбца (первое — в %s); единица измерения отброшена",
			"other", "%d значения указаны с единицей измерения столбца (первое — в %s); единица измерения отброшена"),
		ZH: "有 %d 个数字带有该列的单位（第一个在 %s）；单位已去掉"},
	{Key: ReadSheetCut,
		EN: "the sheet cannot be read past row %d: %v",
		RU: "лист не читается дальше строки %d: %v",
		ZH: "工作表在第 %d 行之后无法读取：%v"},
	{Key: ReadNoHeader,
		EN: "no header row found in the first %d rows; expected a row with column names such as %s",
		RU: "в первых %d строках не найдена строка заголовков; ожидается строка с названиями столбцов, например %s",
		ZH: "前 %d 行中未找到标题行；应有一行列名，例如 %s"},
	{Key: ReadUnknownColumns,
		EN: "unknown columns ignored: %s",
		RU: "неизвестные столбцы не учитываются: %s",
		ZH: "已忽略未知列：%s"},
	{Key: ReadAndMore,
		EN: "%s and %d more",
		RU: "%s и ещё %d",
		ZH: "%s，另有 %d 个"},
	{Key: ReadRowRejected,
		EN: "%s; the row is not used",
		RU: "%s; строка не используется",
		ZH: "%s；该行未使用"},
	{Key: ReadCellTooLong,
		EN: "the cell holds %d characters, more than the %d a cell can hold",
		RU: "ячейка содержит %d симв. — больше, чем вмещает ячейка (%d)",
		ZH: "单元格包含 %d 个字符，超过单元格可容纳的 %d 个"},
	{Key: ReadControlChar,
		EN: "the cell holds the control character %s, which is not text; remove it",
		RU: "ячейка содержит управляющий символ %s, который не является текстом; удалите его",
		ZH: "单元格包含控制字符 %s，它不是文本；请将其删除"},
	{Key: ReadSheetUnlocated,
		EN: "the sheet could not be located in the package; none of its rows are used",
		RU: "лист не найден в пакете; ни одна из его строк не используется",
		ZH: "在文件包中找不到该工作表；其所有行均未使用"},
	{Key: ReadSheetDamaged,
		EN: "%s; none of this sheet's rows are used, so that no record is silently lost",
		RU: "%s; ни одна строка этого листа не используется, чтобы ни одна запись не была незаметно потеряна",
		ZH: "%s；该工作表的所有行均未使用，以免有记录在不知不觉中丢失"},
	{Key: ReadSheetStopped,
		EN: "the reader stopped at row %d but the sheet has rows up to %d: the workbook is damaged; none of its rows are used",
		RU: "чтение остановилось на строке %d, но на листе есть строки до %d: рабочая книга повреждена; ни одна из строк листа не используется",
		ZH: "读取在第 %d 行停止，但工作表的行一直到第 %d 行：工作簿已损坏；其所有行均未使用"},
	{Key: ReadCellOutside,
		EN: "%s (the cell is outside the data the report uses)",
		RU: "%s (ячейка находится вне данных, используемых в докладе)",
		ZH: "%s（该单元格不在报告所用的数据范围内）"},
	{Key: ReadColumnRepeated,
		EN: "the column %q repeats column %s (%s); expected each column once",
		RU: "столбец %q повторяет столбец %s (%s); каждый столбец должен быть указан один раз",
		ZH: "列 %q 与 %s 列（%s）重复；每列只应出现一次"},
	{Key: ReadColumnsMissing,
		EN: plural.Selectf(1, "%d",
			"one", "missing required column %[2]s; none of the sheet's %[3]d rows can be used",
			"other", "missing required columns %[2]s; none of the sheet's %[3]d rows can be used"),
		RU: plural.Selectf(1, "%d",
			"=1", "нет обязательного столбца %[2]s; ни одна из строк листа (всего: %[3]d) не может быть использована",
			"other", "нет обязательных столбцов %[2]s; ни одна из строк листа (всего: %[3]d) не может быть использована"),
		ZH: "缺少必填列 %[2]s；该工作表的 %[3]d 行均无法使用"},
	{Key: ReadIndicatorsAbsent,
		EN: "no column for %s: these figures are not reported in this sheet",
		RU: "нет столбца для %s: эти показатели на листе не представлены",
		ZH: "没有 %s 的列：本工作表未报告这些数字"},
	{Key: ReadSepAnd, EN: " and ", RU: " и ", ZH: "和"},
	{Key: ReadSepSemicolon, EN: "; ", RU: "; ", ZH: "；"},
	{Key: ReadMeetingNumber,
		EN: "%s: %d is not a meeting number; expected the meeting's ordinal, such as 44",
		RU: "%s: %d — не номер заседания; ожидается порядковый номер заседания, например 44",
		ZH: "%s：%d 不是会议届次；应为会议的序号，例如 44"},
	{Key: ReadFileChanged,
		EN: "the file changed while it was read (%s); none of its records are used: build again once it is saved",
		RU: "файл изменился во время чтения (%s); ни одна из его записей не используется: запустите сборку повторно, когда файл будет сохранён",
		ZH: "文件在读取过程中发生了变化（%s）；其所有记录均未使用：请在文件保存后重新生成"},
	{Key: ReadChangedGone,
		EN: "it cannot be found again: %v",
		RU: "его не удаётся найти повторно: %v",
		ZH: "无法再次找到该文件：%v"},
	{Key: ReadChangedReplaced,
		EN: "it was replaced by another file",
		RU: "он заменён другим файлом",
		ZH: "该文件已被另一个文件替换"},
	{Key: ReadChangedSize,
		EN: "its size changed from %d to %d bytes",
		RU: "его размер изменился с %d до %d байт",
		ZH: "其大小由 %d 字节变为 %d 字节"},
	{Key: ReadChangedTime,
		EN: "its modification time changed",
		RU: "изменилась дата его изменения",
		ZH: "其修改时间已改变"},
	{Key: ReadChangedUnreadable,
		EN: "it cannot be read again: %v",
		RU: "его не удаётся прочитать повторно: %v",
		ZH: "无法再次读取该文件：%v"},
	{Key: ReadChangedContent,
		EN: "its content changed (SHA-256)",
		RU: "изменилось его содержимое (SHA-256)",
		ZH: "其内容已改变（SHA-256）"},
	{Key: ReadPatternInvalid,
		EN: "source pattern %q: %v",
		RU: "шаблон источников %q: %v",
		ZH: "源文件模式 %q：%v"},
	{Key: ReadPatternNoMatch,
		EN: "the source pattern %q matches no file (relative to %s)",
		RU: "шаблону источников %q не соответствует ни один файл (относительно %s)",
		ZH: "源文件模式 %q 没有匹配任何文件（相对于 %s）"},
	{Key: ReadTrLanguageUnknown,
		EN: "the column %q gives %s in the language %q, which is not one of %s; the column is ignored",
		RU: "столбец %q содержит %s на языке %q, которого нет среди %s; столбец не учитывается",
		ZH: "列 %q 给出了 %s 的 %q 语言版本，该语言不属于 %s；已忽略该列"},
	{Key: ReadTrColumnRepeated,
		EN: "the column %q repeats column %s (%s in %s); expected each column once",
		RU: "столбец %q повторяет столбец %s (%s на языке %s); каждый столбец должен быть указан один раз",
		ZH: "列 %q 与 %s 列（%s 的 %s 版本）重复；每列只应出现一次"},
	{Key: ReadTrOriginalMissing,
		EN: "the column gives %s in %s, but the sheet has no %s column (%s) to translate; the column is ignored",
		RU: "столбец содержит %s на языке %s, но на листе нет переводимого столбца %s (%s); столбец не учитывается",
		ZH: "该列给出了 %s 的 %s 版本，但工作表中没有要翻译的 %s 列（%s）；已忽略该列"},
	{Key: ReadTrOriginalEmpty,
		EN: "a translation is given (%q) but the text it translates is empty; it is ignored",
		RU: "указан перевод (%q), но переводимый текст пуст; перевод не учитывается",
		ZH: "给出了译文（%q），但被翻译的文本为空；已忽略该译文"},
	{Key: ReadTrListCount,
		EN: "the list has %d items in %s and %d here; expected one translation per item, in order; the column is ignored on this row",
		RU: "в списке в столбце %[2]s элементов: %[1]d, а здесь: %[3]d; ожидается по одному переводу на каждый элемент, в том же порядке; в этой строке столбец не учитывается",
		ZH: "该列表在 %[2]s 中有 %[1]d 项，此处有 %[3]d 项；应按顺序为每一项提供一个译文；本行中已忽略该列"},
	{Key: ReadTrConflict,
		EN: "%q is translated into %s as %q here and as %q at %s; the first is used",
		RU: "%[1]q переведено на язык %[2]s как %[3]q здесь и как %[4]q в %[5]s; используется перевод, прочитанный первым",
		ZH: "%[1]q 译成 %[2]s 时，此处为 %[3]q，%[5]s 处为 %[4]q；采用先读到的译文"},
}

// The layout of tables (ingest/layout.go): merged cells, total rows,
// figures typed with their unit, hidden rows and columns.
const (
	// ReadMergesOverlap takes the most ranges that may meet a row, the
	// row and the first range not applied.
	ReadMergesOverlap Key = "read.merges-overlap"
	// ReadMergeHeaderDown takes the range, what is merged (ReadMergeHeader
	// or ReadMergeHeaderCell) and the rows it reaches (ReadMergeDataRows or
	// ReadMergeDataRow).
	ReadMergeHeaderDown Key = "read.merge-header-down"
	// ReadMergeHeader takes the header and its cell.
	ReadMergeHeader Key = "read.merge-header"
	// ReadMergeHeaderCell takes the header's cell.
	ReadMergeHeaderCell Key = "read.merge-header-cell"
	// ReadMergeDataRows takes the first and last row.
	ReadMergeDataRows Key = "read.merge-data-rows"
	// ReadMergeDataRow takes the row.
	ReadMergeDataRow Key = "read.merge-data-row"
	// ReadMergedFigure takes the range, the figure, the row it is counted
	// in and the range's first and last rows.
	ReadMergedFigure Key = "read.merged-figure"
	// ReadMergedValue takes the range, the value, its cell and the
	// range's first and last rows.
	ReadMergedValue Key = "read.merged-value"
	// ReadTotalFirst takes the row's label.
	ReadTotalFirst Key = "read.total-first"
	// ReadTotalNotFigure takes the column's header and why the cell is
	// not a figure.
	ReadTotalNotFigure Key = "read.total-not-figure"
	// ReadTotalDiffers takes the column's header, the sheet's total, the
	// rows summed (ReadRowSpan), their sum and the row's label.
	ReadTotalDiffers Key = "read.total-differs"
	// ReadTotalAgrees takes the row's label, how many figures agree and
	// the rows summed.
	ReadTotalAgrees Key = "read.total-agrees"
	// ReadTotalNoFigure takes the row's label.
	ReadTotalNoFigure Key = "read.total-no-figure"
	// ReadRowSpan takes the first and last row.
	ReadRowSpan Key = "read.row-span"
	// ReadFigureUnit takes the cell's text, its unit and the column's
	// unit.
	ReadFigureUnit Key = "read.figure-unit"
	// ReadFigureTooLarge takes the cell's text.
	ReadFigureTooLarge Key = "read.figure-too-large"
	// ReadHidden takes what is hidden (ReadHiddenColumns, ReadHiddenRows).
	ReadHidden Key = "read.hidden"
	// ReadHiddenColumns takes how many columns are hidden and which.
	ReadHiddenColumns Key = "read.hidden-columns"
	// ReadHiddenRows takes how many rows are hidden and which.
	ReadHiddenRows Key = "read.hidden-rows"
)

var layoutEntries = []Entry{
	{Key: ReadMergesOverlap,
		EN: "more than %d merged ranges overlap row %d, which Excel does not allow: the workbook is damaged; the ranges from %s on are not applied",
		RU: "строку %[2]d перекрывают более %[1]d объединённых диапазонов, чего Excel не допускает: рабочая книга повреждена; диапазоны начиная с %[3]s не применяются",
		ZH: "有超过 %d 个合并区域与第 %d 行重叠，Excel 不允许这样：工作簿已损坏；从 %s 起的合并区域不予应用"},
	{Key: ReadMergeHeaderDown,
		EN: "the cells %s are merged: %s reaches down over %s; there the merged cells are read as empty: unmerge them, and fill in each row's values",
		RU: "ячейки %s объединены: %s распространяется вниз на %s; там объединённые ячейки читаются как пустые: отмените объединение и заполните значения в каждой строке",
		ZH: "单元格 %s 已合并：%s 向下延伸到 %s；这些合并单元格在该处按空白读取：请取消合并，并填写每一行的值"},
	{Key: ReadMergeHeader,
		EN: "the header %q of %s",
		RU: "заголовок %q в ячейке %s",
		ZH: "%[2]s 中的标题 %[1]q"},
	{Key: ReadMergeHeaderCell,
		EN: "the header's cell %s",
		RU: "ячейка заголовка %s",
		ZH: "标题单元格 %s"},
	{Key: ReadMergeDataRows,
		EN: "rows %d to %d, which are data rows",
		RU: "строки %d–%d, содержащие данные",
		ZH: "第 %d 至 %d 行，即数据行"},
	{Key: ReadMergeDataRow,
		EN: "row %d, which is a data row",
		RU: "строку %d, содержащую данные",
		ZH: "第 %d 行，即数据行"},
	{Key: ReadMergedFigure,
		EN: "the cells %s are merged: the figure %q is counted once, in row %d, not in each of rows %d to %d; to report a figure per row, unmerge the cells",
		RU: "ячейки %s объединены: значение %q учитывается один раз, в строке %d, а не в каждой из строк %d–%d; чтобы указать значение для каждой строки, отмените объединение ячеек",
		ZH: "单元格 %s 已合并：数字 %q 只在第 %d 行计算一次，而不是在第 %d 至 %d 行中每行各计算一次；如需每行报告一个数字，请取消合并单元格"},
	{Key: ReadMergedValue,
		EN: "the cells %s are merged: %q, the value of %s, is read in each of rows %d to %d",
		RU: "ячейки %s объединены: %q — значение ячейки %s — читается в каждой из строк %d–%d",
		ZH: "单元格 %[1]s 已合并：%[3]s 的值 %[2]q 在第 %[4]d 至 %[5]d 行的每一行中读取"},
	{Key: ReadTotalFirst,
		EN: "%q is read as a total row, but no data rows come before it: it is not a record and not checked; if it is a record, write its name without the word",
		RU: "%q читается как строка итогов, но выше неё нет строк с данными: это не запись, и она не проверяется; если это запись, напишите её название без этого слова",
		ZH: "%q 被读作合计行，但其上方没有数据行：它不是记录，也不检查；如果它是记录，请在名称中去掉该词"},
	{Key: ReadTotalNotFigure,
		EN: "%s: the total row's cell is not a figure (%v); this total is not checked",
		RU: "%s: в ячейке строки итогов не число (%v); этот итог не проверяется",
		ZH: "%s：合计行的单元格不是数字（%v）；不检查此合计"},
	{Key: ReadTotalDiffers,
		EN: "%s: the sheet's own total is %s; its rows %s add up to %s (the total row %q is not a record)",
		RU: "%s: итог на листе — %s, а сумма строк %s равна %s (строка итогов %q не является записью)",
		ZH: "%s：工作表本身的合计为 %s；第 %s 行相加为 %s（合计行 %q 不是记录）"},
	{Key: ReadTotalAgrees,
		EN: plural.Selectf(2, "%d",
			"one", "%[1]q is a total row, not a record; its figure agrees with the sum of rows %[3]s",
			"other", "%[1]q is a total row, not a record; its %[2]d figures agree with the sum of rows %[3]s"),
		RU: plural.Selectf(2, "%d",
			"=1", "%[1]q — строка итогов, а не запись; её значение совпадает с суммой строк %[3]s",
			"one", "%[1]q — строка итогов, а не запись; её %[2]d значение совпадает с суммой строк %[3]s",
			"few", "%[1]q — строка итогов, а не запись; её %[2]d значения совпадают с суммой строк %[3]s",
			"many", "%[1]q — строка итогов, а не запись; её %[2]d значений совпадают с суммой строк %[3]s",
			"other", "%[1]q — строка итогов, а не запись; её %[2]d значения совпадают с суммой строк %[3]s"),
		ZH: plural.Selectf(2, "%d",
			"=1", "%[1]q 是合计行，不是记录；其数字与第 %[3]s 行之和一致",
			"other", "%[1]q 是合计行，不是记录；其 %[2]d 个数字均与第 %[3]s 行之和一致")},
	{Key: ReadTotalNoFigure,
		EN: "%q is a total row, not a record; it has no figure to check",
		RU: "%q — строка итогов, а не запись; в ней нет значений для проверки",
		ZH: "%q 是合计行，不是记录；没有可检查的数字"},
	{Key: ReadRowSpan, EN: "%d to %d", RU: "%d–%d", ZH: "%d 至 %d"},
	{Key: ReadFigureUnit,
		EN: "%q is in %s; expected a figure in %s, the column's unit",
		RU: "%q указано в %s; ожидается значение в %s — единице измерения столбца",
		ZH: "%q 的单位是 %s；应为以该列单位 %s 表示的数字"},
	{Key: ReadFigureTooLarge,
		EN: "%q is too large",
		RU: "%q — слишком большое число",
		ZH: "%q 太大"},
	{Key: ReadHidden,
		EN: "the table has %s, read like the others: what was hidden may be old or draft data; check it, then unhide or delete it",
		RU: "в таблице есть %s; скрытое читается наравне с остальными данными, но может оказаться устаревшим или черновым: проверьте его, затем покажите или удалите",
		ZH: "表格中有%s，与其他内容一样读取：隐藏的内容可能是旧数据或草稿数据；请检查后取消隐藏或删除"},
	{Key: ReadHiddenColumns,
		EN: plural.Selectf(1, "%d",
			"one", "hidden column %[2]s",
			"other", "hidden columns %[2]s"),
		RU: plural.Selectf(1, "%d",
			"=1", "скрытый столбец %[2]s",
			"other", "скрытые столбцы %[2]s"),
		ZH: "隐藏列 %[2]s"},
	{Key: ReadHiddenRows,
		EN: plural.Selectf(1, "%d",
			"one", "%d hidden row (%s)",
			"other", "%d hidden rows (%s)"),
		RU: plural.Selectf(1, "%d",
			"one", "%d скрытая строка (%s)",
			"few", "%d скрытые строки (%s)",
			"many", "%d скрытых строк (%s)",
			"other", "%d скрытые строки (%s)"),
		ZH: "%d 个隐藏行（%s）"},
}

// Merging the copies of a record read from several rows (ingest/merge.go,
// kinds.go, year.go).
const (
	// ReadMergeConflict takes the record (a ReadDescribe… message), where
	// the other copy is and the fields that differ (ReadMergeConflictField,
	// joined).
	ReadMergeConflict Key = "read.merge-conflict"
	// ReadMergeUnited takes the record, where the other copy is and the
	// states united (ReadMergeUnitedField, joined).
	ReadMergeUnited Key = "read.merge-united"
	// ReadMergeFilled takes the record, where the other copy is and the
	// fields taken from this one (ReadMergeFilledField, joined).
	ReadMergeFilled Key = "read.merge-filled"
	// ReadMergeConflictField takes the field's header and the values
	// there and here.
	ReadMergeConflictField Key = "read.merge-conflict-field"
	// ReadMergeUnitedField takes the field's header, the values there and
	// here, and the two united.
	ReadMergeUnitedField Key = "read.merge-united-field"
	// ReadMergeFilledField takes the field's header and the value.
	ReadMergeFilledField Key = "read.merge-filled-field"
	// ReadMergeNone stands for an empty value.
	ReadMergeNone Key = "read.merge-none"
	// ReadFieldStates takes the Observers column's header: the states it
	// names.
	ReadFieldStates Key = "read.field-states"
	// ReadDescribeExercise takes the exercise's name and start date.
	ReadDescribeExercise Key = "read.describe-exercise"
	// ReadDescribeBorder takes the reporting state, the operation, the
	// section, the area and the start date.
	ReadDescribeBorder Key = "read.describe-border"
	// ReadDescribeSession takes the session's title and the conference's
	// edition.
	ReadDescribeSession Key = "read.describe-session"
	// ReadDescribeAgreement takes the document and its counterparties.
	ReadDescribeAgreement Key = "read.describe-agreement"
	// ReadDescribeOnline takes the reporting state and the period's first
	// and last days.
	ReadDescribeOnline Key = "read.describe-online"
	// ReadDescribeTraining takes the course and its start date.
	ReadDescribeTraining Key = "read.describe-training"
	// ReadDescribeMeeting takes the body and the date.
	ReadDescribeMeeting Key = "read.describe-meeting"
)

var mergeEntries = []Entry{
	{Key: ReadMergeConflict,
		EN: "the %s is also at %s with different values: %s; correct one of the two",
		RU: "та же запись (%s) есть и в %s, но с другими значениями: %s; исправьте одну из двух",
		ZH: "%s 也出现在 %s，但数值不同：%s；请更正其中之一"},
	{Key: ReadMergeUnited,
		EN: "the %s is also at %s; participating states united: %s",
		RU: "та же запись (%s) есть и в %s; государства-участники объединены: %s",
		ZH: "%s 也出现在 %s；参加国已合并：%s"},
	{Key: ReadMergeFilled,
		EN: "the %s is also at %s, where these were not reported; taken from here: %s",
		RU: "та же запись (%s) есть и в %s, где эти данные не представлены; они взяты отсюда: %s",
		ZH: "%s 也出现在 %s，那里未报告以下数据；已从此处采用：%s"},
	{Key: ReadMergeConflictField,
		EN: "%s %q there, %q here",
		RU: "%s: там %q, здесь %q",
		ZH: "%s：那里为 %q，这里为 %q"},
	{Key: ReadMergeUnitedField,
		EN: "%s %s + %s = %s",
		RU: "%s: %s + %s = %s",
		ZH: "%s：%s + %s = %s"},
	{Key: ReadMergeFilledField,
		EN: "%s %s",
		RU: "%s: %s",
		ZH: "%s：%s"},
	{Key: ReadMergeNone, EN: "(none)", RU: "(нет)", ZH: "（无）"},
	{Key: ReadFieldStates,
		EN: "%s (states)",
		RU: "%s (государства)",
		ZH: "%s（国家）"},
	{Key: ReadDescribeExercise,
		EN: "exercise %q of %s",
		RU: "учение %q от %s",
		ZH: "演习 %q（%s）"},
	{Key: ReadDescribeBorder,
		EN: "report of %s on %q (%s section, area %q) from %s",
		RU: "донесение %s по операции %q (участок: %s, район %q) с %s",
		ZH: "%s 关于 %q 的报告（%s 地段，地区 %q），自 %s 起"},
	{Key: ReadDescribeSession,
		EN: "session %q of conference no. %d",
		RU: "сессия %q конференции № %d",
		ZH: "第 %[2]d 届会议的分场 %[1]q"},
	{Key: ReadDescribeAgreement,
		EN: "%s with %s",
		RU: "%s с %s",
		ZH: "与 %[2]s 的%[1]s"},
	{Key: ReadDescribeOnline,
		EN: "online report of %s for %s to %s",
		RU: "донесение %s по направлению «Интернет» за период с %s по %s",
		ZH: "%s %s 至 %s 的网络报告"},
	{Key: ReadDescribeTraining,
		EN: "training %q of %s",
		RU: "мероприятие по подготовке кадров %q от %s",
		ZH: "培训 %q（%s）"},
	{Key: ReadDescribeMeeting,
		EN: "meeting of the %s of %s",
		RU: "заседание (%s) от %s",
		ZH: "%[2]s 的%[1]s会议"},
}

// The blank templates (package blank).
const (
	// TemplateStateName takes the language, the state's alpha-2 code and
	// its name in that language.
	TemplateStateName Key = "read.template-state-name"
	// TemplateDataset takes the dataset asked for.
	TemplateDataset Key = "read.template-dataset"
)

var templateEntries = []Entry{
	{Key: TemplateStateName,
		EN: "the %s name of %s (%q) does not resolve to it; check the states in config.toml",
		RU: "название %[2]s на языке %[1]s (%[3]q) не распознаётся как это государство; проверьте государства в config.toml",
		ZH: "%[2]s 的 %[1]s 名称（%[3]q）无法解析为该国家；请检查 config.toml 中的国家"},
	{Key: TemplateDataset,
		EN: "unknown dataset %q",
		RU: "неизвестный набор данных %q",
		ZH: "未知的数据集 %q"},
}
