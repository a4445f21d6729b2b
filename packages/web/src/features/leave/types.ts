import type { ResponseOf } from "../../api/contract";

/** A leave request (外出), as the server presents it. */
export type LeaveRequest = ResponseOf<"/api/leave-requests/{id}">;
