import { DomainError } from "../errors/codes.ts";
import { can, type Action } from "./policy.ts";
import type { Actor } from "./roles.ts";

/** Refuses with FORBIDDEN (403) unless the actor's role may take the action. */
export function assertCan(actor: Pick<Actor, "role">, action: Action): void {
  if (!can(actor, action)) throw new DomainError("FORBIDDEN", { action });
}
