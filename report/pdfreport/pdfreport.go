// Package pdfreport renders the annual report for the RATS Council as a
// PDF, in one language: a cover, the contents, the key figures of the
// year, one section per area with its narrative, tables and a chart, and
// an annex on the data sources, validation warnings and methodology.
//
// It formats what package summary computed and never reads a file: texts
// come from lang.Texts, fonts as bytes, figures from the summary.
package pdfreport

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"ratsreport/report/chart"
	"ratsreport/report/config"
	"ratsreport/report/diag"
	"ratsreport/report/fonts"
	"ratsreport/report/lang"
	"ratsreport/report/pdfdoc"
	"ratsreport/report/registry"
	"ratsreport/report/schema"
	"ratsreport/report/summary"
	"ratsreport/report/translate"
)

// Input is everything the report shows.
type Input struct {
	Config   *config.Config
	Summary  *summary.Summary
	Warnings diag.List // shown in the annex
	Texts    *lang.Texts
	Fonts    fonts.Family // must cover the language's script
	Date     time.Time    // the document date (metadata and cover)
	// Translations are the free text's translations; nil prints free
	// text as written.
	Translations *translate.Set
}

// Render renders the report. When ctx is done it stops between sections
// and returns ctx's error.
func Render(ctx context.Context, in Input) ([]byte, error) {
	doc, err := document(ctx, in)
	if err != nil {
		return nil, err
	}
	return doc.Render()
}

// document builds the report's document, ready to render.
func document(ctx context.Context, in Input) (*pdfdoc.Document, error) {
	r := &renderer{in: in, t: in.Texts, cfg: in.Config, s: in.Summary, lang: in.Texts.Lang,
		names: registry.New(in.Config), abbreviated: map[string]bool{}}
	r.style = chart.Style{Font: in.Fonts.Regular, BoldFont: in.Fonts.Bold, PrintWidthMM: chartWidth,
		Format: func(v float64) string { return r.t.Milli(int64(v*1000+0.5), DecimalPlaces) }, NoData: r.t.T("change.not_reported")}
	doc := pdfdoc.New(pdfdoc.Config{
		Fonts:         pdfdoc.Fonts{Regular: in.Fonts.Regular, Bold: in.Fonts.Bold, Italic: in.Fonts.Italic, BoldItalic: in.Fonts.BoldItalic},
		Date:          in.Date,
		Title:         r.title(),
		Author:        r.cfg.Report.Organisation.In(r.lang),
		Subject:       r.cfg.Report.Council.Meeting.In(r.lang),
		Creator:       "ratsreport",
		Organisation:  r.cfg.Report.Organisation.In(r.lang),
		ReportTitle:   r.title(),
		Marking:       r.cfg.Report.Classification.In(r.lang),
		PageLabel:     r.pageLabel,
		ContentsTitle: r.t.T("doc.contents"),
	})
	doc.Cover(r.cover()...)
	sections := []func() ([]pdfdoc.Block, error){r.frontMatter, r.keyFigures, r.exercises, r.border, r.conference, r.agreements,
		r.online, r.training, r.meetings, r.annex}
	for _, sec := range sections {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		blocks, err := sec()
		if err != nil {
			return nil, err
		}
		doc.Add(blocks...)
	}
	return doc, nil
}

// DecimalPlaces is how many decimals decimal figures (kg) are printed
// with: one, as a council report shows them; the workbook holds the
// exact figures.
const DecimalPlaces = 1

// chartWidth is the width charts are printed at, in millimetres.
const chartWidth = 170

type renderer struct {
	in      Input
	t       *lang.Texts
	cfg     *config.Config
	s       *summary.Summary
	lang    string
	style   chart.Style
	section int
	sub     int
	charts  int
	// names prints registry names; abbreviated collects the entries
	// printed by their short name, for the list of abbreviations.
	names       *registry.Registry
	abbreviated map[string]bool
}

func (r *renderer) year() string     { return strconv.Itoa(r.s.Year) }
func (r *renderer) prevYear() string { return strconv.Itoa(r.s.Year - 1) }

func (r *renderer) title() string {
	return r.cfg.Report.Title.In(r.lang) + " " + r.t.Sub("doc.report_for", "year", r.year())
}

func (r *renderer) pageLabel(page, total int) string {
	return r.t.Sub("doc.page", "current", r.t.Int(int64(page)), "total", r.t.Int(int64(total)))
}

// h1 and h2 number the headings.
func (r *renderer) h1(key string, kv ...string) pdfdoc.Block {
	r.section++
	r.sub = 0
	return pdfdoc.Heading(1, fmt.Sprintf("%d. %s", r.section, r.t.Sub(key, kv...)))
}

func (r *renderer) h2(key string, kv ...string) pdfdoc.Block {
	r.sub++
	return pdfdoc.Heading(2, fmt.Sprintf("%d.%d %s", r.section, r.sub, r.t.Sub(key, kv...)))
}

