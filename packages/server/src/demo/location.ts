/**
 * The location side of the demo (issue 5, R-EP-1): a 桂城 subject living in 南海区 under a court
 * ban, with the ban's place drawn as a forbidden circle, an approved positioning authorization
 * (violation of the ban) from the first of this month for 3 months, and the bracelet
 * `013800138000` bound under it; the phone `860000000000001` bound to the app user `subject1`.
 * Taken through the use cases, as the 桂城 office, the county officer and the county head would.
 */
import { addDays, positioningLatestUntil, todayIn, type Actor, type DateString } from "@zhijiao/domain";
import { bindDevice } from "../features/devices/bind-device.ts";
import { createZone } from "../features/zones/create-zone.ts";
import { decidePositioningAuthorization } from "../features/positioning/decide-positioning-authorization.ts";
import { proposePositioningAuthorization } from "../features/positioning/propose-positioning-authorization.ts";
import { registerDevice } from "../features/devices/register-device.ts";
import { setCourtBan } from "../features/court-bans/set-court-ban.ts";
import { inTransaction, type AppContext } from "../context.ts";
import { AuthRepository, DemoDataRepository } from "../db/gateway/index.ts";
import { tokenHash } from "../security/tokens.ts";
import { demoUserId } from "./accounts.ts";
import { demoOrgIds } from "./orgs.ts";

const meta = { ip: null, userAgent: "demo" };

export const DEMO_BRACELET = { identifier: "013800138000", model: "JT/T 808 手环" } as const;
export const DEMO_PHONE = { identifier: "860000000000001", model: "Android 手机（矫务通 App）" } as const;

/**
 * The demo devices' HTTP ingest tokens are known (`demo-<identifier>`), so that the simulator can
 * drive them; a real device's token is random and shown once.
 */
export function demoDeviceToken(identifier: string): string {
  return `demo-${identifier}`;
}

/** 千灯湖's bar street in 桂城 (WGS-84): the place the demo court ban forbids. */
const BANNED_PLACE = { lat: 23.0455, lon: 113.1538, radiusM: 300 };

async function actorOf(ctx: AppContext, username: string): Promise<Actor | null> {
  return inTransaction(ctx, null, meta, async (gw) => {
    const auth = new AuthRepository(gw);
    const user = await auth.findUserByUsername(username);
    return user ? auth.loadActor(user) : null;
  });
}

/** The first day of the month `today` falls in. */
function firstOfMonth(today: DateString): DateString {
  return addDays(today, 1 - Number(today.slice(8, 10)));
}

/** Seeds the demo's devices, authorization and zones; answers whether it did (it needs the demo accounts). */
export async function seedDemoLocation(ctx: AppContext): Promise<boolean> {
  const [office, county, head] = await Promise.all([
    actorOf(ctx, "office1"),
    actorOf(ctx, "county"),
    actorOf(ctx, "county_head"),
  ]);
  if (!office || !county || !head) return false;
  // The subjects with their own app accounts: the phone goes to subject1, the bracelet to someone else.
  const { accounts, subject } = await inTransaction(ctx, null, meta, async (gw) => {
    const demo = new DemoDataRepository(gw);
    const accounts = await demo.subjectAccounts();
    const [subject] = await demo.adultsInCorrection(demoOrgIds.guicheng, 1, {
      residenceDivisionCode: "440605",
      except: accounts.map((a) => a.subject_id!),
    });
    return { accounts, subject };
  });
  const appUser = accounts.find((a) => a.id === demoUserId("subject1"))?.subject_id ?? null;
  if (!subject) return false;
  const today = todayIn(ctx.now());

  const ban = await setCourtBan({
    ctx,
    actor: office,
    meta,
    subjectId: subject.id,
    input: {
      content: "进入酒吧、夜总会、网吧等娱乐场所",
      places: "佛山市南海区桂城街道千灯湖片区酒吧街",
      fromOn: subject.correction_start_on,
      untilOn: subject.correction_end_on,
    },
  });
  await createZone({
    ctx,
    actor: office,
    meta,
    subjectId: subject.id,
    input: {
      kind: "exclusion",
      name: "禁止令场所：千灯湖酒吧街",
      shape: { type: "circle", ...BANNED_PLACE },
      courtBanId: ban.id,
    },
  });
  const fromOn = firstOfMonth(today);
  const proposal = await proposePositioningAuthorization({
    ctx,
    actor: office,
    meta,
    subjectId: subject.id,
    input: {
      condition: "ban_violation",
      facts: `该社区矫正对象违反人民法院禁止令，于 ${addDays(fromOn, -3)} 晚进入千灯湖片区酒吧饮酒，经批评教育后仍多次前往。`,
      fromOn,
      untilOn: positioningLatestUntil(fromOn),
    },
  });
  await decidePositioningAuthorization({
    ctx,
    actor: head,
    meta,
    authorizationId: proposal.id,
    input: { approve: true, comment: "同意。期限届满前重新评估是否继续使用。" },
  });

  const bracelet = await registerDevice({
    ctx,
    actor: county,
    meta,
    input: { kind: "bracelet", ...DEMO_BRACELET },
  });
  const phone = await registerDevice({ ctx, actor: county, meta, input: { kind: "phone", ...DEMO_PHONE } });
  await inTransaction(ctx, null, meta, async (gw) => {
    const demo = new DemoDataRepository(gw);
    for (const d of [bracelet.device, phone.device])
      await demo.setDeviceTokenHash(d.id, tokenHash(demoDeviceToken(d.identifier)));
  });
  await bindDevice({ ctx, actor: office, meta, subjectId: subject.id, deviceId: bracelet.device.id });
  if (appUser) await bindDevice({ ctx, actor: office, meta, subjectId: appUser, deviceId: phone.device.id });
  return true;
}
