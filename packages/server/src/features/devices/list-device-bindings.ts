import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { DeviceRepository, SubjectRepository, type DeviceBindingRow } from "../../db/gateway/index.ts";

/** The device bindings of a file in scope (404 otherwise), history included; an audited read (R-PR-3). */
export async function listDeviceBindings({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<DeviceBindingRow[]> {
  assertCan(actor, "alert:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await new SubjectRepository(gw).read(subjectId, "device_binding.list");
    return new DeviceRepository(gw).bindingsOfSubject(subject.id);
  });
}
