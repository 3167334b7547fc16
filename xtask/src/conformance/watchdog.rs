//! A guard against a file that never finishes (a parser stuck in a loop): workers say which file
//! they are on, and a monitor thread stops the whole run, naming the file, when one file takes
//! longer than the limit. A panic is caught per file; a hang cannot be, so it ends the run
//! rather than hanging CI.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

const IDLE: u64 = u64::MAX;

pub struct Watchdog {
    started: Instant,
    /// Per worker: the file index it is on, or `IDLE`.
    file: Vec<AtomicU64>,
    /// Per worker: when it started that file, in ms since `started`.
    since_ms: Vec<AtomicU64>,
    done: AtomicBool,
}

impl Watchdog {
    pub fn new(workers: usize) -> Self {
        Watchdog {
            started: Instant::now(),
            file: (0..workers).map(|_| AtomicU64::new(IDLE)).collect(),
            since_ms: (0..workers).map(|_| AtomicU64::new(0)).collect(),
            done: AtomicBool::new(false),
        }
    }

    fn now_ms(&self) -> u64 {
        self.started.elapsed().as_millis() as u64
    }

    /// Worker `w` starts on file `i`.
    pub fn enter(&self, w: usize, i: usize) {
        self.since_ms[w].store(self.now_ms(), Ordering::Relaxed);
        self.file[w].store(i as u64, Ordering::Relaxed);
    }

    pub fn finish(&self) {
        self.done.store(true, Ordering::Relaxed);
    }

    /// Watches until [`Self::finish`]; exits the process if a file takes longer than `limit`.
    pub fn monitor(&self, limit: Duration, name: impl Fn(usize) -> String) {
        while !self.done.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(200));
            for (file, since) in self.file.iter().zip(&self.since_ms) {
                let i = file.load(Ordering::Relaxed);
                let elapsed = self.now_ms().saturating_sub(since.load(Ordering::Relaxed));
                if i != IDLE && elapsed > limit.as_millis() as u64 {
                    eprintln!(
                        "conformance: no result for {} after {} s: stopping (a hang in taipan)",
                        name(i as usize),
                        elapsed / 1000
                    );
                    std::process::exit(3);
                }
            }
        }
    }
}
