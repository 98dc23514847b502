package sample

import (
	"bytes"
	"os"
	"testing"

	"ratsreport/report/config"
)

// TestShippedTranslations: templates/translations.xlsx is what the table
// of Translations gives (regenerate with
// go run ./cmd/gensample -out sources -translations templates/translations.xlsx),
// one row per distinct text.
func TestShippedTranslations(t *testing.T) {
	cfg, err := config.Load("../../config.toml")
	if err != nil {
		t.Fatal(err)
	}
	want, err := TranslationsWorkbook(cfg.Report.DocumentDate)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../templates/translations.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("templates/translations.xlsx is not what report/sample/translations.go gives; regenerate it with gensample -translations")
	}
	seen := map[string]bool{}
	for _, tr := range Translations() {
		if seen[tr.Text] {
			t.Errorf("%q twice", tr.Text)
		}
		seen[tr.Text] = true
		if tr.ZH == "" || tr.EN == "" && tr.RU == "" || tr.Comment == "" {
			t.Errorf("%q: incomplete row %+v", tr.Text, tr)
		}
	}
}
