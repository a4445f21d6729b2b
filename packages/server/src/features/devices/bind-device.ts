import { randomUUID } from "node:crypto";
import {
  DomainError,
  assertCan,
  authorizationForBinding,
  deviceKindLabels,
  type DeviceKind,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeviceRepository,
  PositioningRepository,
  placeOf,
  type DeviceBindingRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import { locationChanged, positioningRecord } from "../../shared/location-supervision.ts";
import { supervisedFile } from "../../shared/subject-file.ts";

/**
 * Binds one of the county's devices to a file in correction. R-EP-1: a bracelet only under an
 * approved authorization in force today (else 409 POSITIONING_NOT_AUTHORIZED); a phone needs
 * none (an information check). A device has one open binding (409 DEVICE_BOUND), and a file at
 * most one open binding per kind of device (409 SUBJECT_DEVICE_BOUND).
 */
export async function bindDevice({
  ctx,
  actor,
  meta,
  subjectId,
  deviceId,
}: UseCaseArgs & { subjectId: string; deviceId: string }): Promise<DeviceBindingRow> {
  assertCan(actor, "device:bind");
  const row = await inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await supervisedFile(gw, subjectId);
    const env = await caseEnvironment(gw);
    const devices = new DeviceRepository(gw);
    const device = await devices.findInCounty(deviceId, subject.county_id);
    const kind = device.kind as DeviceKind;
    if (await devices.openBindingOfDevice(device.id))
      throw new DomainError("DEVICE_BOUND", { deviceId: device.id });
    if ((await devices.openBindingsOfSubject(subject.id)).some((b) => b.device_kind === kind))
      throw new DomainError("SUBJECT_DEVICE_BOUND", { kind });
    const auths = await new PositioningRepository(gw).ofSubject(subject.id);
    const authorization = authorizationForBinding(
      kind,
      auths.map((a) => ({ ...positioningRecord(a), row: a })),
      env.today,
    );
    const binding = await devices.insertBinding({
      id: randomUUID(),
      device_id: device.id,
      subject_id: subject.id,
      authorization_id: authorization?.id ?? null,
      bound_at: gw.now,
      bound_by: actor.userId,
    });
    const label = deviceKindLabels[kind];
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: "bind_device",
      occurredOn: env.today,
      summary: authorization
        ? `佩戴${label}（${device.identifier}），依据${authorization.row.document_number ?? "已批准的审批"}，期限至 ${authorization.untilOn}`
        : `绑定${label}（${device.identifier}），用于手机定位信息核查`,
      data: {
        bindingId: binding.id,
        deviceId: device.id,
        kind,
        identifier: device.identifier,
        authorizationId: authorization?.id ?? null,
      },
      place: placeOf(subject),
    });
    return binding;
  });
  locationChanged(ctx);
  return row;
}
