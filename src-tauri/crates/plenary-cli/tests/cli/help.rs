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

#[test]
fn export_help_names_every_kind_of_export() {
    let sandbox = Sandbox::new();
    let kinds = ["agenda", "outcome", "participants", "badges", "tent-cards", "stats"];
    let usage = format!("plenary export {}", kinds.join("|"));
    for args in [&["--help"][..], &["export", "--help"][..]] {
        sandbox.run_bare(args).success().says(&usage, "the usage line lists every kind of export");
    }
    for kind in kinds {
        sandbox.run_bare(&["export", kind, "--help"]).success().says("--meeting", "each kind listed is a command that exists");
    }
}
