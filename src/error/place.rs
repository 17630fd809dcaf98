//! Where an error was found in a JSON text, and the nearest real criterion it suggests.

use core::fmt;

use crate::id::CriterionId;

/// Where in a JSON text an error was found: line and column, both from 1.
///
/// Errors raised by code (the builder) rather than by reading JSON have no position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Position {
    /// Line, from 1; 0 when unknown.
    pub line: usize,
    /// Column, from 1; 0 when unknown.
    pub column: usize,
}

impl Position {
    /// No position: the error did not come from a JSON text.
    pub const NONE: Position = Position { line: 0, column: 0 };

    /// Whether a position is known.
    pub const fn is_known(&self) -> bool {
        self.line != 0
    }
}

impl fmt::Display for Position {
    /// Writes ` at line L, column C`, or nothing when the position is unknown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_known() {
            write!(f, " at line {}, column {}", self.line, self.column)
        } else {
            Ok(())
        }
    }
}

/// A nearest real criterion ID, for "did you mean" hints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Suggestion(pub Option<CriterionId>);

impl fmt::Display for Suggestion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(id) => write!(f, "; did you mean `{id}`?"),
            None => Ok(()),
        }
    }
}
