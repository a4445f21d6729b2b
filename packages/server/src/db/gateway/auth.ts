import type { Selectable } from "kysely";
import type { Actor, OrgKind, Role } from "@zhijiao/domain";
import type { OrganizationsTable, SessionsTable, UsersTable } from "../schema.ts";
import { Repository } from "./repository.ts";

export type AuthUser = Selectable<UsersTable>;

/**
 * Accounts and sessions for signing in: by nature unscoped (there is no caller yet), and the
 * only repository that is. Failures and sign-ins are audited by the use cases.
 */
export class AuthRepository extends Repository {
  /** With `lock`, the row stays locked to the transaction, so concurrent failures count one by one. */
  findUserByUsername(username: string, lock = false): Promise<AuthUser | undefined> {
    const q = this.db.selectFrom("users").selectAll().where("username", "=", username);
    return (lock ? q.forUpdate() : q).executeTakeFirst();
  }

  findUserById(id: string): Promise<AuthUser | undefined> {
    return this.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async setLoginState(
    userId: string,
    state: { failed_attempts: number; locked_until: Date | null; last_login_at?: Date },
  ): Promise<void> {
    await this.db.updateTable("users").set(state).where("id", "=", userId).execute();
  }

  /** The failure count of a username that names no account, locked to the transaction. */
  async unknownUsernameState(
    username: string,
  ): Promise<{ failed_attempts: number; locked_until: Date | null }> {
    await this.db
      .insertInto("unknown_login_failures")
      .values({ username, failed_attempts: 0, locked_until: null, updated_at: this.gw.now })
      .onConflict((oc) => oc.column("username").doNothing())
      .execute();
    return this.db
      .selectFrom("unknown_login_failures")
      .select(["failed_attempts", "locked_until"])
      .where("username", "=", username)
      .forUpdate()
      .executeTakeFirstOrThrow();
  }

  async setUnknownUsernameState(
    username: string,
    state: { failed_attempts: number; locked_until: Date | null },
  ): Promise<void> {
    await this.db
      .updateTable("unknown_login_failures")
      .set({ ...state, updated_at: this.gw.now })
      .where("username", "=", username)
      .execute();
  }

  /** Forgets failure counts of unknown usernames not tried since `before`. */
  async purgeUnknownUsernames(before: Date): Promise<number> {
    const r = await this.db
      .deleteFrom("unknown_login_failures")
      .where("updated_at", "<", before)
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.db
      .updateTable("users")
      .set({ password_hash: passwordHash, password_changed_at: this.gw.now, must_change_password: false })
      .where("id", "=", userId)
      .execute();
  }

  async createSession(tokenHash: string, userId: string): Promise<void> {
    await this.db
      .insertInto("sessions")
      .values({
        token_hash: tokenHash,
        user_id: userId,
        created_at: this.gw.now,
        last_seen_at: this.gw.now,
        ended_at: null,
        ip: this.gw.meta.ip,
        user_agent: this.gw.meta.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
  }

  findSession(tokenHash: string): Promise<Selectable<SessionsTable> | undefined> {
    return this.db.selectFrom("sessions").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
  }

  async touchSession(tokenHash: string): Promise<void> {
    await this.db
      .updateTable("sessions")
      .set({ last_seen_at: this.gw.now })
      .where("token_hash", "=", tokenHash)
      .execute();
  }

  async endSession(tokenHash: string): Promise<void> {
    await this.db
      .updateTable("sessions")
      .set({ ended_at: this.gw.now })
      .where("token_hash", "=", tokenHash)
      .where("ended_at", "is", null)
      .execute();
  }

  /** Ends every other open session of the user (after a password change). */
  async endOtherSessions(userId: string, keepTokenHash: string): Promise<void> {
    await this.db
      .updateTable("sessions")
      .set({ ended_at: this.gw.now })
      .where("user_id", "=", userId)
      .where("token_hash", "!=", keepTokenHash)
      .where("ended_at", "is", null)
      .execute();
  }

  async loadActor(user: AuthUser): Promise<Actor> {
    const org: Selectable<OrganizationsTable> = await this.db
      .selectFrom("organizations")
      .selectAll()
      .where("id", "=", user.org_id)
      .executeTakeFirstOrThrow();
    return {
      userId: user.id,
      username: user.username,
      displayName: user.display_name,
      role: user.role as Role,
      subjectId: user.subject_id,
      org: {
        id: org.id,
        kind: org.kind as OrgKind,
        name: org.name,
        divisionCode: org.division_code,
        provinceId: org.province_id,
        cityId: org.city_id,
        countyId: org.county_id,
      },
    };
  }
}
