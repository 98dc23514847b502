// Package sample writes the sample data set: a year-by-year set of .xlsx
// workbooks (2006–2025) as the RATS Executive Committee and the member
// states' border services would send them, in English and Russian, with the
// value forms the input contract accepts. Each authority writes names its
// own way (names.go): the Russian-speaking border services the operation in
// Russian, China's in Chinese, the Executive Committee abbreviations and
// full names mixed.
//
// Names, dates, places, participants, themes and counterparties come from
// public sources; figures that are not public are illustrative and drawn
// from a fixed-seed generator, so the same options always give
// byte-identical files. See sources/README.md for which is which.
//
// Generate also returns a Manifest computed from its own records, so that
// tests of the reader and of the report can compare what they read with
// what was written.
package sample

import (
	"errors"
	"fmt"
	"path/filepath"
	"sort"

	"ratsreport/report/config"
	"ratsreport/report/schema"
)

// Options controls generation. The zero value (with a Config) is the
// shipped sample.
type Options struct {
	// Config gives the states (names, aliases, codes) and the border
	// indicators (keys, types, headers). Required.
	Config *config.Config
	// BorderRows selects stress mode when above zero: the 2025 border
	// workbooks then hold about this many rows in all (one per checkpoint
	// per day, spread over the ten member states' workbooks), and the 2025
	// Executive Committee workbook gets one extra exercise, conference
	// session and agreement per 50 border rows. Zero is the normal sample.
	BorderRows int
}

// Manifest is what Generate wrote, computed from its in-memory records
// (not by reading the files back).
type Manifest struct {
	// Files are the paths written, relative to the output folder, with
	// forward slashes, sorted.
	Files []string
	// Records counts records per dataset ("exercises", "border",
	// "conference", "agreements") per year, after merging identical copies
	// across files. The year is that of the exercise's start date, the
	// border report's start date, the session's date or the agreement's
	// signed date; agreements without a signed date count under year 0.
	Records map[string]map[int]int
	// Rows counts the data rows written per dataset, duplicate copies
	// included.
	Rows map[string]int
	// BorderTotals[year][indicator] is the sum of the reported figures in
	// thousandths of the indicator's unit, over distinct records.
	BorderTotals map[int]map[string]int64
	// BorderMissing[year][indicator] is the number of distinct records
	// where the figure is left empty (not reported).
	BorderMissing map[int]map[string]int
}

// Generate writes the sample workbooks under dir (dir/2025/border-KZ.xlsx
// and so on), creating folders as needed. Each file is written to a
// temporary name and renamed into place. The same options always give
// byte-identical files. Files already in dir that the sample does not
// write are left alone.
func Generate(dir string, opt Options) (*Manifest, error) {
	if opt.Config == nil {
		return nil, errors.New("generate sample: no configuration")
	}
	if len(opt.Config.Indicators) == 0 {
		return nil, errors.New("generate sample: the configuration has no border indicators")
	}
	if opt.BorderRows < 0 {
		return nil, fmt.Errorf("generate sample: border rows %d is negative", opt.BorderRows)
	}
	p, err := newPlan(opt)
	if err != nil {
		return nil, fmt.Errorf("generate sample: %w", err)
	}
	m := p.manifest()
	for _, b := range p.books {
		if err := writeBook(filepath.Join(dir, filepath.FromSlash(b.path)), b, p.cfg); err != nil {
			return nil, fmt.Errorf("generate sample: %w", err)
		}
	}
	return m, nil
}

// manifest counts the plan's rows and distinct records.
func (p *plan) manifest() *Manifest {
	m := &Manifest{
		Records:       map[string]map[int]int{},
		Rows:          map[string]int{},
		BorderTotals:  map[int]map[string]int64{},
		BorderMissing: map[int]map[string]int{},
	}
	for _, ds := range schema.Datasets {
		m.Rows[string(ds)] = 0
		m.Records[string(ds)] = map[int]int{}
	}
	seen := map[*record]bool{}
	for _, b := range p.books {
		m.Files = append(m.Files, b.path)
		for _, s := range b.sheets {
			for r := range s.rows {
				m.Rows[string(s.ds)]++
				if !r.rec.fresh {
					if seen[r.rec] {
						continue
					}
					seen[r.rec] = true
				}
				m.Records[string(s.ds)][r.rec.year]++
				if s.ds == schema.Border {
					p.addBorder(m, r.rec)
				}
			}
		}
	}
	sort.Strings(m.Files)
	return m
}

func (p *plan) addBorder(m *Manifest, r *record) {
	tot, miss := m.BorderTotals[r.year], m.BorderMissing[r.year]
	if tot == nil {
		tot, miss = map[string]int64{}, map[string]int{}
		for _, ind := range p.cfg.Indicators {
			tot[ind.Key], miss[ind.Key] = 0, 0
		}
		m.BorderTotals[r.year], m.BorderMissing[r.year] = tot, miss
	}
	for _, ind := range p.cfg.Indicators {
		v := r.vals[ind.Key]
		switch {
		case v.set && ind.Decimal():
			tot[ind.Key] += v.n
		case v.set:
			tot[ind.Key] += v.n * 1000 // whole units, kept in thousandths
		default:
			miss[ind.Key]++
		}
	}
}
