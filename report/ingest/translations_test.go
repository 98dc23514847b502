package ingest

import (
	"testing"

	"ratsreport/report/diag"
	"ratsreport/report/model"
)

// TestTranslationColumns reads per-language columns beside free-text
// columns, under the English and the Russian header, with round and
// square brackets; a language the editions do not have and a suffix on a
// column that is not free text are diagnosed or left unknown.
func TestTranslationColumns(t *testing.T) {
	dir := t.TempDir()
	header := append(append([]any{}, exerciseHeader...), "Location (ru)", "Сценарий [zh]", "Notes (fr)", "Kind (ru)", "Location (ru)")
	row := func(name, loc, locRU, scenZH string) []any {
		return append(exerciseRow(map[int]any{0: name, 5: loc}), locRU, scenZH, "note fr", "полевое", "")
	}
	writeBook(t, dir, "x.xlsx", sheet{name: "Exercises", rows: [][]any{header,
		row("Test-Antiterror-2025", "Almaty region", "Алматинская область", "解救人质"),
		row("Other-Antiterror-2025", "Almaty  Region", "Алматинская обл.", ""), // the same text: the first translation is used
	}})
	res := read(t, dir)
	got := map[string]model.Translation{}
	for _, tr := range res.Data.Translations {
		got[tr.Lang+" "+tr.Text] = tr
	}
	if len(res.Data.Translations) != 2 {
		t.Fatalf("Translations = %+v, want the ru of the location and the zh of the scenario%s", res.Data.Translations, dump(res.Diags))
	}
	if tr := got["ru Almaty region"]; tr.In != "Алматинская область" || tr.Column != "location" || tr.At.Row != 2 || tr.Col != 14 {
		t.Errorf("ru of the location = %+v, want Алматинская область at row 2, column 14", tr)
	}
	if tr := got["zh hostage release"]; tr.In != "解救人质" || tr.Column != "scenario" {
		t.Errorf("zh of the scenario = %+v, want 解救人质", tr)
	}
	for _, c := range []struct {
		loc  string
		sev  diag.Severity
		want string
	}{
		{"x.xlsx:Exercises!P1", diag.Warning, `"fr", which is not one of en, ru, zh`},
		{"x.xlsx:Exercises!R1", diag.Error, "repeats column N"},
		{"x.xlsx:Exercises!1:1", diag.Notice, `unknown columns ignored: "Kind (ru)"`},
		{"x.xlsx:Exercises!N3", diag.Notice, `translated into ru as "Алматинская обл." here and as "Алматинская область" at x.xlsx:Exercises!N2`},
	} {
		if !findDiag(res.Diags, c.loc, c.sev, c.want) {
			t.Errorf("no %s at %s saying %q:%s", c.sev, c.loc, c.want, dump(res.Diags))
		}
	}
}
