/** Answers of the positioning, device, zone and random-check routes, from the server's schemas. */
import type { ItemOf, ResponseOf } from "../../api/contract";
import type { Zone } from "../alerts/types";

export type PositioningAuthorization = ItemOf<"/api/subjects/{id}/positioning-authorizations">;

/** A device in GET /api/devices: whether it is bound, and to whom when the caller may see the file. */
export type DeviceListItem = ItemOf<"/api/devices">;

/** POST /api/devices: the device with its token, shown once. */
export type RegisteredDevice = ResponseOf<"/api/devices", "post">;

export type DeviceBinding = ItemOf<"/api/subjects/{id}/device-bindings">;

/** A zone as GET /api/subjects/:id/zones lists it (the residence zone has no id). */
export type ZoneItem = Zone;

export type RandomCheck = ItemOf<"/api/subjects/{id}/random-checks">;
