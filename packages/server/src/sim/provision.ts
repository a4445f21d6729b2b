/**
 * Provisioning of the simulator's fleet through the public API, as a county officer would do it:
 * the county's files in correction (GET /api/subjects?status=in_correction), its devices
 * (GET /api/devices), new devices (POST /api/devices, whose answer carries the HTTP token once)
 * and bindings (POST /api/subjects/:id/device-bindings). R-EP-1: a bracelet is bound only under
 * an approved positioning authorization; when a file has none, the simulator proposes one as the
 * county officer and approves it as the county head (POST /api/subjects/:id/positioning-
 * authorizations, POST /api/positioning-authorizations/:id/decision), as staff would.
 *
 * Half the devices are bracelets (JT/T 808 terminals), half phones (HTTP). A file gets at most one
 * of each; the demo bracelet already bound (013800138000) is driven as it is. Device tokens are
 * shown once, so the phones' tokens are kept in a state file and reused by the next run.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { addDays, positioningConditions, todayIn } from "@zhijiao/domain";
import { Api, ApiError, eachLimit, type Me } from "./api.ts";

export interface SimDevice {
  kind: "bracelet" | "phone";
  deviceId: string;
  identifier: string;
  /** Phones: the HTTP ingest token. */
  token: string | null;
  subjectId: string;
  subjectName: string;
}

interface DeviceItem {
  id: string;
  kind: "bracelet" | "phone";
  identifier: string;
  bound: boolean;
  binding: { id: string; subjectId: string; subjectName: string } | null;
}

interface SubjectItem {
  id: string;
  name: string;
}

interface State {
  /** Phone identifier → its HTTP token. */
  tokens: Record<string, string>;
}

export interface ProvisionOptions {
  url: string;
  username: string;
  password: string;
  headUsername: string;
  headPassword: string;
  devices: number;
  offlineAfterSeconds: number;
  statePath: string;
  log: (m: string) => void;
}

export interface Provisioned {
  me: Me;
  devices: SimDevice[];
  counts: {
    subjects: number;
    registered: number;
    bound: number;
    unbound: number;
    authorized: number;
    adopted: number;
  };
  problems: string[];
}

/** Identifiers of the simulator's own devices: bracelets 0199 + 8 digits, phones 86999 + 10 digits. */
const SIM_BRACELET = /^0199\d{8}$/;
const SIM_PHONE = /^86999\d{10}$/;
const braceletId = (n: number) => `0199${String(n).padStart(8, "0")}`;
const phoneId = (n: number) => `86999${String(n).padStart(10, "0")}`;
const isSim = (d: DeviceItem) => (d.kind === "bracelet" ? SIM_BRACELET : SIM_PHONE).test(d.identifier);

function loadState(path: string): State {
  if (!existsSync(path)) return { tokens: {} };
  try {
    const s = JSON.parse(readFileSync(path, "utf8")) as Partial<State>;
    return { tokens: s.tokens ?? {} };
  } catch {
    return { tokens: {} };
  }
}

