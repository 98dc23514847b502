package model

// Translation is a translation a row gives of one of its free texts, in a
// column beside it named with a language suffix ("Title (ru)" beside
// "Title"). The reader keeps one per distinct text, language and
// translation (Data.Translations), not one per row: a million border rows
// that give the Russian of a few hundred areas hold a few hundred. The
// records themselves carry their text as written.
type Translation struct {
	Text string // the original, as written (cleaned)
	Lang string // en, ru or zh
	In   string // the translation
	// Dataset and Column are the contract's dataset and column key of
	// the original.
	Dataset, Column string
	// At is the row the translation was first given in, and Col its
	// column (1-based), for diagnostics.
	At  Origin
	Col int
}
