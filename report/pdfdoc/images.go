package pdfdoc

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"image/png"
)

// imageSet keeps the pictures of one document and makes their output
// order reproducible.
//
// gofpdf writes image objects sorted by pixel width only, starting from
// Go map order (fpdf.go putimages), and maroto registers every picture
// under a random UUID: two different pictures of the same width come out
// in random order, so the bytes differ from run to run. (Resource names
// are SHA-1 hashes of the content, so they are stable, and a picture used
// twice is stored once.) So the second and later distinct pictures with an
// already used width are widened by repeating their last pixel column: one
// or a few pixels on a picture scaled to a fixed width in millimetres, so
// invisible, and every distinct picture then has a distinct width.
type imageSet struct {
	byHash map[[32]byte]*pngImage
	widths map[int]bool
	n      int
}

// pngImage is a picture as it will be embedded.
type pngImage struct {
	png  []byte
	w, h int // pixel size of the original picture (for the aspect ratio)
}

func newImageSet() *imageSet {
	return &imageSet{byHash: make(map[[32]byte]*pngImage), widths: make(map[int]bool)}
}

func (s *imageSet) count() int { return s.n }

// add registers a PNG picture and returns it as it will be embedded.
func (s *imageSet) add(b []byte) (*pngImage, error) {
	s.n++
	if len(b) == 0 {
		return nil, errors.New("no picture data")
	}
	sum := sha256.Sum256(b)
	if img, ok := s.byHash[sum]; ok {
		return img, nil
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("decode png: %w", err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, fmt.Errorf("png: empty picture %dx%d", cfg.Width, cfg.Height)
	}
	img := &pngImage{png: b, w: cfg.Width, h: cfg.Height}
	if s.widths[cfg.Width] {
		extra := 1
		for s.widths[cfg.Width+extra] {
			extra++
		}
		img.png, err = widen(b, extra)
		if err != nil {
			return nil, err
		}
		s.widths[cfg.Width+extra] = true
	} else {
		s.widths[cfg.Width] = true
	}
	s.byHash[sum] = img
	return img, nil
}

// widen re-encodes a PNG with extra columns on the right that repeat the
// last column. Go's PNG encoder is deterministic.
func widen(b []byte, extra int) ([]byte, error) {
	src, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("decode png: %w", err)
	}
	r := src.Bounds()
	dst := image.NewNRGBA(image.Rect(0, 0, r.Dx()+extra, r.Dy()))
	draw.Draw(dst, image.Rect(0, 0, r.Dx(), r.Dy()), src, r.Min, draw.Src)
	for x := r.Dx(); x < r.Dx()+extra; x++ {
		for y := 0; y < r.Dy(); y++ {
			dst.SetNRGBA(x, y, dst.NRGBAAt(r.Dx()-1, y))
		}
	}
	var out bytes.Buffer
	if err := png.Encode(&out, dst); err != nil {
		return nil, fmt.Errorf("encode png: %w", err)
	}
	return out.Bytes(), nil
}
