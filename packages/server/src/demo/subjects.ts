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
import { numberWeights, rows, weights, words } from "./text-tables.ts";

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

// ---------------------------------------------------------------------------------------------
// Places of household registration (the first 6 digits of the identity number)

interface HouseholdPlace {
  /** The code in identity numbers issued there (sometimes a code since replaced). */
  idCode: string;
  /** The current code of the place. */
  code: string;
  name: string;
  urban: boolean;
  /** Shares of minority ethnicities there, in percent ("08 25 13 2": 壮族 25%, 瑶族 2%). */
  minorities?: [string, number][];
}

/** Rows of "idCode|code|name|minorities". */
function places(spec: string): HouseholdPlace[] {
  return spec
    .trim()
    .split("\n")
    .map((line) => {
      const [idCode, code, name, minorities] = line.trim().split("|");
      return {
        idCode: idCode!,
        code: code!,
        name: name!,
        urban: name!.endsWith("区"),
        ...(minorities ? { minorities: weights(minorities) } : {}),
      };
    });
}

/** Elsewhere in Guangdong; old codes (佛山市城区 440602, 顺德市 440681, 揭东县 445221) still appear in identity numbers. */
const guangdongPlaces = places(`
  440602|440604|广东省佛山市禅城区
  440604|440604|广东省佛山市禅城区
  440606|440606|广东省佛山市顺德区
  440681|440606|广东省佛山市顺德区
  440682|440605|广东省佛山市南海区
  440607|440607|广东省佛山市三水区
  440608|440608|广东省佛山市高明区
  440103|440103|广东省广州市荔湾区
  440106|440106|广东省广州市天河区
  440111|440111|广东省广州市白云区
  440183|440118|广东省广州市增城区
  445202|445202|广东省揭阳市榕城区
  445221|445203|广东省揭阳市揭东区
  445222|445222|广东省揭阳市揭西县
  445224|445224|广东省揭阳市惠来县
  445281|445281|广东省揭阳市普宁市
  441302|441302|广东省惠州市惠城区
  440882|440882|广东省湛江市雷州市
  440881|440881|广东省湛江市廉江市
  441581|441581|广东省汕尾市陆丰市
  440902|440902|广东省茂名市茂南区
  440981|440981|广东省茂名市高州市
  440982|440982|广东省茂名市化州市
  441481|441481|广东省梅州市兴宁市
  441621|441621|广东省河源市紫金县
  441881|441881|广东省清远市英德市|13 3
  445102|445102|广东省潮州市湘桥区|22 1
  441781|441781|广东省阳江市阳春市
  445381|445381|广东省云浮市罗定市
  440513|440513|广东省汕头市潮阳区
`);

/** Codes since replaced, with the last year of birth they were issued for (佛山市城区 → 禅城区 in 2002). */
const retiredCodes: Record<string, number> = {
  "440602": 2002,
  "440681": 2002,
  "440682": 2002,
  "440183": 2014,
  "445221": 2012,
  "430521": 2019,
  "431121": 2021,
  "452123": 2002,
  "362122": 2016,
  "520221": 2020,
  "532128": 2018,
};

/** Provinces many of Guangdong's migrant workers come from. */
const otherPlaces = places(`
  430521|430582|湖南省邵阳市邵东市
  431121|431181|湖南省永州市祁阳市
  430524|430524|湖南省邵阳市隆回县|06 3 13 3
  431382|431382|湖南省娄底市涟源市
  430623|430623|湖南省岳阳市华容县
  431028|431028|湖南省郴州市安仁县
  450921|450921|广西壮族自治区玉林市容县|08 10
  450923|450923|广西壮族自治区玉林市博白县|08 8
  450881|450881|广西壮族自治区贵港市桂平市|08 20 13 2
  452123|450126|广西壮族自治区南宁市宾阳县|08 40
  450521|450521|广西壮族自治区北海市合浦县|08 5
  510522|510522|四川省泸州市合江县
  511321|511321|四川省南充市南部县
  511622|511622|四川省广安市武胜县
  360731|360731|江西省赣州市于都县
  362122|360704|江西省赣州市赣县区
  421127|421127|湖北省黄冈市黄梅县
  420984|420984|湖北省孝感市汉川市
  411628|411628|河南省周口市鹿邑县|03 2
  411323|411323|河南省南阳市淅川县
  522227|522227|贵州省铜仁市德江县|15 40 06 5
  520221|520204|贵州省六盘水市水城区|04 15 06 10 09 10
  500236|500236|重庆市奉节县|15 5
  350583|350583|福建省泉州市南安市
  532128|530627|云南省昭通市镇雄县|04 8 06 5
`);

