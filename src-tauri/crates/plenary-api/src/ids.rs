//! Making ids: UUID v7 in the app, a predictable sequence in tests.

use plenary_core::Id;
use std::sync::atomic::{AtomicU64, Ordering};

/// A source of new ids.
pub trait IdGen: Send + Sync {
    /// A new, never-used id.
    fn next_id(&self) -> Id;
}

/// UUID v7: time-ordered (rows cluster well in SQLite's b-trees) and globally unique, so
/// copies of a meeting made on two machines can be merged.
#[derive(Debug, Default)]
pub struct UuidV7;

impl IdGen for UuidV7 {
    fn next_id(&self) -> Id {
        Id::new(uuid::Uuid::now_v7().to_string())
    }
}

/// Ids `t-000001`, `t-000002`…, for tests that compare output.
#[derive(Debug, Default)]
pub struct Sequential(AtomicU64);

impl IdGen for Sequential {
    fn next_id(&self) -> Id {
        Id::new(format!("t-{:06}", self.0.fetch_add(1, Ordering::Relaxed) + 1))
    }
}
