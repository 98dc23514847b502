package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// TestExportMessages: help, usage and output errors, and a success of
// export in Russian and Chinese.
func TestExportMessages(t *testing.T) {
	dir := t.TempDir()
	conf := "../../config.toml"
	taken := filepath.Join(dir, "taken.sqlite")
	if err := os.Mkdir(taken, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "file.csv")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out", "records.sqlite")
	checkMessages(t, []messageCase{
		{lang: "ru", args: []string{"export", "--help"}, out: []string{
			"export читает входные данные так же, как check, и записывает все проверенные",
			"csv: начинать каждый файл с метки порядка байтов UTF-8 (для Excel в Windows)"}},
		{lang: "zh", args: []string{"export", "--help"}, out: []string{
			"export 按 check 的方式读取输入数据",
			"csv：每个文件以 UTF-8 字节顺序标记开头（供 Windows 上的 Excel 使用）"}},
		{lang: "ru", args: []string{"--help"}, out: []string{"Записать все проверенные записи с указанием их источника в формате SQLite, XLSX или CSV"}},
		{lang: "zh", args: []string{"--help"}, out: []string{"将全部已校验记录连同其来源写出为 SQLite、XLSX 或 CSV"}},
		{lang: "ru", args: []string{"export"}, code: ExitUsage,
			err: []string{"для export требуется -o PATH: записываемый файл .sqlite, .xlsx или .zip (или папка — с --format csv)"}},
		{lang: "zh", args: []string{"export"}, code: ExitUsage,
			err: []string{"export 需要 -o PATH：要写入的 .sqlite、.xlsx 或 .zip 文件（使用 --format csv 时为文件夹）"}},
		{lang: "ru", args: []string{"export", "-o", "records.txt"}, code: ExitUsage,
			err: []string{`невозможно определить формат "records.txt" по расширению; укажите .sqlite, .xlsx или .zip либо --format sqlite, xlsx, csv`}},
		{lang: "zh", args: []string{"export", "-o", "records.txt"}, code: ExitUsage,
			err: []string{`无法根据扩展名判断 "records.txt" 的格式；请使用 .sqlite、.xlsx 或 .zip，或 --format sqlite, xlsx, csv`}},
		{lang: "ru", args: []string{"export", "-o", "records.sqlite", "--format", "parquet"}, code: ExitUsage,
			err: []string{`неизвестный формат "parquet"; ожидается один из: sqlite, xlsx, csv`}},
		{lang: "zh", args: []string{"export", "-o", "records.sqlite", "--bom"}, code: ExitUsage,
			err: []string{"--bom 仅适用于 csv"}},
		{lang: "ru", args: []string{"export", "-o", "records.sqlite", "--bom"}, code: ExitUsage,
			err: []string{"--bom применяется только к csv"}},
		{lang: "ru", args: []string{"export", "-o", taken}, code: ExitInternal,
			err: []string{taken + " уже существует и не является обычным файлом; ничего не записано"}},
		{lang: "zh", args: []string{"export", "--format", "csv", "-o", file}, code: ExitInternal,
			err: []string{file + " 已存在且不是文件夹；csv 文件须写入文件夹（或指定 .zip 文件）"}},
		{lang: "ru", args: []string{"export", "-o", out, "--config", conf}, out: []string{out + "\n"}},
		{lang: "zh", args: []string{"export", "-o", out, "--config", conf}, out: []string{out + "\n"}},
	})
}
