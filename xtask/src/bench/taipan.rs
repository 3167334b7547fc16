//! taipan's side of `cargo xtask bench parse`: times `tokenize`, `parse` and source to AST
//! (`parse_module`) in-process, single thread, over sources already in memory, best of N runs.

use std::hint::black_box;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

/// One stage of the pipeline as the benchmark drives it.
#[derive(Debug, Clone, Copy)]
pub enum Stage {
    Tokenize,
    /// The lossless tree, tokenizing included.
    Parse,
    /// The AST: tokenizing, the lossless tree and the lowering (`ast.parse`'s work).
    Ast,
}

impl Stage {
    fn run(self, text: &str) -> usize {
        self.timed(text).0
    }

    /// Runs the stage on one source; the time covers building the output, not dropping it.
    #[inline(never)]
    fn timed(self, text: &str) -> (usize, Duration) {
        match self {
            Stage::Tokenize => {
                let start = Instant::now();
                let out = black_box(taipan_tokenizer::tokenize(black_box(text)));
                let elapsed = start.elapsed();
                (out.tokens.len(), elapsed)
            }
            Stage::Parse => {
                let start = Instant::now();
                let out = black_box(taipan_syntax::parse(black_box(text)));
                let elapsed = start.elapsed();
                (out.errors().len(), elapsed)
            }
            Stage::Ast => {
                let start = Instant::now();
                let out = black_box(taipan_ast::parse_module(black_box(text)));
                let elapsed = start.elapsed();
                (out.errors.len(), elapsed)
            }
        }
    }
}

/// Indices of the sources on which `stage` panics (each is reported, then left out of the
/// timings). The default panic message is silenced: the report names each such file once.
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

/// The best of `runs` passes of `stage` over `sources`: the sum of the times spent building
/// each file's output (dropping it is left out, as a tool keeps the tree it builds).
pub fn best_time(stage: Stage, sources: &[&str], runs: usize) -> Duration {
    (0..runs.max(1))
        .map(|_| {
            sources
                .iter()
                .map(|text| stage.timed(text).1)
                .sum::<Duration>()
        })
        .min()
        .unwrap_or_default()
}
