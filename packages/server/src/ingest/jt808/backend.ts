// What the JT/T 808 server needs from the rest of the system. The server never touches the
// database itself; the lead's implementation resolves devices, bindings and commits.

import type { DeviceFix } from "../types.ts";
import type { RegistrationInfo } from "./messages.ts";

export type { RegistrationInfo };

export interface Jt808Backend {
  /**
   * 0x0100. Result as in 0x8100: 0 ok (with authCode, printable ASCII), 1 vehicle already
   * registered, 2 no such vehicle, 3 terminal already registered, 4 no such terminal in the database.
   */
  register(
    terminalPhone: string,
    info: RegistrationInfo,
  ): Promise<{ result: 0 | 1 | 2 | 3 | 4; authCode?: string }>;
  /** 0x0102: true when the code is the one issued to this terminal. */
  authenticate(terminalPhone: string, authCode: string): Promise<boolean>;
  /** Resolves only after the fixes are durably committed; rejects on failure (then answer result 1 failure). */
  positions(terminalPhone: string, fixes: DeviceFix[]): Promise<void>;
  /** 0x0002, and a location report with no usable fix: the terminal is alive. */
  heartbeat(terminalPhone: string): Promise<void>;
  log(level: "info" | "warn", event: string, details: Record<string, unknown>): void;
}
