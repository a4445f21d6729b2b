/**
 * Demo subject files that look like a Guangdong county's caseload: valid identity numbers,
 * realistic crimes and sentences within the term rules, correction periods spread over the
 * last three years, and the statuses and management levels such a caseload has.
 * Pure and deterministic: the same seed, today and offices give the same subjects.
 */
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  computeCorrectionEnd,
  daysBetween,
  idNumberCheckDigit,
  lastDayOfMonths,
  type Category,
  type DateString,
  type FourHistory,
  type Level,
  type Sentence,
  type Sex,
  type SubjectInput,
  type ThreeInvolvement,
} from "@zhijiao/domain";
import { chineseName } from "./names.ts";
import { Deck, Random, WeightedTable } from "./random.ts";
import {
  type HouseholdPlace,
  guangdongPlaces,
  retiredCodes,
  otherPlaces,
  guangdongMinorities,
  type CrimeSpec,
  crimeTables,
  minorCrimeTable,
  fixedTermWeights,
  detentionWeights,
  surveillanceWeights,
  paroleTermWeights,
  outsideTermWeights,
  villageStems,
  ruralTownStems,
  estates,
  phonePrefixes,
  adultAgeBands,
  otherCourts,
  chineseDuration,
} from "./subject-tables.ts";

/** A justice office subjects are placed in, with what addresses and court names need. */
export interface DemoOffice {
  id: string;
  /** 桂城司法所 */
  name: string;
  /** The town or street it serves: 桂城街道 */
  town: string;
  /** GB/T 2260 code of its county: 440605 */
  countyCode: string;
  /** 南海区 */
  countyName: string;
  /** 佛山市 */
  cityName: string;
  /** The basic court of the county: 佛山市南海区人民法院 */
  courtName: string;
  /** 佛山市中级人民法院 */
  intermediateCourtName: string;
  roads: readonly string[];
  /** Relative share of subjects. */
  weight: number;
}

/** A generated file: the API input plus what only lifecycle events could set. */
export interface DemoSubject {
  id: string;
  input: SubjectInput;
  status: "awaiting_report" | "in_correction" | "released";
  releasedOn: DateString | null;
  createdAt: Date;
  updatedAt: Date;
}

interface Term {
  crime: CrimeSpec;
  sentence: Sentence;
  /** How long the correction lasts, in months. */
  months: number;
}

export interface SubjectFactoryOptions {
  seed: number | string;
  /** Today in Asia/Shanghai: dates are spread before it. */
  today: DateString;
  offices: readonly DemoOffice[];
}

/** Generates demo subjects one at a time; identity numbers are unique within one factory. */
export class DemoSubjectFactory {
  private readonly rng: Random;
  private readonly today: DateString;
  private readonly offices: WeightedTable<DemoOffice>;
  private readonly categories: Deck<Category>;
  private readonly statuses: Deck<DemoSubject["status"]>;
  private readonly minors: Deck<boolean>;
  private readonly usedIds = new Set<string>();

  constructor({ seed, today, offices }: SubjectFactoryOptions) {
    if (offices.length === 0) throw new RangeError("no offices to place subjects in");
    this.rng = new Random(`subjects:${seed}`);
    this.today = today;
    this.offices = new WeightedTable(offices.map((o) => [o, o.weight] as const));
    // Shares per deck: 90% 缓刑, 4% 管制, 4% 假释, 2% 暂予监外执行 (every 50 subjects).
    this.categories = new Deck(this.rng.fork("categories"), [
      ["02", 45],
      ["01", 2],
      ["03", 2],
      ["04", 1],
    ]);
    this.statuses = new Deck(this.rng.fork("statuses"), [
      ["in_correction", 73],
      ["released", 25],
      ["awaiting_report", 2],
    ]);
    // One minor in 150 subjects of 管制 or 缓刑.
    this.minors = new Deck(this.rng.fork("minors"), [
      [true, 1],
      [false, 149],
    ]);
  }