export async function provisionFleet(o: ProvisionOptions): Promise<Provisioned> {
  const { api, me } = await Api.login(o.url, o.username, o.password);
  if (me.org.kind !== "county")
    throw new Error(
      `${o.username} is not a county officer (${me.role} of ${me.org.name}): devices are registered by the county agency`,
    );
  let head: Api | null = null;
  const problems: string[] = [];
  const counts = { subjects: 0, registered: 0, bound: 0, unbound: 0, authorized: 0, adopted: 0 };
  const state = loadState(o.statePath);
  const save = () => writeFileSync(o.statePath, JSON.stringify(state, null, 2) + "\n", { mode: 0o600 });

  const subjects = await api.all<SubjectItem>("/api/subjects?status=in_correction");
  counts.subjects = subjects.length;
  const listed = await api.all<DeviceItem>("/api/devices");
  const subjectName = new Map(subjects.map((s) => [s.id, s.name]));
  // Open bindings per file and kind, ours or not.
  const boundTo = new Map<string, { bracelet?: DeviceItem; phone?: DeviceItem }>();
  for (const d of listed)
    if (d.binding) {
      const e = boundTo.get(d.binding.subjectId) ?? {};
      e[d.kind] = d;
      boundTo.set(d.binding.subjectId, e);
    }

  // Which files get which kind: bracelets first on files that already wear one; phones never on a
  // file whose phone is someone else's (its token is unknown).
  const wantBracelets = Math.min(Math.ceil(o.devices / 2), subjects.length);
  const wantPhones = Math.min(o.devices - Math.ceil(o.devices / 2), subjects.length);
  const byBracelet = [...subjects].sort(
    (a, b) => Number(!!boundTo.get(b.id)?.bracelet) - Number(!!boundTo.get(a.id)?.bracelet),
  );
  const braceletFiles = byBracelet.slice(0, wantBracelets).map((s) => s.id);
  const phoneUsable = (id: string) => {
    const p = boundTo.get(id)?.phone;
    return !p || state.tokens[p.identifier] !== undefined;
  };
  // Phones: files already carrying one of ours first (no churn between runs), then files without
  // a bracelet, then the others.
  const bracelet = new Set(byBracelet.slice(0, wantBracelets).map((s) => s.id));
  const rank = (id: string) => (boundTo.get(id)?.phone ? 0 : bracelet.has(id) ? 2 : 1);
  const phoneFiles = subjects
    .filter((s) => phoneUsable(s.id))
    .sort((a, b) => rank(a.id) - rank(b.id))
    .slice(0, wantPhones)
    .map((s) => s.id);
  if (wantBracelets + wantPhones < o.devices)
    problems.push(
      `the county has ${subjects.length} files in correction: ${wantBracelets + wantPhones} devices at most (one bracelet and one phone each); ` +
        "add files with `npm run demo -- --subjects N`",
    );

  // Our devices bound to a file that this run does not drive (a smaller run after a larger one):
  // their bindings end, so that they raise no offline alerts, and they rejoin the pool.
  const planned = { bracelet: new Set(braceletFiles), phone: new Set(phoneFiles) };
  const freed: DeviceItem[] = [];
  await eachLimit(
    listed.filter((d) => isSim(d) && d.binding && !planned[d.kind].has(d.binding.subjectId)),
    8,
    async (d) => {
      await api.post(`/api/device-bindings/${d.binding!.id}/end`, { reason: "模拟器本次运行不再使用该设备" });
      counts.unbound++;
      boundTo.get(d.binding!.subjectId)![d.kind] = undefined;
      freed.push({ ...d, bound: false, binding: null });
    },
  );
  const pool = {
    bracelet: [
      ...listed.filter((d) => isSim(d) && d.kind === "bracelet" && !d.binding),
      ...freed.filter((d) => d.kind === "bracelet"),
    ],
    phone: [
      ...listed.filter((d) => isSim(d) && d.kind === "phone" && !d.binding),
      ...freed.filter((d) => d.kind === "phone"),
    ].filter((d) => state.tokens[d.identifier] !== undefined),
  };
  const taken = new Set(listed.map((d) => d.identifier));
  const counter = { bracelet: 1, phone: 1 };

  const newDevice = async (
    kind: "bracelet" | "phone",
  ): Promise<{ id: string; identifier: string; token: string | null }> => {
    const reuse = pool[kind].shift();
    if (reuse)
      return { id: reuse.id, identifier: reuse.identifier, token: state.tokens[reuse.identifier] ?? null };
    let identifier: string;
    do identifier = kind === "bracelet" ? braceletId(counter.bracelet++) : phoneId(counter.phone++);
    while (taken.has(identifier));
    taken.add(identifier);
    const d = await api.post<{ id: string; token: string }>("/api/devices", {
      kind,
      identifier,
      model: kind === "bracelet" ? "zhijiao-sim JT/T 808 手环" : "zhijiao-sim 手机",
      offlineAfterSeconds: o.offlineAfterSeconds,
    });
    counts.registered++;
    if (kind === "phone") {
      state.tokens[identifier] = d.token;
      save();
    }
    return { id: d.id, identifier, token: d.token };
  };

  const authorize = async (subjectId: string, i: number) => {
    head ??= (await Api.login(o.url, o.headUsername, o.headPassword)).api;
    const fromOn = todayIn(new Date());
    let id: string;
    try {
      const a = await api.post<{ id: string }>(`/api/subjects/${subjectId}/positioning-authorizations`, {
        condition: positioningConditions[i % positioningConditions.length],
        facts: "模拟器演示：经评估需使用电子定位装置加强监督管理。",
        fromOn,
        untilOn: addDays(fromOn, 60),
      });
      id = a.id;
    } catch (e) {
      if (!(e instanceof ApiError) || e.code !== "POSITIONING_PENDING") throw e;
      const list = await api.get<{ items: { id: string; status: string }[] }>(
        `/api/subjects/${subjectId}/positioning-authorizations`,
      );
      const pending = list.items.find((a) => a.status === "proposed");
      if (!pending) throw e;
      id = pending.id;
    }
    await head.post(`/api/positioning-authorizations/${id}/decision`, {
      approve: true,
      comment: "同意（模拟器演示）",
    });
    counts.authorized++;
  };

  const devices: SimDevice[] = [];
  const slots = [
    ...braceletFiles.map((s, i) => ({ subjectId: s, kind: "bracelet" as const, i })),
    ...phoneFiles.map((s, i) => ({ subjectId: s, kind: "phone" as const, i })),
  ];
  let done = 0;
  await eachLimit(slots, 6, async ({ subjectId, kind, i }) => {
    try {
      const existing = boundTo.get(subjectId)?.[kind];
      if (existing) {
        // Already wearing one: ours from an earlier run, or the demo bracelet — driven as it is.
        if (!isSim(existing)) counts.adopted++;
        devices.push({
          kind,
          deviceId: existing.id,
          identifier: existing.identifier,
          token: state.tokens[existing.identifier] ?? null,
          subjectId,
          subjectName: subjectName.get(subjectId) ?? "",
        });
        return;
      }
      const d = await newDevice(kind);
      const bind = () => api.post(`/api/subjects/${subjectId}/device-bindings`, { deviceId: d.id });
      try {
        await bind();
      } catch (e) {
        if (!(e instanceof ApiError) || e.code !== "POSITIONING_NOT_AUTHORIZED") throw e;
        await authorize(subjectId, i);
        await bind();
      }
      counts.bound++;
      devices.push({
        kind,
        deviceId: d.id,
        identifier: d.identifier,
        token: d.token,
        subjectId,
        subjectName: subjectName.get(subjectId) ?? "",
      });
    } catch (e) {
      problems.push(
        `${kind} for ${subjectName.get(subjectId) ?? subjectId}: ${e instanceof Error ? e.message : String(e)}`,
      );
    } finally {
      if (++done % 100 === 0) o.log(`provisioning: ${done}/${slots.length}`);
    }
  });
  save();
  return { me, devices, counts, problems };
}