func (r *renderer) cover() []pdfdoc.Block {
	rep := r.cfg.Report
	l := r.lang
	blocks := []pdfdoc.Block{
		pdfdoc.TextBlock{Text: rep.Organisation.In(l), Size: 12, Style: pdfdoc.Bold, Tone: pdfdoc.ToneAccent, SpaceBefore: 20, LineSpacing: 1.2},
		pdfdoc.Spacer(4),
		pdfdoc.Rule(0.8),
		pdfdoc.TextBlock{Text: rep.Title.In(l), Size: 24, Style: pdfdoc.Bold, Tone: pdfdoc.ToneAccent, LineSpacing: 1.2, SpaceBefore: 24},
		pdfdoc.TextBlock{Text: r.t.Sub("doc.report_for", "year", r.year()), Size: 18, Tone: pdfdoc.ToneAccent, SpaceBefore: 4},
		pdfdoc.TextBlock{Text: r.t.Sub("doc.council", "meeting", rep.Council.Meeting.In(l)), Size: 12, Tone: pdfdoc.ToneMuted, SpaceBefore: 16},
		pdfdoc.TextBlock{Text: r.t.Sub("doc.council_date", "place", rep.Council.Place.In(l), "date", r.t.Date(rep.Council.Date)), Size: 12, Tone: pdfdoc.ToneMuted, SpaceBefore: 2},
		pdfdoc.Fill(),
		pdfdoc.TextBlock{Text: rep.Signatory.Position.In(l), Size: 10, Tone: pdfdoc.ToneMuted},
		pdfdoc.TextBlock{Text: rep.Signatory.Name.In(l), Size: 11, Style: pdfdoc.Bold, SpaceAfter: 10},
		pdfdoc.Rule(0.3),
		pdfdoc.TextBlock{Text: r.t.Sub("doc.number", "number", rep.DocumentNumber) + "   ·   " + r.t.Sub("doc.dated", "date", r.t.Date(r.in.Date)), Size: 10, SpaceBefore: 3},
		pdfdoc.TextBlock{Text: rep.Classification.In(l), Size: 11, Style: pdfdoc.Bold, Tone: pdfdoc.ToneAccent, SpaceBefore: 3},
		pdfdoc.TextBlock{Text: r.t.T("doc.illustrative"), Size: 8, Tone: pdfdoc.ToneMuted, SpaceBefore: 6},
	}
	return blocks
}

// amount formats a total: "n/r" when not reported.
func (r *renderer) amount(a summary.Amount, decimal bool) string {
	if !a.Reported {
		return r.t.T("col.not_reported")
	}
	if decimal {
		return r.t.Fixed(a.Milli, DecimalPlaces)
	}
	return r.t.Milli(a.Milli, 0)
}

// change formats a figure's change against the previous year.
func (r *renderer) change(c summary.Change, decimal bool) (abs, pct string) {
	switch c.Kind {
	case summary.New:
		return r.t.T("change.new"), ""
	case summary.NotReported:
		return r.t.T("change.not_reported"), ""
	case summary.NoBase:
		return r.t.T("change.no_base"), ""
	case summary.Same:
		return r.t.T("change.same"), ""
	}
	sign := "+"
	if c.Milli < 0 {
		sign = ""
	}
	if decimal {
		return sign + r.t.Fixed(c.Milli, DecimalPlaces), r.t.Percent(c.Percent)
	}
	return sign + r.t.Milli(c.Milli, 0), r.t.Percent(c.Percent)
}

// figureLabel is the label of a key figure: a border or online
// indicator's own label from the configuration, the text file's
// otherwise.
func (r *renderer) figureLabel(f summary.Figure) string {
	if i := r.cfg.OnlineIndicatorIndex(f.Indicator); f.Area == "online" && f.Indicator != "" && i >= 0 {
		return r.onlineHeader(i)
	}
	if i := r.cfg.IndicatorIndex(f.Indicator); f.Indicator != "" && i >= 0 {
		return r.indicatorHeader(i)
	}
	return r.t.T("figure." + f.Key)
}

// stateNames formats a list of alpha-2 codes as names.
func (r *renderer) stateNames(codes []string) string {
	names := make([]string, len(codes))
	for i, c := range codes {
		names[i] = r.cfg.StateName(c, r.lang)
	}
	return strings.Join(names, r.listSep())
}

func (r *renderer) listSep() string {
	if r.lang == "zh" {
		return "、"
	}
	return ", "
}

// narrative runs a narrative template; a failing template is an error
// (the texts are editable, so this is a user error worth stopping for).
func (r *renderer) narrative(key string, data any) (pdfdoc.Block, error) {
	s, err := r.t.Exec(key, data)
	if err != nil {
		return nil, err
	}
	return pdfdoc.Paragraph(s), nil
}

// image renders a chart; each chart gets a distinct pixel width, which
// keeps image order in the PDF deterministic.
// Charts are numbered in their captions ("Figure 2. …"); the chart
// itself carries no title, so the text is not said twice.
func (r *renderer) image(png []byte, caption string) pdfdoc.Block {
	return pdfdoc.Image(png, chartWidth, r.t.Sub("chart.figure", "n", strconv.Itoa(r.charts), "title", caption))
}

// chartStyle returns the style of the next chart, heightPx tall (0: the
// default). Each chart gets a distinct pixel width, which keeps image
// order in the PDF deterministic (gofpdf orders images by width).
func (r *renderer) chartStyle(heightPx int) chart.Style {
	s := r.style
	s.WidthPx = chart.DefaultWidthPx + r.charts
	s.HeightPx = heightPx
	r.charts++
	return s
}

// text prints a free text (a location, a session's title, a theme) in the
// report's language when a translation is known, else as written.
func (r *renderer) text(s string) string { return r.in.Translations.Text(s, r.lang) }

func (r *renderer) kindLabel(e *schema.Enumeration, key string) string { return e.Label(key, r.lang) }

func (r *renderer) indicatorHeader(i int) string {
	ind := r.cfg.Indicators[i]
	return r.withUnit(ind.Label.In(r.lang), ind.Unit.In(r.lang))
}

// withUnit joins a label and its unit as the language writes them.
func (r *renderer) withUnit(label, unit string) string {
	return r.t.Sub("format.unit_label", "label", label, "unit", unit)
}
