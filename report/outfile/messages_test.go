package outfile

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ratsreport/report/msg"
)

// TestErrorsInLanguages: the failures to write the outputs read in the
// reader's language, the path and the system's error as they are.
func TestErrorsInLanguages(t *testing.T) {
	// A folder where an output goes.
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "a.pdf"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, notRegular := WriteAll(dir, []File{{Name: "a.pdf", Data: []byte("x")}})
	// An output folder below a file.
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, notFolder := WriteAll(filepath.Join(file, "out"), []File{{Name: "a.pdf", Data: []byte("x")}})
	pdf := filepath.Join(dir, "a.pdf")
	out := filepath.Join(file, "out")
	for _, c := range []struct {
		name       string
		err        error
		en, ru, zh string
	}{
		{"a folder at the output", notRegular,
			"replace " + pdf + ": exists and is not a regular file",
			"не удалось заменить " + pdf + ": уже существует и не является обычным файлом",
			"无法替换 " + pdf + "：已存在且不是普通文件"},
		{"a file above the folder", notFolder,
			"create " + out + ": not a directory",
			"не удалось создать " + out + ": not a directory",
			"无法创建 " + out + "：not a directory"},
		{"permission", &Error{Op: "write", Path: "out/2025/a.pdf", Err: os.ErrPermission},
			"write out/2025/a.pdf: permission denied",
			"не удалось записать out/2025/a.pdf: permission denied",
			"无法写入 out/2025/a.pdf：permission denied"},
		{"busy", &Error{Op: "lock", Path: "out", Err: msg.Errorf(msg.OutputBusyWaited, ErrBusy, 5*time.Second)},
			"lock out: another build is writing to this folder (waited 5s)",
			"не удалось заблокировать out: в эту папку записывает другая сборка (ожидание: 5s)",
			"无法锁定 out：另一个构建正在写入此文件夹（已等待 5s）"},
		{"restore", &Error{Op: "replace", Path: "out/a.pdf", Err: msg.Errorf(msg.OutputRestoreFailed, os.ErrPermission, os.ErrExist)},
			"replace out/a.pdf: permission denied; restoring the previous outputs also failed: file already exists",
			"не удалось заменить out/a.pdf: permission denied; восстановить прежние выходные файлы также не удалось: file already exists",
			"无法替换 out/a.pdf：permission denied；恢复之前的输出文件也失败了：file already exists"},
		{"journal", &JournalError{Path: "out/.ratsreport-tmp-1/commit.json", Err: msg.Errorf(msg.OutputJournalOutput, "../x")},
			`skipped the unreadable journal out/.ratsreport-tmp-1/commit.json: it names the output "../x"; its scratch folder is left as it was: check the outputs beside it, then remove it`,
			`пропущен нечитаемый журнал out/.ratsreport-tmp-1/commit.json: в нём указан выходной файл "../x"; его временная папка оставлена как есть: проверьте выходные файлы рядом с ней, затем удалите её`,
			`已跳过无法读取的日志 out/.ratsreport-tmp-1/commit.json：其中列出的输出文件为 "../x"；其临时文件夹保持原样：请检查旁边的输出文件，然后将其删除`},
	} {
		if c.err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		for _, w := range []struct{ lang, want string }{{"en", c.en}, {"ru", c.ru}, {"zh", c.zh}} {
			if got := msg.Text(w.lang, c.err); got != w.want {
				t.Errorf("%s in %s:\n got %s\nwant %s", c.name, w.lang, got, w.want)
			}
		}
		if c.err.Error() != c.en {
			t.Errorf("%s: Error() = %q, want %q", c.name, c.err.Error(), c.en)
		}
	}
}

// TestBusyWrapsErrBusy: the error of a folder held too long is still
// ErrBusy (errors.Is), with the time waited.
func TestBusyWrapsErrBusy(t *testing.T) {
	if !canLock {
		t.Skip("no flock here")
	}
	dir := t.TempDir()
	s, err := Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Abort()
	_, err = Open(context.Background(), dir, Options{Wait: time.Millisecond})
	if !errors.Is(err, ErrBusy) || !strings.HasSuffix(err.Error(), "another build is writing to this folder (waited 1ms)") {
		t.Fatalf("err = %v, want ErrBusy with the time waited", err)
	}
	if got := msg.Text("ru", err); !strings.HasSuffix(got, "в эту папку записывает другая сборка (ожидание: 1ms)") {
		t.Errorf("in ru: %q", got)
	}
}
