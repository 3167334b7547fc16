//! The `~~~^^^~~~` anchors of 3.11 tracebacks (`_extract_caret_anchors_from_line_segment`):
//! for a segment that is a binary operation, the operator is `^` and the operands `~`; for a
//! subscript, the `[...]` part is `^`. The segment is parsed with taipan's own parser.

use taipan_ast::{ExprKind, Mod, StmtKind};

/// `(left_end, right_start)` character offsets within the segment `line[c0..c1]` (bytes).
pub fn find(line: &str, c0: usize, c1: usize) -> Option<(usize, usize)> {
    let seg = line.get(c0..c1.min(line.len()))?;
    let lowered = taipan_ast::lower::parse_module(seg);
    if !lowered.errors.is_empty() {
        return None;
    }
    let ast = &lowered.ast;
    let Mod::Module { body, .. } = &ast.root else {
        return None;
    };
    if body.len() != 1 {
        return None;
    }
    let StmtKind::Expr { value } = &ast.stmts[body[0]].kind else {
        return None;
    };
    let norm = |b: usize| seg.get(..b).map_or(b, |s| s.chars().count());
    match &ast.exprs[*value].kind {
        ExprKind::BinOp { left, right, .. } => {
            let lend = ast.exprs[*left].loc.end_col_offset as usize;
            let rstart = ast.exprs[*right].loc.col_offset as usize;
            let op_str = seg.get(lend..rstart)?;
            let op_off = op_str.len() - op_str.trim_start().len();
            let left_anchor = lend + op_off;
            let mut right_anchor = left_anchor + 1;
            if op_off + 1 < op_str.len() && !op_str.as_bytes()[op_off + 1].is_ascii_whitespace() {
                right_anchor += 1;
            }
            Some((norm(left_anchor), norm(right_anchor)))
        }
        ExprKind::Subscript { value, slice, .. } => {
            let start = ast.exprs[*value].loc.end_col_offset as usize;
            let end = ast.exprs[*slice].loc.end_col_offset as usize + 1;
            Some((norm(start), norm(end)))
        }
        _ => None,
    }
}
