import { bindDevice } from "./bind-device.ts";
import { endDeviceBinding } from "./end-device-binding.ts";
import { listDeviceBindings } from "./list-device-bindings.ts";
import { listDevices } from "./list-devices.ts";
import { registerDevice } from "./register-device.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentDevice, presentDeviceBinding, presentDeviceListItem } from "./device-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import {
  bindingBody,
  deviceBindingListSchema,
  deviceBindingSchema,
  deviceBody,
  deviceListQuery,
  devicePageSchema,
  endBindingBody,
  registeredDeviceSchema,
} from "./schemas.ts";
import { reissueDeviceToken } from "./reissue-device-token.ts";

/** Devices (bracelets, phones) of a county agency and their bindings to files (R-EP-1). */
export function deviceRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["location"];

  app.post(
    "/api/devices",
    {
      preHandler,
      schema: {
        tags,
        summary: "登记定位设备",
        body: deviceBody,
        response: responses({ 201: registeredDeviceSchema }),
      },
    },
    async (req, reply) => {
      const { device, token } = await registerDevice({ ...argsOf(ctx, req), input: req.body });
      return reply.status(201).send({ ...presentDevice(device), token });
    },
  );

  app.post(
    "/api/devices/:id/token",
    {
      preHandler,
      schema: {
        tags,
        summary: "重新生成设备凭证",
        params: idParams,
        response: responses({ 200: registeredDeviceSchema }),
      },
    },
    async (req) => {
      const { device, token } = await reissueDeviceToken({ ...argsOf(ctx, req), deviceId: req.params.id });
      return { ...presentDevice(device), token };
    },
  );

  app.get(
    "/api/devices",
    {
      preHandler,
      schema: {
        tags,
        summary: "定位设备",
        querystring: deviceListQuery,
        response: responses({ 200: devicePageSchema }),
      },
    },
    async (req) => {
      const { rows, total } = await listDevices({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentDeviceListItem), total };
    },
  );

  app.post(
    "/api/subjects/:id/device-bindings",
    {
      preHandler,
      schema: {
        tags,
        summary: "绑定定位设备",
        params: idParams,
        body: bindingBody,
        response: responses({ 201: deviceBindingSchema }),
      },
    },
    async (req, reply) => {
      const row = await bindDevice({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        deviceId: req.body.deviceId,
      });
      return reply.status(201).send(presentDeviceBinding(row));
    },
  );

  app.get(
    "/api/subjects/:id/device-bindings",
    {
      preHandler,
      schema: {
        tags,
        summary: "定位设备绑定记录",
        params: idParams,
        response: responses({ 200: deviceBindingListSchema }),
      },
    },
    async (req) => ({
      items: (await listDeviceBindings({ ...argsOf(ctx, req), subjectId: req.params.id })).map(
        presentDeviceBinding,
      ),
    }),
  );

  app.post(
    "/api/device-bindings/:id/end",
    {
      preHandler,
      schema: {
        tags,
        summary: "解除定位设备绑定",
        params: idParams,
        body: endBindingBody,
        response: responses({ 200: deviceBindingSchema }),
      },
    },
    async (req) =>
      presentDeviceBinding(
        await endDeviceBinding({ ...argsOf(ctx, req), bindingId: req.params.id, reason: req.body.reason }),
      ),
  );
}