  next(): DemoSubject {
    const rng = this.rng;
    const id = rng.uuid();
    const office = this.offices.draw(rng);
    const category = this.categories.draw();
    const minor = (category === "01" || category === "02") && this.minors.draw();
    let status = this.statuses.draw();

    let term = this.termFor(category, minor, status);
    let period = this.startAndEnd(category, term, status);
    for (let tries = 0; !period && tries < 8; tries++) {
      // A long sentence cannot have ended within the years the demo covers: draw another.
      term = this.termFor(category, minor, status);
      period = this.startAndEnd(category, term, status);
    }
    if (!period) {
      status = "in_correction";
      period = this.startAndEnd(category, term, status)!;
    }
    const { start, end } = period;

    const sex: Sex = rng.chance(term.crime.female) ? "female" : "male";
    if (category === "04") term.sentence.text += `（${this.outsidePrisonGround(sex)}）`;
    // A parolee has served part of the term as an adult (mostly): old enough for that.
    const served = category === "03" ? Math.ceil((term.sentence.termMonths! - term.months) / 12) : 0;
    const age = minor ? rng.int(15, 17) : Math.max(this.adultAge(), Math.min(60, 18 + served));
    const birthDate = addDays(addYears(start, -age), -rng.int(1, 364));
    const local = rng.next();
    const household: HouseholdPlace =
      local < 0.45
        ? {
            idCode: office.countyCode,
            code: office.countyCode,
            name: `广东省${office.cityName}${office.countyName}`,
            urban: true,
          }
        : local < 0.75
          ? rng.pick(guangdongPlaces)
          : rng.pick(otherPlaces);
    const retired = retiredCodes[household.idCode];
    const idPlace =
      retired !== undefined && Number(birthDate.slice(0, 4)) > retired ? household.code : household.idCode;
    const idNumber = this.newIdNumber(idPlace, birthDate, sex);
    const guangdong = household.code.startsWith("44");

    const residenceAddress = this.residenceAddress(office);
    let householdAddress: string;
    if (household.code === office.countyCode)
      householdAddress = rng.chance(0.6) ? residenceAddress : this.residenceAddress(office);
    else if (household.urban)
      householdAddress = `${household.name}${rng.pick(["人民路", "中山路", "建设路", "解放路", "新华路"])}${rng.int(1, 300)}号`;
    else
      householdAddress = `${household.name}${rng.pick(ruralTownStems)}镇${rng.pick(villageStems)}村${rng.int(1, 12)}组${rng.int(1, 80)}号`;

    const judgmentEffectiveOn =
      category === "01" || category === "02" ? start : addDays(start, -rng.int(0, 5));
    const { authority, number } = this.judgment(category, office, judgmentEffectiveOn);

    const received =
      status === "awaiting_report" ? null : minDate(addDays(start, rng.int(0, 10)), this.today);
    const releasedOn = status === "released" ? minDate(addDays(end, rng.int(0, 3)), this.today) : null;

    const input: SubjectInput = {
      name: chineseName(rng, { sex, birthYear: Number(birthDate.slice(0, 4)), guangdong }),
      sex,
      ethnicity: this.ethnicity(household, guangdong),
      idNumber,
      residenceAddress,
      residenceDivisionCode: office.countyCode,
      householdAddress,
      householdDivisionCode: household.code,
      category,
      crime: term.crime.name,
      sentence: term.sentence,
      decidingAuthority: authority,
      judgmentNumber: number,
      judgmentEffectiveOn,
      correctionStartOn: start,
      correctionEndOn: end,
      officeId: office.id,
      level: this.level(status, start, term.crime),
      status: status === "awaiting_report" ? "awaiting_report" : "in_correction",
    };
    if (rng.chance(0.95))
      input.phone = rng.pick(phonePrefixes) + String(rng.int(0, 99_999_999)).padStart(8, "0");
    if (received) input.receivedOn = received;
    if (minor) input.minor = true;
    const flags = this.flags(term.crime);
    if (flags.fourHistories.length) input.fourHistories = flags.fourHistories;
    if (flags.threeInvolvements.length) input.threeInvolvements = flags.threeInvolvements;
    if (
      flags.fourHistories.length + flags.threeInvolvements.length > 0 &&
      status === "in_correction" &&
      rng.chance(0.5)
    )
      input.level = "strict";

    const createdOn = received ?? minDate(addDays(start, rng.int(0, 2)), this.today);
    const createdAt = this.officeHours(createdOn);
    const updatedAt = releasedOn ? this.officeHours(releasedOn) : createdAt;
    return { id, input, status, releasedOn, createdAt, updatedAt };
  }

