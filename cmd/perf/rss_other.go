//go:build !linux

package main

import "os"

// peakRSS is not measured outside Linux (ru_maxrss units differ).
func peakRSS(*os.ProcessState) int64 { return 0 }
