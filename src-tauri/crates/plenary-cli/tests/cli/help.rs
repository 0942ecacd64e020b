//! `--help` of the command and of a subcommand.

use crate::harness::Sandbox;

#[test]
fn help_exits_0_and_mentions_db() {
    let sandbox = Sandbox::new();
    for args in [&["--help"][..], &["participants", "--help"][..]] {
        let run = sandbox.run_bare(args).success();
        run.says("--db", "the help tells how to choose the database");
        run.says("PLENARY_DB", "and names the environment variable");
    }
    assert!(sandbox.home_entries().is_empty(), "asking for help opens no database: {:?}", sandbox.home_entries());
}
