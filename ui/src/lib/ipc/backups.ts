// Snapshots of the database: the Backups screen and the restore offered when the database
// is damaged. Spread into `api` by ./index.
import { call } from "./call";
import type { AppStatus } from "./bindings/AppStatus";
import type { Lang } from "./bindings/Lang";
import type { RestoreArgs } from "./bindings/RestoreArgs";
import type { RestoreReport } from "./bindings/RestoreReport";
import type { SnapshotInfo } from "./bindings/SnapshotInfo";

export const backupCommands = {
  /** The snapshots of the open database, newest first. */
  listBackups: () => call<SnapshotInfo[]>("list_backups"),
  /** A verified snapshot now, into the snapshots folder. */
  backupNow: () => call<SnapshotInfo>("backup_now"),
  /** Snapshots the current state, then puts the snapshot `name` in its place. */
  restoreBackup: (args: RestoreArgs) => call<RestoreReport>("restore_backup", args),
  /** Replaces a database that could not be opened by the snapshot `name` and opens it. */
  restoreDamagedDatabase: (args: { name: string; lang: Lang }) => call<AppStatus>("restore_damaged_database", args),
};
