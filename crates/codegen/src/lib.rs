//! taipan's code generator: from the (optimized) AST of `taipan-ast` to code objects. So far it
//! holds the first pass of CPython 3.11's compiler: the future features of a module
//! ([`future`], `Python/future.c`) and the symbol table ([`symtable`], `Python/symtable.c`),
//! which decides for every name of every scope whether it is local, global, free or a cell.

pub mod future;
pub mod symtable;
