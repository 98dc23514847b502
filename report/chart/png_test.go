package chart

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
)

// TestEncodePNG decodes the charts encodePNG wrote with image/png and
// wants every pixel back; a picture that is not opaque, or is a part of a
// larger one, comes back whole too.
func TestEncodePNG(t *testing.T) {
	var imgs []*image.RGBA
	for _, c := range latinCases() {
		imgs = append(imgs, c.paint(t).img)
	}
	// Not opaque: image/png's encoding, with its alpha channel.
	clear := image.NewRGBA(image.Rect(0, 0, 40, 30))
	clear.SetRGBA(5, 5, color.RGBA{0x10, 0x20, 0x30, 0x80})
	// A part of a larger picture, whose rows are not the whole Pix.
	big := imgs[0]
	part := big.SubImage(image.Rect(100, 50, 700, 400)).(*image.RGBA)
	imgs = append(imgs, clear, part)
	for i, img := range imgs {
		b, err := encodePNG(img)
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := encodePNG(img); !bytes.Equal(again, b) {
			t.Errorf("picture %d: two encodings differ", i)
		}
		got, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("picture %d: %v", i, err)
		}
		r := img.Bounds()
		if got.Bounds().Dx() != r.Dx() || got.Bounds().Dy() != r.Dy() {
			t.Fatalf("picture %d: %v decoded as %v", i, r, got.Bounds())
		}
		for y := 0; y < r.Dy(); y++ {
			for x := 0; x < r.Dx(); x++ {
				want := color.NRGBAModel.Convert(img.At(r.Min.X+x, r.Min.Y+y))
				if have := color.NRGBAModel.Convert(got.At(x, y)); have != want {
					t.Fatalf("picture %d, pixel %d,%d: %v, want %v", i, x, y, have, want)
				}
			}
		}
	}
}

// BenchmarkEncodePNG compares encodePNG with image/png on a chart.
func BenchmarkEncodePNG(b *testing.B) {
	t := &testing.T{}
	img := latinCases()[1].paint(t).img
	for _, enc := range []struct {
		name string
		f    func(*image.RGBA) ([]byte, error)
	}{{"encodePNG", encodePNG}, {"image-png", func(img *image.RGBA) ([]byte, error) { return stdPNG(img) }}} {
		b.Run(enc.name, func(b *testing.B) {
			var n int
			for range b.N {
				p, err := enc.f(img)
				if err != nil {
					b.Fatal(err)
				}
				n = len(p)
			}
			b.ReportMetric(float64(n), "bytes")
		})
	}
}
