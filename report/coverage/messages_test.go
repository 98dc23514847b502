package coverage

import (
	"testing"
	"time"

	"ratsreport/report/config"
	"ratsreport/report/msg"
	"ratsreport/report/schema"
)

func testConfig() *config.Config {
	return &config.Config{States: []config.State{
		{Alpha2: "IN", Name: config.Text{"en": "India", "ru": "Индия", "zh": "印度"}},
		{Alpha2: "PK", Name: config.Text{"en": "Pakistan", "ru": "Пакистан", "zh": "巴基斯坦"}},
	}}
}

// TestWarningsInLanguages: the warnings of submissions not received, in
// Russian and Chinese, with the plural of the year before's records.
func TestWarningsInLanguages(t *testing.T) {
	cfg := testConfig()
	deadline := time.Date(2026, 2, 15, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		d          Dataset
		en, ru, zh string
	}{
		{Dataset{Dataset: schema.Exercises, By: BySources, ExpectRecords: true, PrevRecords: 1, Deadline: deadline},
			"joint exercises for 2025 not received: no file holds a record of 2025 (2024 had 1); expected by 2026-02-15",
			"совместные учения за 2025 год не поступили: ни один файл не содержит записей за 2025 год (за 2024 год — 1 запись); срок представления — 2026-02-15",
			"未收到 2025 年的联合演习：没有文件包含 2025 年的记录（2024 年有 1 条）；截止日期为 2026-02-15"},
		{Dataset{Dataset: schema.Conference, By: BySources, ExpectRecords: true, PrevRecords: 2},
			"conference sessions for 2025 not received: no file holds a record of 2025 (2024 had 2)",
			"сессии конференции за 2025 год не поступили: ни один файл не содержит записей за 2025 год (за 2024 год — 2 записи)",
			"未收到 2025 年的会议场次：没有文件包含 2025 年的记录（2024 年有 2 条）"},
		{Dataset{Dataset: schema.Agreements, By: BySources, ExpectRecords: true, PrevRecords: 5},
			"cooperation documents for 2025 not received: no file holds a record of 2025 (2024 had 5)",
			"документы о сотрудничестве за 2025 год не поступили: ни один файл не содержит записей за 2025 год (за 2024 год — 5 записей)",
			"未收到 2025 年的合作文件：没有文件包含 2025 年的记录（2024 年有 5 条）"},
		{Dataset{Dataset: schema.Training, By: BySources, ExpectRecords: true, PrevRecords: 21},
			"training courses for 2025 not received: no file holds a record of 2025 (2024 had 21)",
			"мероприятия по подготовке кадров за 2025 год не поступили: ни один файл не содержит записей за 2025 год (за 2024 год — 21 запись)",
			"未收到 2025 年的培训课程：没有文件包含 2025 年的记录（2024 年有 21 条）"},
		{Dataset{Dataset: schema.Border, By: ByStates, Expected: []string{"IN"}, Rows: []Row{{State: "IN", Expected: true}}, Deadline: deadline},
			"border results for 2025 not received from India; expected by 2026-02-15",
			"результаты пограничных операций за 2025 год не поступили от государства Индия; срок представления — 2026-02-15",
			"未收到印度提交的 2025 年边防联合行动结果；截止日期为 2026-02-15"},
	} {
		c := &Coverage{Year: 2025, Datasets: []Dataset{tc.d}}
		ds := c.Diags(cfg, "config.toml")
		if len(ds) != 1 {
			t.Fatalf("%s: %d warnings, want 1", tc.d.Dataset, len(ds))
		}
		for _, w := range []struct{ lang, want string }{{"en", tc.en}, {"ru", tc.ru}, {"zh", tc.zh}} {
			if got := ds[0].Text(w.lang); got != w.want {
				t.Errorf("%s in %s:\n got %s\nwant %s", tc.d.Dataset, w.lang, got, w.want)
			}
		}
		if ds[0].Message != tc.en {
			t.Errorf("%s: Message = %q, want the English text", tc.d.Dataset, ds[0].Message)
		}
	}
}

// TestDescribeInLanguages: a dataset as the coverage's messages name it.
func TestDescribeInLanguages(t *testing.T) {
	if got := Describe(schema.Online).In("ru"); got != "меры в сети Интернет" {
		t.Errorf("Describe(online) in ru = %q", got)
	}
	if got := msg.Sprintf("zh", msg.CoverageMeetings); got != "会议" {
		t.Errorf("meetings in zh = %q", got)
	}
}
