//! Runs a Python file on the VM without the CLI (`cargo run -p taipan-vm --example run FILE`).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first().cloned() else {
        eprintln!("usage: run FILE [ARGS]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let code = taipan_vm::run_main(text, path, args);
    std::process::exit(code);
}
