package schema

// TemplateSheetsProperty is the custom document property in which a blank
// input workbook (a template) names its service sheets (the instructions,
// the hidden drop-down lists), separated by TemplateSheetsSep, a character
// no sheet name may hold. TemplateSheetsName is a defined name of the
// workbook holding the same text as a string constant: openpyxl (and tools
// built on it) drop custom properties when they save a workbook but keep
// defined names; Excel and LibreOffice keep both. The template writer
// (package blank) writes them; the reader (package ingest) does not report
// the sheets they name as ignored.
const (
	TemplateSheetsProperty = "ratsreport.template-sheets"
	TemplateSheetsName     = "ratsreport.template_sheets"
	TemplateSheetsSep      = "/"
)
