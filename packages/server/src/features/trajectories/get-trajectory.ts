import { DomainError, assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { PositionRepository, SubjectRepository, type TrackPoint } from "../../db/gateway/index.ts";

/** Points a trajectory answers at most; longer ranges are downsampled to this many time slices. */
export const TRAJECTORY_MAX_POINTS = 2000;
const MAX_RANGE_DAYS = 92;

export interface Trajectory {
  items: TrackPoint[];
  total: number;
  downsampled: boolean;
}

/**
 * A subject's positions over [from, to) (R-PR-3: location data is read only within the file's
 * scope, and every view is audited with its range).
 */
export async function getTrajectory({
  ctx,
  actor,
  meta,
  subjectId,
  from,
  to,
}: UseCaseArgs & { subjectId: string; from: Date; to: Date }): Promise<Trajectory> {
  assertCan(actor, "location:read");
  if (!(to.getTime() > from.getTime()))
    throw new DomainError("VALIDATION_FAILED", { field: "to" }, "结束时间应晚于开始时间");
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000)
    throw new DomainError(
      "VALIDATION_FAILED",
      { field: "from", maxDays: MAX_RANGE_DAYS },
      "一次最多查看 92 天的轨迹",
    );
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await new SubjectRepository(gw).read(subjectId, "location.read", {
      from: from.toISOString(),
      to: to.toISOString(),
    });
    const repo = new PositionRepository(gw);
    const total = await repo.count(subject.id, from, to);
    if (total <= TRAJECTORY_MAX_POINTS)
      return { items: await repo.track(subject.id, from, to), total, downsampled: false };
    return {
      items: await repo.downsampled(subject.id, from, to, TRAJECTORY_MAX_POINTS),
      total,
      downsampled: true,
    };
  });
}
