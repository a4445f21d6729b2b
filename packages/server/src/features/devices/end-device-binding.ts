import { assertCan, deviceKindLabels, todayIn, type DeviceKind } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeviceRepository,
  SubjectRepository,
  placeOf,
  type DeviceBindingRow,
} from "../../db/gateway/index.ts";
import { locationChanged } from "../../shared/location-supervision.ts";

/**
 * Ends a binding (the device is removed or replaced, or no longer needed, R-EP-1): positions
 * from the device are no longer stored for the file. Allowed whatever the file's state, since a
 * device must come off a released file too; the binding stays in the history.
 */
export async function endDeviceBinding({
  ctx,
  actor,
  meta,
  bindingId,
  reason,
}: UseCaseArgs & { bindingId: string; reason: string }): Promise<DeviceBindingRow> {
  assertCan(actor, "device:bind");
  const row = await inTransaction(ctx, actor, meta, async (gw) => {
    const devices = new DeviceRepository(gw);
    const binding = await devices.getBinding(bindingId);
    const subject = await new SubjectRepository(gw).findForStep(binding.subject_id);
    const text = reason.trim();
    const after = await devices.endBinding(binding.id, text, actor.userId);
    const label = deviceKindLabels[binding.device_kind as DeviceKind] ?? binding.device_kind;
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: "end_device_binding",
      occurredOn: todayIn(gw.now),
      summary: `解除${label}（${binding.device_identifier}）绑定：${text}`,
      data: {
        bindingId: binding.id,
        deviceId: binding.device_id,
        kind: binding.device_kind,
        identifier: binding.device_identifier,
        reason: text,
      },
      place: placeOf(subject),
    });
    return after;
  });
  locationChanged(ctx);
  return row;
}
