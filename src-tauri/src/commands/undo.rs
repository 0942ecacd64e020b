//! Undo and redo of the edits of this run.

use super::delegate;
use plenary_api::{UndoOutcome, UndoState};

delegate! {
    undo() -> UndoOutcome;
    redo() -> UndoOutcome;
    undo_state() -> UndoState;
}
