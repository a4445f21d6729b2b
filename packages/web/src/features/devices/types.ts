/** Devices and their bindings, from the server's schemas. */
import type { ItemOf, ResponseOf } from "../../api/contract";

/** A device in GET /api/devices: whether it is bound, and to whom when the caller may see the file. */
export type DeviceListItem = ItemOf<"/api/devices">;

/** POST /api/devices: the device with its token, shown once. */
export type RegisteredDevice = ResponseOf<"/api/devices", "post">;

export type DeviceBinding = ItemOf<"/api/subjects/{id}/device-bindings">;
