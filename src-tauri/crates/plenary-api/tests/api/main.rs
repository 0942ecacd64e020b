//! Plenary's use cases driven through a test host over a temp-file database: refused inputs
//! (a typed error naming the field, in the user's language, and nothing written), the happy
//! paths of each area, outcome documents, the demo meeting and the shape errors take on their way to the UI.

mod agenda;
mod backups;
mod demo;
mod demo_scale;
mod delegations;
mod errors;
mod fuzz;
mod fixture;
mod host;
mod import;
mod meetings;
mod orders;
mod organisations;
mod outcome;
mod participants;
mod participants_export;
mod personal_data;
mod scale;
mod search;
mod stats;
mod sessions;
mod translation;
mod undo;
mod upgrade;
mod validation;
