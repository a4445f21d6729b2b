import type { OrgKind } from "@zhijiao/domain";
import { api } from "../api/client";
import type { Org, Page } from "../api/types";
import { useRemote } from "./use-remote";

/** The organisations in the caller's scope, ordered by tree (optionally of one kind). */
export function useOrganizations(kind?: OrgKind) {
  return useRemote((signal) => api.get<Page<Org>>("/api/organizations", { kind }, signal), kind ?? "all");
}

export interface OrgNode extends Org {
  children: OrgNode[];
}

/** Builds the tree from parentId; an organisation whose parent is out of scope becomes a root. */
export function buildOrgTree(orgs: readonly Org[]): OrgNode[] {
  const byId = new Map<string, OrgNode>();
  for (const o of orgs) byId.set(o.id, { ...o, children: [] });
  const roots: OrgNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
