//! taipan's side of `cargo xtask bench parse`: times `tokenize` and `parse` in-process, single
//! thread, over sources already in memory, best of N runs.

use std::hint::black_box;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

/// One stage of the pipeline as the benchmark drives it.
#[derive(Debug, Clone, Copy)]
pub enum Stage {
    Tokenize,
    /// The lossless tree, tokenizing included.
    Parse,
}

impl Stage {
    fn run(self, text: &str) -> usize {
        match self {
            Stage::Tokenize => taipan_tokenizer::tokenize(text).tokens.len(),
            Stage::Parse => taipan_syntax::parse(text).errors().len(),
        }
    }
}

/// Indices of the sources on which `stage` panics (each is reported, then left out of the
/// timings). The panic message is silenced: a `todo!()` would otherwise print once per file.
pub fn panicking(stage: Stage, sources: &[String]) -> Vec<usize> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let bad = sources
        .iter()
        .enumerate()
        .filter(|(_, text)| catch_unwind(AssertUnwindSafe(|| stage.run(text))).is_err())
        .map(|(i, _)| i)
        .collect();
    std::panic::set_hook(hook);
    bad
}

/// The best wall time of `runs` passes of `stage` over `sources`.
pub fn best_time(stage: Stage, sources: &[&str], runs: usize) -> Duration {
    (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            for text in sources {
                black_box(stage.run(black_box(text)));
            }
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}
