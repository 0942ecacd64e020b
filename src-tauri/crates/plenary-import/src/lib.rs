//! Files coming into Plenary. Every reader here is pure: it takes bytes and returns values
//! or a report of what is wrong and where; deciding what to write is the api's job.

pub mod columns;
pub mod countries;
pub mod file;
pub mod rows;
pub mod table;
pub mod workbook;
pub mod xliff;
