package build

import (
	"context"
	"errors"
	"testing"

	"ratsreport/report/failure"
	"ratsreport/report/msg"
)

// TestMessagesInLanguages: the build's errors and progress read in
// Russian and Chinese.
func TestMessagesInLanguages(t *testing.T) {
	render := outputError(msg.Errorf(msg.BuildRenderFailed, msg.New(msg.BuildThePDF, "ru"), context.Canceled))
	if failure.Of(render) != failure.Output || !errors.Is(render, context.Canceled) {
		t.Errorf("%v: kind %v, want an output error wrapping its cause", render, failure.Of(render))
	}
	for _, c := range []struct {
		name       string
		l          msg.Localized
		en, ru, zh string
	}{
		{"interrupted", ErrInterrupted.(msg.Localized),
			"interrupted; nothing was written, the previous outputs are as they were",
			"прервано; ничего не записано, прежние выходные файлы остались без изменений",
			"已中断；未写入任何内容，之前的输出文件保持不变"},
		{"render", render.(msg.Localized),
			"render the ru report: context canceled",
			"ошибка при формировании (отчёт на языке ru): context canceled",
			"生成失败：ru 版报告：context canceled"},
		{"rendering 1", msg.New(msg.BuildRendering, 1), "rendering 1 output", "формирование 1 выходного файла", "正在生成 1 个输出文件"},
		{"rendering 4", msg.New(msg.BuildRendering, 4), "rendering 4 outputs", "формирование 4 выходных файлов", "正在生成 4 个输出文件"},
		{"rendered", msg.New(msg.BuildRendered, msg.New(msg.BuildTheWorkbook)), "rendered the workbook", "готово: рабочая книга", "已生成：工作簿"},
		{"writing", msg.New(msg.BuildWriting, "out/2025"), "writing out/2025", "запись в out/2025", "正在写入 out/2025"},
	} {
		for _, w := range []struct{ lang, want string }{{"en", c.en}, {"ru", c.ru}, {"zh", c.zh}} {
			if got := c.l.In(w.lang); got != w.want {
				t.Errorf("%s in %s: %q, want %q", c.name, w.lang, got, w.want)
			}
		}
	}
}
