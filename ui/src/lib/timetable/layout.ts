// Lanes for sessions that overlap in one column: each gets a lane, and all the sessions of a
// cluster of overlapping sessions share the cluster's number of lanes, so blocks sit side by
// side instead of on top of one another.

/** What the layout needs of a session: minutes since midnight. */
export type Interval = { id: string; start: number; end: number };

/** Where a block goes across its column: lane `lane` of `lanes` equal lanes. */
export type Placement = { lane: number; lanes: number };

/**
 * Assigns lanes greedily in start order (the first lane free at the session's start), which
 * uses as many lanes as the most sessions running at the same moment. Sessions that merely
 * touch (10:30 end, 10:30 start) share a lane.
 */
export function layoutLanes(items: readonly Interval[]): Map<string, Placement> {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out = new Map<string, Placement>();
  let cluster: Array<{ id: string; lane: number }> = [];
  let laneEnds: number[] = [];
  let clusterEnd = -Infinity;

  const close = () => {
    for (const c of cluster) out.set(c.id, { lane: c.lane, lanes: laneEnds.length });
    cluster = [];
    laneEnds = [];
  };

  for (const item of sorted) {
    if (item.start >= clusterEnd) close();
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(item.end);
    } else {
      laneEnds[lane] = item.end;
    }
    cluster.push({ id: item.id, lane });
    clusterEnd = Math.max(clusterEnd === -Infinity ? item.end : clusterEnd, item.end);
  }
  close();
  return out;
}
