/** The tables the demo subjects are drawn from: places, crimes and sentences, words. */
import { type Category } from "@zhijiao/domain";
import { WeightedTable } from "./random.ts";
import { numberWeights, rows, weights, words } from "./text-tables.ts";

// ---------------------------------------------------------------------------------------------
// Places of household registration (the first 6 digits of the identity number)

export interface HouseholdPlace {
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
export function places(spec: string): HouseholdPlace[] {
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
export const guangdongPlaces = places(`
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
export const retiredCodes: Record<string, number> = {
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
export const otherPlaces = places(`
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
export const guangdongMinorities = weights("13 0.4 22 0.2 08 0.5 03 0.2");

// ---------------------------------------------------------------------------------------------
// Crimes and sentences

export interface CrimeSpec {
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
export function crimes(table: string): CrimeSpec[] {
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
export const probationCrimes = crimes(`
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

export const surveillanceCrimes = crimes(`
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

export const paroleCrimes = crimes(`
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

export const outsidePrisonCrimes = crimes(`
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
export const minorCrimes = crimes(`
  盗窃罪 4 0.3 6 24 0.1
  抢劫罪 2 0 12 36 0.05
  寻衅滋事罪 2 0.2 6 24 0.05
  故意伤害罪 2 0.2 6 24 0.1
  聚众斗殴罪 1 0 6 24 0.02
  帮助信息网络犯罪活动罪 1 0.1 6 12 0.2
`);

export const table = (specs: CrimeSpec[]) => new WeightedTable(specs.map((c) => [c, c.weight] as const));
export const crimeTables: Record<Category, WeightedTable<CrimeSpec>> = {
  "01": table(surveillanceCrimes),
  "02": table(probationCrimes),
  "03": table(paroleCrimes),
  "04": table(outsidePrisonCrimes),
};
export const minorCrimeTable = table(minorCrimes);

/** Suspended fixed terms as courts give them (6 months, 1 year, 1½, 2, 3 years are the usual ones): "months weight …". */
export const fixedTermWeights = numberWeights(
  "6 12  7 4  8 10  9 6  10 8  11 3  12 18  14 3  15 3  18 10  20 2  24 10  30 4  36 7",
);
export const detentionWeights = numberWeights("1 30  2 30  3 25  4 10  5 3  6 2");
export const surveillanceWeights = numberWeights("3 15  4 10  5 8  6 30  8 10  9 6  10 5  12 10  18 4  24 2");
export const paroleTermWeights = numberWeights(
  "36 8  42 6  48 8  54 5  60 8  72 6  84 5  96 4  120 4  144 2  180 1",
);
export const outsideTermWeights = numberWeights("12 6  18 5  24 6  30 4  36 5  48 3  60 2");

export const numerals = "零一二三四五六七八九";

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

export const villageStems = words(
  "新塘 石桥 上坪 下围 东岸 西坑 南岭 北坑 大塘 小洲 黄泥 白石 高岭 长坑 马岭 龙井 凤岗 塘尾 山口 田心 井头 坑尾 水围 沙岗 岭头 上村 下村 湾头 竹园 松柏",
);
export const ruralTownStems = words(
  "廉桥 城关 石门 白沙 大安 新田 长乐 太平 龙潭 桃花 清水 高桥 黄土 双江 三合 永和 马坪 塘坊 官庄 河口",
);
export const estates = words(`
  怡翠花园 碧桂园 万科城 保利花园 中海锦苑 雅居乐 恒大名都 富丽华庭 金色家园 锦绣花园
  翠湖绿洲 滨江花园 海逸豪庭 君御花园 星汇云锦 阳光花园 新城广场 南国花园 御景湾 名门世家
`);
export const phonePrefixes = words(`
  130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 170
  173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199
`);

/** Age at the start of correction, "from to weight": offenders are mostly 25-45. */
export const adultAgeBands = rows(`
  18 24 12
  25 34 30
  35 44 28
  45 54 18
  55 64 9
  65 70 3
`).map(([from, to, weight]) => [[Number(from), Number(to)], Number(weight)] as [[number, number], number]);

/** Other courts that sentence people who live in the demo's counties, with their case-number codes. */
export const otherCourts = rows(`
  佛山市禅城区人民法院 粤0604
  佛山市顺德区人民法院 粤0606
  广州市天河区人民法院 粤0106
  广州市白云区人民法院 粤0111
  深圳市宝安区人民法院 粤0306
  东莞市第一人民法院 粤1971
`);