  /**
   * Gives the subject another identity number (same place, birth date and sex), for when the
   * number is already taken by a file in the database.
   */
  reissueIdNumber(subject: DemoSubject): void {
    const old = subject.input.idNumber;
    subject.input.idNumber = this.newIdNumber(
      old.slice(0, 6),
      `${old.slice(6, 10)}-${old.slice(10, 12)}-${old.slice(12, 14)}`,
      subject.input.sex,
    );
  }

  private newIdNumber(place: string, birthDate: DateString, sex: Sex): string {
    const born = birthDate.replaceAll("-", "");
    for (;;) {
      // The sequence number is odd for men, even for women (GB 11643). 900-999 are left to
      // the test factories, so that a hand-made test number never meets a demo one.
      const parity = sex === "male" ? this.rng.int(0, 4) * 2 + 1 : this.rng.int(0, 4) * 2;
      const sequence = String(this.rng.int(0, 89) * 10 + parity).padStart(3, "0");
      if (sequence === "000") continue;
      const first17 = place + born + sequence;
      if (this.usedIds.has(first17)) continue;
      this.usedIds.add(first17);
      return first17 + idNumberCheckDigit(first17);
    }
  }

  private adultAge(): number {
    const [min, max] = this.rng.weighted(adultAgeBands);
    return this.rng.int(min, max);
  }

  /**
   * A sentence as found among files of a status. Sentences are drawn as courts pass them; the
   * files open today hold long terms more often (a 2-month probation is open for 2 months, a
   * 3-year one for 3 years), and those released within the last years short ones.
   */
  private termFor(category: Category, minor: boolean, status: DemoSubject["status"]): Term {
    for (let tries = 0; ; tries++) {
      const term = this.term(category, minor);
      const keep =
        status === "in_correction"
          ? Math.min(term.months, 36) / 36
          : status === "released"
            ? Math.max(0, 48 - term.months) / 48
            : 1;
      if (tries >= 20 || this.rng.chance(keep)) return term;
    }
  }

  /** The crime, the sentence, and the months the correction lasts. */
  private term(category: Category, minor: boolean): Term {
    const rng = this.rng;
    const crime = (minor ? minorCrimeTable : crimeTables[category]).draw(rng);
    switch (category) {
      case "01": {
        const termMonths = rng.weighted(surveillanceWeights);
        // Custody before judgment offsets two days each (CL 41); keep at least two months to serve.
        const maxCustody = Math.min(60, Math.floor((termMonths * 30 - 60) / 2));
        const custodyDays = rng.chance(0.5) ? rng.int(3, Math.max(3, maxCustody)) : 0;
        const sentence: Sentence = {
          penalty: "surveillance",
          termMonths,
          text: `管制${chineseDuration(termMonths)}`,
        };
        if (custodyDays) sentence.custodyDays = custodyDays;
        return { crime, sentence, months: termMonths };
      }
      case "02": {
        const detention = rng.chance(crime.detention);
        if (detention) {
          const termMonths = rng.weighted(detentionWeights);
          const low = Math.max(termMonths, 2);
          const probationMonths = rng.weighted([
            [Math.min(12, Math.max(low, termMonths * 2)), 5],
            [low, 3],
            [Math.min(12, termMonths + 3), 2],
          ]);
          const text = `拘役${chineseDuration(termMonths)}，缓刑${chineseDuration(probationMonths)}${this.fine(crime)}`;
          return {
            crime,
            sentence: { penalty: "criminal_detention", termMonths, probationMonths, text },
            months: probationMonths,
          };
        }
        const [min, max] = crime.term;
        const termMonths = rng.weighted(fixedTermWeights.filter(([m]) => m >= min && m <= max));
        const base = Math.max(termMonths, 12);
        const wholeYears = Math.ceil(base / 12) * 12;
        const probationMonths = rng.weighted(
          [
            [base, 4],
            [wholeYears, 5],
            [wholeYears + 12, 4],
            [wholeYears + 24, 1],
          ].filter(([m]) => m! <= 60) as [number, number][],
        );
        const text = `有期徒刑${chineseDuration(termMonths)}，缓刑${chineseDuration(probationMonths)}${this.fine(crime)}`;
        return {
          crime,
          sentence: { penalty: "fixed_term", termMonths, probationMonths, text },
          months: probationMonths,
        };
      }
      case "03": {
        const [min, max] = crime.term;
        const termMonths = rng.weighted(paroleTermWeights.filter(([m]) => m >= min && m <= max));
        // Parole after at least half the term (CL 81): the rest, 3 to 36 months, is the test period.
        const months = rng.int(3, Math.min(36, Math.floor(termMonths / 2)));
        const text = `有期徒刑${chineseDuration(termMonths)}，裁定假释，假释考验期${chineseDuration(months)}`;
        return { crime, sentence: { penalty: "fixed_term", termMonths, text }, months };
      }
      case "04": {
        const [min, max] = crime.term;
        const termMonths = rng.weighted(outsideTermWeights.filter(([m]) => m >= min && m <= max));
        const months = rng.int(6, Math.min(24, termMonths));
        // The ground (保外就医, pregnancy…) is added to the text once the sex is known.
        const text = `有期徒刑${chineseDuration(termMonths)}，暂予监外执行`;
        return { crime, sentence: { penalty: "fixed_term", termMonths, text }, months };
      }
    }
  }

