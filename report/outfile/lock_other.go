//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package outfile

import "os"

// canLock: without flock no folder is locked and no scratch folder is
// known to be stale (none is removed but the set's own).
const canLock = false

func tryLock(f *os.File) (busy bool, err error) { return false, nil }
