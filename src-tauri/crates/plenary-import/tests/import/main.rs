//! The readers of files coming into Plenary, fed with what Plenary writes and with what
//! translators' tools and mistakes produce: every refusal names its line.

mod fuzz;
mod xliff;