  /** Why a sentence is served outside prison (CPL 265): illness, pregnancy or nursing, or infirmity. */
  private outsidePrisonGround(sex: Sex): string {
    const grounds: [string, number][] = [
      ["保外就医", 8],
      ["生活不能自理", 1],
    ];
    if (sex === "female") grounds.push(["怀孕或者正在哺乳自己的婴儿", 6]);
    return this.rng.weighted(grounds);
  }

  private fine(crime: CrimeSpec): string {
    const rng = this.rng;
    if (crime.name === "危险驾驶罪")
      return `，并处罚金人民币${rng.pick([2000, 3000, 4000, 5000, 6000, 8000, 10000])}元`;
    if (!rng.chance(0.4)) return "";
    return `，并处罚金人民币${rng.pick([3000, 5000, 8000, 10000, 20000, 30000, 50000, 100000])}元`;
  }

  /**
   * A start date fitting the status: open files end on or after today, released ones before it;
   * starts fall within the last three years (four for released files). Null when impossible.
   */
  private startAndEnd(
    category: Category,
    term: Term,
    status: DemoSubject["status"],
  ): { start: DateString; end: DateString } | null {
    const rng = this.rng;
    const today = this.today;
    const custodyOffset = 2 * (term.sentence.custodyDays ?? 0);
    const endOf = (start: DateString) =>
      computeCorrectionEnd(category, term.sentence, start) ?? lastDayOfMonths(start, term.months);
    if (status === "awaiting_report") {
      const start = addDays(today, -rng.int(0, 10));
      return { start, end: endOf(start) };
    }
    const earliestOpen = addDays(addMonths(today, -term.months), 1 + custodyOffset);
    if (status === "in_correction") {
      const lo = maxDate(addDays(today, -1095), earliestOpen);
      let start = addDays(lo, rng.int(0, Math.max(0, daysBetween(lo, today))));
      while (compareDates(endOf(start), today) < 0) start = addDays(start, 1);
      return { start, end: endOf(start) };
    }
    const lo = addDays(today, -1460);
    const hi = addDays(earliestOpen, -1);
    if (compareDates(hi, lo) < 0) return null;
    let start = addDays(lo, rng.int(0, daysBetween(lo, hi)));
    while (compareDates(endOf(start), today) >= 0) start = addDays(start, -1);
    return { start, end: endOf(start) };
  }

  private judgment(
    category: Category,
    office: DemoOffice,
    effectiveOn: DateString,
  ): { authority: string; number: string } {
    const rng = this.rng;
    const courtCode = `粤${office.countyCode.slice(2, 6)}`;
    const cityCourtCode = `粤${office.countyCode.slice(2, 4)}`;
    // Judgments take effect 10 days after they are served, unless appealed.
    const year = addDays(effectiveOn, -rng.int(10, 25)).slice(0, 4);
    switch (category) {
      case "01":
      case "02": {
        const r = rng.next();
        if (r < 0.05)
          return {
            authority: office.intermediateCourtName,
            number: `（${year}）${cityCourtCode}刑终${rng.int(1, 1800)}号`,
          };
        if (r < 0.15) {
          const [court, code] = rng.pick(otherCourts) as [string, string];
          return { authority: court, number: `（${year}）${code}刑初${rng.int(1, 4000)}号` };
        }
        return { authority: office.courtName, number: `（${year}）${courtCode}刑初${rng.int(1, 3500)}号` };
      }
      case "03":
        return {
          authority: office.intermediateCourtName,
          number: `（${effectiveOn.slice(0, 4)}）${cityCourtCode}刑更${rng.int(1, 6000)}号`,
        };
      case "04":
        if (rng.chance(0.6))
          return { authority: office.courtName, number: `（${year}）${courtCode}刑初${rng.int(1, 3500)}号` };
        return {
          authority: "广东省监狱管理局",
          number: `粤狱暂字〔${effectiveOn.slice(0, 4)}〕${rng.int(1, 400)}号`,
        };
    }
  }

