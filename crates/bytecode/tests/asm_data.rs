//! Data-driven builder tests: every `tests/data/bytecode/*.asm` is assembled and snapshotted
//! (insta, `tests/data/bytecode/snapshots`) as its `dis.dis` output and basic-block graph, or
//! as the assembly error the builder reports.

use std::path::{Path, PathBuf};

use taipan_bytecode::{asm, blocks, dis};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/bytecode")
}

#[test]
fn asm_files_snapshots() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "asm"))
        .collect();
    files.sort();
    assert!(files.len() >= 5);
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for path in files {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let out = match asm::assemble(&text) {
                Ok(code) => format!(
                    "stacksize {}\n\n{}\n{}",
                    code.stacksize,
                    dis::dis(&code),
                    blocks::to_dot(&code)
                ),
                Err(e) => format!("error: {e}\n"),
            };
            insta::assert_snapshot!(name, out);
        }
    });
}
