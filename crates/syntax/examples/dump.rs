//! Prints the syntax tree and errors of each file given on the command line (a debugging aid).

fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let parse = taipan_syntax::parse(&text);
        print!("{}", parse.debug_dump());
    }
}
