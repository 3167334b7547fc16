//! The opcode table against CPython 3.11's `dis.stack_effect`
//! (`tests/data/bytecode/stack_effects.txt`), and property tests of the location and exception
//! table encodings: decode(encode(x)) == x, and the lookups agree with a plain scan.

use std::path::Path;

use proptest::prelude::*;
use taipan_bytecode::exctable::{self, ExceptionEntry};
use taipan_bytecode::linetable::{self, LineIndex, Position};
use taipan_bytecode::opcode::Opcode;

#[test]
fn stack_effects_are_cpythons() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/bytecode/stack_effects.txt");
    let text = std::fs::read_to_string(path).unwrap();
    let mut checked = 0;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut words = line.split_whitespace();
        let name = words.next().unwrap();
        let op = Opcode::from_name(name).unwrap_or_else(|| panic!("no opcode {name}"));
        // Analysed as the push of the first sent value (see opcode.rs).
        if op == Opcode::RETURN_GENERATOR {
            continue;
        }
        for cell in words {
            let (arg, effects) = cell.split_once(':').unwrap();
            let arg: u32 = arg.parse().unwrap_or(0);
            let (plain, jump) = effects.split_once('/').unwrap();
            assert_eq!(
                op.stack_effect(arg, false).to_string(),
                plain,
                "{name} {arg}"
            );
            assert_eq!(
                op.stack_effect(arg, true).to_string(),
                jump,
                "{name} {arg} jump"
            );
            checked += 1;
        }
    }
    assert!(checked > 500);
    // Every opcode of the table but CACHE is in CPython's list, and the numbers round trip.
    for &op in Opcode::ALL {
        assert_eq!(Opcode::from_u8(op as u8), Some(op));
        assert!(op == Opcode::CACHE || text.contains(&format!("\n{} ", op.name())));
    }
}

fn position() -> impl Strategy<Value = Position> {
    (
        proptest::option::weighted(0.9, 1u32..5000),
        proptest::option::weighted(0.9, 0u32..20),
        proptest::option::weighted(0.9, 0u32..300),
        proptest::option::weighted(0.9, 0u32..300),
    )
        .prop_map(|(line, extra, col, end_col)| Position {
            line,
            end_line: line.zip(extra).map(|(l, e)| if e < 15 { l } else { l + e }),
            col,
            end_col,
        })
}

proptest! {
    #[test]
    fn line_table_round_trips(entries in proptest::collection::vec((position(), 1u32..20), 0..60),
                              first in 1u32..3000) {
        let table = linetable::encode(first, entries.iter().copied());
        let expected: Vec<Position> = entries
            .iter()
            .flat_map(|&(p, n)| std::iter::repeat_n(p.normalized(), n as usize))
            .collect();
        prop_assert_eq!(&linetable::positions(&table, first), &expected);
        let index = LineIndex::new(&table, first);
        for (unit, pos) in expected.iter().enumerate() {
            prop_assert_eq!(linetable::addr2line(&table, first, unit as u32), pos.line);
            prop_assert_eq!(index.line(unit as u32), pos.line);
        }
        prop_assert_eq!(index.line(expected.len() as u32), None);
    }

    #[test]
    fn line_table_decoding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let _ = linetable::positions(&bytes, 1);
        let _ = LineIndex::new(&bytes, 1).line(3);
    }

    #[test]
    fn exception_table_round_trips(
        ranges in proptest::collection::vec((0u32..3000, 1u32..3000, 0u32..(1 << 20), 0u32..300, any::<bool>()), 0..20),
        probes in proptest::collection::vec(0u32..100_000, 10),
    ) {
        let mut start = 0;
        let entries: Vec<ExceptionEntry> = ranges
            .iter()
            .map(|&(gap, len, target, depth, lasti)| {
                start += gap;
                let e = ExceptionEntry { start, end: start + len, target, depth, lasti };
                start += len;
                e
            })
            .collect();
        let table = exctable::encode(&entries);
        prop_assert_eq!(&exctable::decode(&table), &entries);
        for unit in probes.into_iter().chain(entries.iter().flat_map(|e| [e.start, e.end - 1, e.end])) {
            let scan = entries.iter().copied().find(|e| e.start <= unit && unit < e.end);
            prop_assert_eq!(exctable::find_handler(&table, unit), scan);
            prop_assert_eq!(exctable::lookup(&entries, unit), scan);
        }
    }

    #[test]
    fn exception_table_decoding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let _ = exctable::decode(&bytes);
        let _ = exctable::find_handler(&bytes, 7);
    }
}