/** Minorities among people registered in Guangdong (瑶族, 畲族, 壮族, 回族). */
const guangdongMinorities = weights("13 0.4 22 0.2 08 0.5 03 0.2");

// ---------------------------------------------------------------------------------------------
// Crimes and sentences

interface CrimeSpec {
  name: string;
  weight: number;
  /** For 缓刑: the share suspended 拘役 (the rest suspended 有期徒刑). */
  detention: number;
  /** Range of a fixed-term sentence in months. */
  term: [number, number];
  female: number;
  drug?: boolean;
}

/** Rows of "name weight detention-share term-min term-max female-share [drug]". */
function crimes(table: string): CrimeSpec[] {
  return rows(table).map(([name, weight, detention, min, max, female, drug]) => ({
    name: name!,
    weight: Number(weight),
    detention: Number(detention),
    term: [Number(min), Number(max)],
    female: Number(female),
    ...(drug === "drug" ? { drug: true } : {}),
  }));
}

/** 缓刑 caseload: drink-driving leads, then the "card-lending" crime of telecom fraud (帮信). */
const probationCrimes = crimes(`
  危险驾驶罪 30 1 0 0 0.05
  帮助信息网络犯罪活动罪 12 0.1 6 24 0.2
  盗窃罪 10 0.3 6 36 0.12
  诈骗罪 7 0.05 6 36 0.25
  故意伤害罪 7 0.1 6 36 0.08
  交通肇事罪 7 0.05 6 36 0.08
  掩饰、隐瞒犯罪所得罪 5 0.25 6 36 0.2
  开设赌场罪 4 0.05 6 36 0.15
  寻衅滋事罪 4 0.2 6 36 0.05
  非法吸收公众存款罪 2 0 12 36 0.35
  走私普通货物罪 2 0 12 36 0.2
  非法经营罪 2 0.05 6 36 0.2
  信用卡诈骗罪 2 0.1 6 36 0.3
  妨害公务罪 2 0.4 6 18 0.1
  聚众斗殴罪 1.5 0 12 36 0.02
  侵犯公民个人信息罪 1.5 0.1 6 36 0.25
  职务侵占罪 1.5 0.05 6 36 0.25
  虚开增值税专用发票罪 1 0 12 36 0.3
  生产、销售伪劣产品罪 1 0.05 6 36 0.2
  容留他人吸毒罪 1 0.3 6 24 0.2 drug
  污染环境罪 1 0.05 6 36 0.1
  赌博罪 1 0.4 6 24 0.2
  合同诈骗罪 1 0 12 36 0.2
  非法捕捞水产品罪 0.5 0.4 6 12 0.05
  袭警罪 0.5 0.3 6 24 0.05
  重婚罪 0.3 0.5 6 24 0.4
`);

const surveillanceCrimes = crimes(`
  寻衅滋事罪 3 0 0 0 0.05
  故意伤害罪 3 0 0 0 0.08
  盗窃罪 2 0 0 0 0.12
  妨害公务罪 2 0 0 0 0.1
  聚众斗殴罪 1 0 0 0 0.02
  赌博罪 1 0 0 0 0.2
  非法侵入住宅罪 1 0 0 0 0.1
  袭警罪 1 0 0 0 0.05
  侮辱罪 0.5 0 0 0 0.3
`);

const paroleCrimes = crimes(`
  盗窃罪 3 0 36 120 0.08
  诈骗罪 3 0 36 144 0.2
  抢劫罪 2 0 42 180 0.03
  贩卖毒品罪 2 0 36 180 0.15 drug
  故意伤害罪 2 0 36 120 0.05
  合同诈骗罪 1 0 36 144 0.15
  非法吸收公众存款罪 1 0 36 120 0.3
  组织、领导传销活动罪 1 0 36 120 0.3
  集资诈骗罪 0.5 0 60 180 0.25
`);

