//! Integration tests of plenary-store, each on a temp-file database: opening and pragmas,
//! refusals that leave the file untouched, transactions, search, listing, deletes, the
//! consistency check, outcome documents and the upgrade of a committed schema-1 database.

mod harness;
mod seed;

mod backup;
mod check;
mod deletes;
mod listing;
mod migration;
mod opening;
mod outcome;
mod ordering;
mod refusals;
mod search;
mod search_everything;
mod stats;
mod transactions;
