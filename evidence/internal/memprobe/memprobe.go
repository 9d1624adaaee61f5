// Package memprobe measures the peak heap of a piece of work, for the
// benchmarks that compare memory with the size of the file read.
package memprobe

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

const sample = "/memory/classes/heap/objects:bytes"

func heap() uint64 {
	s := []metrics.Sample{{Name: sample}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// Probe samples the live heap every few milliseconds until Stop.
type Probe struct {
	base, peak uint64
	stop       chan struct{}
	wg         sync.WaitGroup
	mu         sync.Mutex
}

// Start collects garbage, takes the baseline and starts sampling.
func Start() *Probe {
	runtime.GC()
	p := &Probe{base: heap(), stop: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			p.see()
			select {
			case <-p.stop:
				return
			case <-t.C:
			}
		}
	}()
	return p
}

func (p *Probe) see() {
	h := heap()
	p.mu.Lock()
	p.peak = max(p.peak, h)
	p.mu.Unlock()
}

// Stop ends sampling and returns the peak heap above the baseline, in
// bytes.
func (p *Probe) Stop() uint64 {
	p.see()
	close(p.stop)
	p.wg.Wait()
	if p.peak < p.base {
		return 0
	}
	return p.peak - p.base
}
