//! The name of a snapshot as the webview sends it: one of the names the list gave, never a
//! path. The command line may name any snapshot file; it builds its arguments itself and
//! does not pass through here.

use serde::{Deserialize, Deserializer};

/// Whether `name` is a bare file name: no folder, no parent, nothing absolute.
pub(crate) fn is_bare(name: &str) -> bool {
    let trimmed = name.trim();
    !trimmed.is_empty() && trimmed != "." && trimmed != ".." && !trimmed.contains(['/', '\\', '\0']) && !trimmed.contains(':')
}

/// Deserialises a snapshot's name, refusing a path: a script in the page must not make the
/// app replace its database with a file of its choosing.
pub fn bare_snapshot_name<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let name = String::deserialize(deserializer)?;
    if is_bare(&name) {
        Ok(name)
    } else {
        Err(serde::de::Error::custom(format!("a snapshot is named as the list names it, not by a path: {name:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_bare_names_pass() {
        for ok in ["plenary-2025-11-04T07-30-00Z-manual.db", "plenary.db"] {
            assert!(is_bare(ok), "{ok} is a name from the list");
        }
        for bad in ["", "..", "/etc/passwd", "../plenary.db", "backups/x.db", "C:\\x.db", "a\\b", "x\0y"] {
            assert!(!is_bare(bad), "{bad:?} is a path or no name");
        }
    }
}
