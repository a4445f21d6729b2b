import type { FastifyInstance } from "fastify";
import { bindDevice } from "./bind-device.ts";
import { endDeviceBinding } from "./end-device-binding.ts";
import { listDeviceBindings } from "./list-device-bindings.ts";
import { listDevices } from "./list-devices.ts";
import { registerDevice, type DeviceInput } from "./register-device.ts";
import type { AppContext } from "../../context.ts";
import type { DeviceListFilter } from "../../db/gateway/index.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentDevice, presentDeviceBinding, presentDeviceListItem } from "./device-presenter.ts";
import { idParams, type IdParams } from "../../http/schema-parts.ts";
import { bindingBody, deviceBody, deviceListQuery, endBindingBody } from "./schemas.ts";
import { reissueDeviceToken } from "./reissue-device-token.ts";

/** Devices (bracelets, phones) of a county agency and their bindings to files (R-EP-1). */
export function deviceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["location"];

  app.post<{ Body: DeviceInput }>(
    "/api/devices",
    { preHandler, schema: { tags, summary: "登记定位设备", body: deviceBody } },
    async (req, reply) => {
      const { device, token } = await registerDevice({ ...argsOf(ctx, req), input: req.body });
      return reply.status(201).send({ ...presentDevice(device), token });
    },
  );

  app.post<{ Params: IdParams }>(
    "/api/devices/:id/token",
    { preHandler, schema: { tags, summary: "重新生成设备凭证", params: idParams } },
    async (req) => {
      const { device, token } = await reissueDeviceToken({ ...argsOf(ctx, req), deviceId: req.params.id });
      return { ...presentDevice(device), token };
    },
  );

  app.get<{ Querystring: DeviceListFilter }>(
    "/api/devices",
    { preHandler, schema: { tags, summary: "定位设备", querystring: deviceListQuery } },
    async (req) => {
      const { rows, total } = await listDevices({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentDeviceListItem), total };
    },
  );

  app.post<{ Params: IdParams; Body: { deviceId: string } }>(
    "/api/subjects/:id/device-bindings",
    { preHandler, schema: { tags, summary: "绑定定位设备", params: idParams, body: bindingBody } },
    async (req, reply) => {
      const row = await bindDevice({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        deviceId: req.body.deviceId,
      });
      return reply.status(201).send(presentDeviceBinding(row));
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/subjects/:id/device-bindings",
    { preHandler, schema: { tags, summary: "定位设备绑定记录", params: idParams } },
    async (req) => ({
      items: (await listDeviceBindings({ ...argsOf(ctx, req), subjectId: req.params.id })).map(
        presentDeviceBinding,
      ),
    }),
  );

  app.post<{ Params: IdParams; Body: { reason: string } }>(
    "/api/device-bindings/:id/end",
    { preHandler, schema: { tags, summary: "解除定位设备绑定", params: idParams, body: endBindingBody } },
    async (req) =>
      presentDeviceBinding(
        await endDeviceBinding({ ...argsOf(ctx, req), bindingId: req.params.id, reason: req.body.reason }),
      ),
  );
}
