package config

import "github.com/bmatcuk/doublestar/v4"

func validPattern(p string) bool { return doublestar.ValidatePattern(p) }
