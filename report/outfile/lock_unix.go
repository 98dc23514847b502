//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package outfile

import (
	"errors"
	"os"
	"syscall"
)

// canLock: the platform has flock, so that a folder can be locked and a
// scratch folder's owner be known to be gone.
const canLock = true

// tryLock takes an exclusive flock on f without waiting; busy is true when
// another open file (another process) holds it. The kernel drops the lock
// when its holder's descriptor is closed, the process killed included.
func tryLock(f *os.File) (busy bool, err error) {
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return true, nil
	}
	return false, err
}