  /** R-SV-1 defaults: 严管 for the first two months, then mostly 普管, some 宽管 and 严管. */
  private level(status: DemoSubject["status"], start: DateString, crime: CrimeSpec): Level {
    const rng = this.rng;
    if (status === "awaiting_report") return "strict";
    if (status === "released")
      return rng.weighted([
        ["normal", 60],
        ["lenient", 35],
        ["strict", 5],
      ] as const);
    if (compareDates(start, addMonths(this.today, -2)) > 0) return "strict";
    if (crime.drug && rng.chance(0.5)) return "strict";
    return rng.weighted([
      ["normal", 70],
      ["lenient", 20],
      ["strict", 10],
    ] as const);
  }

  private flags(crime: CrimeSpec): { fourHistories: FourHistory[]; threeInvolvements: ThreeInvolvement[] } {
    const rng = this.rng;
    const fourHistories = new Set<FourHistory>();
    const threeInvolvements = new Set<ThreeInvolvement>();
    if (crime.drug) {
      threeInvolvements.add("01");
      if (rng.chance(0.5)) fourHistories.add("01");
    } else {
      if (rng.chance(0.025))
        fourHistories.add(
          rng.weighted([
            ["01", 70],
            ["02", 10],
            ["03", 15],
            ["04", 5],
          ] as const),
        );
      if (rng.chance(0.01))
        threeInvolvements.add(
          rng.weighted([
            ["01", 70],
            ["02", 20],
            ["03", 10],
          ] as const),
        );
    }
    return { fourHistories: [...fourHistories].sort(), threeInvolvements: [...threeInvolvements] };
  }

  private ethnicity(place: HouseholdPlace, guangdong: boolean): string {
    const shares = place.minorities ?? (guangdong ? guangdongMinorities : []);
    const x = this.rng.next() * 100;
    let acc = 0;
    for (const [code, percent] of shares) {
      acc += percent;
      if (x < acc) return code;
    }
    return "01";
  }

  private residenceAddress(office: DemoOffice): string {
    const rng = this.rng;
    const prefix = `${office.cityName}${office.countyName}${office.town}`;
    const road = rng.pick(office.roads);
    const r = rng.next();
    if (r < 0.55) return `${prefix}${road}${rng.int(1, 280)}号${rng.int(1, 12)}0${rng.int(1, 6)}房`;
    if (r < 0.85)
      return `${prefix}${road}${rng.int(1, 200)}号${rng.pick(estates)}${rng.int(1, 18)}座${rng.int(2, 32)}0${rng.int(1, 8)}房`;
    return `${prefix}${rng.pick(villageStems)}村${rng.pick(["东", "西", "南", "北", "中"])}${rng.int(1, 12)}巷${rng.int(1, 40)}号`;
  }

  /** An instant during office hours on a date, in Asia/Shanghai. */
  private officeHours(date: DateString): Date {
    const minutes = this.rng.int(8 * 60 + 30, 17 * 60 + 45);
    const seconds = this.rng.int(0, 59);
    const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
    const mm = String(minutes % 60).padStart(2, "0");
    return new Date(`${date}T${hh}:${mm}:${String(seconds).padStart(2, "0")}+08:00`);
  }
}

function minDate(a: DateString, b: DateString): DateString {
  return compareDates(a, b) <= 0 ? a : b;
}

function maxDate(a: DateString, b: DateString): DateString {
  return compareDates(a, b) >= 0 ? a : b;
}

/** `count` demo subjects from a new factory. */
export function* generateSubjects(
  options: SubjectFactoryOptions & { count: number },
): Generator<DemoSubject> {
  const factory = new DemoSubjectFactory(options);
  for (let i = 0; i < options.count; i++) yield factory.next();
}