const outsidePrisonCrimes = crimes(`
  诈骗罪 3 0 12 60 0.45
  贩卖毒品罪 2 0 12 60 0.5 drug
  盗窃罪 2 0 12 48 0.4
  非法吸收公众存款罪 1 0 24 60 0.45
  交通肇事罪 1 0 12 36 0.2
  故意伤害罪 1 0 12 48 0.2
  组织、领导传销活动罪 1 0 24 60 0.45
  帮助信息网络犯罪活动罪 1 0 12 24 0.45
`);

/** Minors (15-17 at the start) are sentenced mostly for theft, robbery and fights. */
const minorCrimes = crimes(`
  盗窃罪 4 0.3 6 24 0.1
  抢劫罪 2 0 12 36 0.05
  寻衅滋事罪 2 0.2 6 24 0.05
  故意伤害罪 2 0.2 6 24 0.1
  聚众斗殴罪 1 0 6 24 0.02
  帮助信息网络犯罪活动罪 1 0.1 6 12 0.2
`);

const table = (specs: CrimeSpec[]) => new WeightedTable(specs.map((c) => [c, c.weight] as const));
const crimeTables: Record<Category, WeightedTable<CrimeSpec>> = {
  "01": table(surveillanceCrimes),
  "02": table(probationCrimes),
  "03": table(paroleCrimes),
  "04": table(outsidePrisonCrimes),
};
const minorCrimeTable = table(minorCrimes);

/** Suspended fixed terms as courts give them (6 months, 1 year, 1½, 2, 3 years are the usual ones): "months weight …". */
const fixedTermWeights = numberWeights(
  "6 12  7 4  8 10  9 6  10 8  11 3  12 18  14 3  15 3  18 10  20 2  24 10  30 4  36 7",
);
const detentionWeights = numberWeights("1 30  2 30  3 25  4 10  5 3  6 2");
const surveillanceWeights = numberWeights("3 15  4 10  5 8  6 30  8 10  9 6  10 5  12 10  18 4  24 2");
const paroleTermWeights = numberWeights(
  "36 8  42 6  48 8  54 5  60 8  72 6  84 5  96 4  120 4  144 2  180 1",
);
const outsideTermWeights = numberWeights("12 6  18 5  24 6  30 4  36 5  48 3  60 2");

const numerals = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 15 → 十五, 24 → 二十四 (as judgments write numbers). */
export function chineseNumber(n: number): string {
  if (n < 10) return numerals[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? "" : numerals[tens]!) + "十" + (ones ? numerals[ones]! : "");
}

/** 18 → 一年六个月, 24 → 二年, 4 → 四个月. */
export function chineseDuration(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return (years ? `${chineseNumber(years)}年` : "") + (rest ? `${chineseNumber(rest)}个月` : "");
}

// ---------------------------------------------------------------------------------------------
// Addresses, phones, people

const villageStems = words(
  "新塘 石桥 上坪 下围 东岸 西坑 南岭 北坑 大塘 小洲 黄泥 白石 高岭 长坑 马岭 龙井 凤岗 塘尾 山口 田心 井头 坑尾 水围 沙岗 岭头 上村 下村 湾头 竹园 松柏",
);
const ruralTownStems = words(
  "廉桥 城关 石门 白沙 大安 新田 长乐 太平 龙潭 桃花 清水 高桥 黄土 双江 三合 永和 马坪 塘坊 官庄 河口",
);
const estates = words(`
  怡翠花园 碧桂园 万科城 保利花园 中海锦苑 雅居乐 恒大名都 富丽华庭 金色家园 锦绣花园
  翠湖绿洲 滨江花园 海逸豪庭 君御花园 星汇云锦 阳光花园 新城广场 南国花园 御景湾 名门世家
`);
const phonePrefixes = words(`
  130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 170
  173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199
`);

/** Age at the start of correction, "from to weight": offenders are mostly 25-45. */
const adultAgeBands = rows(`
  18 24 12
  25 34 30
  35 44 28
  45 54 18
  55 64 9
  65 70 3
`).map(([from, to, weight]) => [[Number(from), Number(to)], Number(weight)] as [[number, number], number]);

/** Other courts that sentence people who live in the demo's counties, with their case-number codes. */
const otherCourts = rows(`
  佛山市禅城区人民法院 粤0604
  佛山市顺德区人民法院 粤0606
  广州市天河区人民法院 粤0106
  广州市白云区人民法院 粤0111
  深圳市宝安区人民法院 粤0306
  东莞市第一人民法院 粤1971
`);

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
