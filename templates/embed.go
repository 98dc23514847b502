// Package templates ships the per-language text of the report inside the
// binary. The same files on disk (templates/<lang>/text.toml beside
// config.toml) take precedence, so staff can edit the wording without
// recompiling.
package templates

import "embed"

// FS holds <lang>/text.toml and <lang>/foreword.txt for every shipped
// language.
//
//go:embed */text.toml */foreword.txt
var FS embed.FS
