import type { Insertable, Selectable, Updateable } from "kysely";
import type { UsersTable } from "../schema.ts";
import { orgTree, scopedTo } from "./scope.ts";
import { Repository } from "./repository.ts";

export type UserRow = Selectable<UsersTable> & { org_name: string };

export interface UserListFilter {
  q?: string;
  orgId?: string;
  role?: string;
  page: number;
  pageSize: number;
}

/** Accounts of the organisations in the caller's scope; every change is audited. */
export class UserRepository extends Repository {
  /** An account is seen with its organisation (the queries join `organizations`). */
  private readonly inScope = scopedTo(this.gw, orgTree("users.id", "user"));

  private joined() {
    return this.db.selectFrom("users").innerJoin("organizations", "organizations.id", "users.org_id");
  }

  async list(f: UserListFilter): Promise<{ rows: UserRow[]; total: number }> {
    let q = this.joined();
    if (f.orgId) q = q.where("users.org_id", "=", f.orgId);
    if (f.role) q = q.where("users.role", "=", f.role);
    const text = f.q?.trim();
    if (text) {
      const like = `%${text.replace(/[\\%_]/g, (c) => "\\" + c)}%`;
      q = q.where((eb) =>
        eb.or([eb("users.username", "like", like), eb("users.display_name", "like", like)]),
      );
    }
    return this.inScope.list(
      q
        .selectAll("users")
        .select("organizations.name as org_name")
        .orderBy("organizations.sort_key")
        .orderBy("users.username"),
      q,
      f,
    );
  }

  async find(id: string): Promise<UserRow> {
    return this.inScope.find(this.joined().selectAll("users").select("organizations.name as org_name"), id);
  }

  async usernameTaken(username: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("users")
      .select("id")
      .where("username", "=", username)
      .executeTakeFirst();
    return row !== undefined;
  }

  async insert(values: Insertable<UsersTable>): Promise<UserRow> {
    await this.db.insertInto("users").values(values).execute();
    await this.gw.audit({
      action: "user.create",
      resourceType: "user",
      resourceId: values.id,
      details: { username: values.username, role: values.role, orgId: values.org_id },
    });
    return this.find(values.id);
  }

  async update(
    row: UserRow,
    set: Updateable<UsersTable>,
    action: string,
    details: Record<string, unknown>,
  ): Promise<UserRow> {
    await this.db.updateTable("users").set(set).where("id", "=", row.id).execute();
    if (set.active === false || set.password_hash !== undefined) {
      // A disabled account or a reset password ends the account's open sessions.
      await this.db
        .updateTable("sessions")
        .set({ ended_at: this.gw.now })
        .where("user_id", "=", row.id)
        .where("ended_at", "is", null)
        .execute();
    }
    await this.gw.audit({
      action,
      resourceType: "user",
      resourceId: row.id,
      details: { username: row.username, ...details },
    });
    return this.find(row.id);
  }
}
