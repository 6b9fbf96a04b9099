//! Stage 1: the lossless JSON AST.
