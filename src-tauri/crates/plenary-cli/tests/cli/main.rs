//! End-to-end tests of the `plenary` binary: each runs the real executable on a database in
//! its own temp folder, with `HOME` and `XDG_DATA_HOME` pointed into that folder so that no
//! run, even a buggy one, can reach the user's data directory.

mod harness;

mod backup;
mod check;
mod demo;
mod export;
mod help;
mod import;
mod outcome;
mod personal_data;
mod listings;
mod lists;
mod refusals;
mod search;
mod sessions;
mod stats;
mod translation;
