/**
 * The demo organisation tree: 广东省 → 佛山市 → 南海区 with its seven justice offices, and
 * 揭阳市 → 榕城区 → 梅云司法所, with the courts, procuratorates and police attached to the two
 * counties and a prison. Large demos add the other cities and counties of Guangdong (real
 * GB/T 2260 codes and names), so that a million subjects spread like a province's.
 * Ids are fixed (derived from kind and division code), whatever the seed.
 */
import type { OrgKind } from "@zhijiao/domain";
import { placeUnder } from "../features/admin/create-organization.ts";
import type { OrgRow } from "../db/gateway/index.ts";
import { Random, stableUuid } from "./random.ts";
import { rows, words } from "./text-tables.ts";
import type { DemoOffice } from "./subjects.ts";

/** The fixed id of a demo organisation. */
export function demoOrgId(kind: OrgKind, divisionCode: string): string {
  return stableUuid(`org:${kind}:${divisionCode}`);
}

/** Ids the accounts and tests refer to. */
export const demoOrgIds = {
  province: demoOrgId("province", "440000"),
  foshan: demoOrgId("city", "440600"),
  jieyang: demoOrgId("city", "445200"),
  nanhai: demoOrgId("county", "440605"),
  rongcheng: demoOrgId("county", "445202"),
  guicheng: demoOrgId("office", "440605011"),
  jiujiang: demoOrgId("office", "440605121"),
  meiyun: demoOrgId("office", "445202006"),
  nanhaiProcuratorate: demoOrgId("procuratorate", "440605"),
} as const;

interface TownSpec {
  code: string;
  /** The office is named after its town or street: 桂城 → 桂城司法所. */
  stem: string;
  town: string;
  weight: number;
  roads: readonly string[];
}

/** Rows of "code stem town weight road…". */
function towns(table: string): TownSpec[] {
  return rows(table).map(([code, stem, town, weight, ...roads]) => ({
    code: code!,
    stem: stem!,
    town: town!,
    weight: Number(weight),
    roads,
  }));
}

// Nanhai's seven towns and streets; 桂城 and 大沥 are the largest.
const nanhaiTowns = towns(`
  440605011 桂城 桂城街道 24 南桂东路 南桂西路 南海大道北 桂澜北路 海八东路 灯湖东路 天佑三路 佛平二路 石龙南路 华翠南路 宝石西路 港口路
  440605121 九江 九江镇   7 儒林东路 儒林西路 九江大道 沙口路 新龙路 下西大道 洛浦路
  440605122 西樵 西樵镇   8 樵园路 西樵大道 樵金路 百西路 官山路 民乐路 江浦路
  440605123 丹灶 丹灶镇   6 金沙大道 桂丹路 丹灶大道 银湖路 建设大道 金宁路
  440605124 狮山 狮山镇  14 狮山大道 桃园东路 罗村大道 博爱中路 狮城路 官窑大道 松岗大道 小塘大道
  440605125 大沥 大沥镇  20 广佛路 沥东路 大沥大道 建设大道 盐步大道 黄岐大道 谢边路 钟边路
  440605126 里水 里水镇  10 里官路 振兴路 和顺大道 里和路 沿江路 新兴路 甘蕉路
`);

const meiyun = towns(`
  445202006 梅云 梅云街道 11 梅兜路 梅云大道 夏桥路 榕华大道 临江北路 黄岐山大道
`)[0]!;

/** Roads for places the demo has no list of: names found in almost every Chinese town. */
const commonRoads = words(`
  人民路 建设路 解放路 中山路 新华路 东风路 朝阳路 文化路 环城路 工业大道 迎宾路 府前路 沿江路 体育路 光明路
  青年路 和平路 健康路 教育路 红旗路 胜利路 幸福路 新民路 富民路 振兴路 兴业路 东华路 西华路 南华路 北华路
`);

/** The other streets of 榕城区, added in large demos (weights drawn per street). */
const rongchengStreets = towns(`
  445202001 中山 中山街道 0
  445202002 西马 西马街道 0
  445202003 东兴 东兴街道 0
  445202004 东升 东升街道 0
  445202005 新兴 新兴街道 0
  445202007 榕华 榕华街道 0
  445202008 仙桥 仙桥街道 0
  445202009 东阳 东阳街道 0
  445202010 磐东 磐东街道 0
`);

/** Stems for the towns and streets of counties the demo generates (城东街道 → 城东司法所). */
const townStems = words(`
  城东 城西 城南 城北 城中 新城 东城 西城 南城 北城 江南 江北 河东 河西 东湖 西湖 南湖 东山 西山 南山
  北山 龙山 凤凰 金山 银湖 石岗 高埔 长安 永安 太平 大同 新和 平安 和平 新安 东坑 西岸 沙河 沙田 石井
  龙田 横岗 白沙 黄沙 青山 翠竹 桥头 附城 水口 大坪 坪石 罗坑 官渡 莲塘 仙村 杨村 石滩 东坡 合水 新圩
`);

/**
 * Guangdong's cities (code, name, a rough weight for how many subjects a county has) and
 * their county-level divisions (GB/T 2260). 东莞 and 中山 have no counties and are left out.
 */
const guangdong = rows(`
  440100 广州市 1.5 440103 荔湾区 440104 越秀区 440105 海珠区 440106 天河区 440111 白云区 440112 黄埔区 440113 番禺区 440114 花都区 440115 南沙区 440117 从化区 440118 增城区
  440200 韶关市 0.6 440203 武江区 440204 浈江区 440205 曲江区 440222 始兴县 440224 仁化县 440229 翁源县 440232 乳源瑶族自治县 440233 新丰县 440281 乐昌市 440282 南雄市
  440300 深圳市 1.5 440303 罗湖区 440304 福田区 440305 南山区 440306 宝安区 440307 龙岗区 440308 盐田区 440309 龙华区 440310 坪山区 440311 光明区
  440400 珠海市 1.0 440402 香洲区 440403 斗门区 440404 金湾区
  440500 汕头市 1.0 440507 龙湖区 440511 金平区 440512 濠江区 440513 潮阳区 440514 潮南区 440515 澄海区 440523 南澳县
  440600 佛山市 1.4 440604 禅城区 440605 南海区 440606 顺德区 440607 三水区 440608 高明区
  440700 江门市 0.9 440703 蓬江区 440704 江海区 440705 新会区 440781 台山市 440783 开平市 440784 鹤山市 440785 恩平市
  440800 湛江市 0.9 440802 赤坎区 440803 霞山区 440804 坡头区 440811 麻章区 440823 遂溪县 440825 徐闻县 440881 廉江市 440882 雷州市 440883 吴川市
  440900 茂名市 1.0 440902 茂南区 440904 电白区 440981 高州市 440982 化州市 440983 信宜市
  441200 肇庆市 0.8 441202 端州区 441203 鼎湖区 441204 高要区 441223 广宁县 441224 怀集县 441225 封开县 441226 德庆县 441284 四会市
  441300 惠州市 1.1 441302 惠城区 441303 惠阳区 441322 博罗县 441323 惠东县 441324 龙门县
  441400 梅州市 0.7 441402 梅江区 441403 梅县区 441422 大埔县 441423 丰顺县 441424 五华县 441426 平远县 441427 蕉岭县 441481 兴宁市
  441500 汕尾市 0.8 441502 城区 441521 海丰县 441523 陆河县 441581 陆丰市
  441600 河源市 0.7 441602 源城区 441621 紫金县 441622 龙川县 441623 连平县 441624 和平县 441625 东源县
  441700 阳江市 0.8 441702 江城区 441704 阳东区 441721 阳西县 441781 阳春市
  441800 清远市 0.8 441802 清城区 441803 清新区 441821 佛冈县 441823 阳山县 441825 连山壮族瑶族自治县 441826 连南瑶族自治县 441881 英德市 441882 连州市
  445100 潮州市 0.8 445102 湘桥区 445103 潮安区 445122 饶平县
  445200 揭阳市 1.0 445202 榕城区 445203 揭东区 445222 揭西县 445224 惠来县 445281 普宁市
  445300 云浮市 0.7 445302 云城区 445303 云安区 445321 新兴县 445322 郁南县 445381 罗定市
`);

export interface GuangdongCounty {
  code: string;
  name: string;
  cityCode: string;
  cityName: string;
  cityWeight: number;
}

/** The county-level divisions of Guangdong the demo knows (122). */
export const guangdongCounties: readonly GuangdongCounty[] = guangdong.flatMap(
  ([cityCode, cityName, weight, ...counties]) => {
    const out: GuangdongCounty[] = [];
    for (let i = 0; i + 1 < counties.length; i += 2)
      out.push({
        code: counties[i]!,
        name: counties[i + 1]!,
        cityCode: cityCode!,
        cityName: cityName!,
        cityWeight: Number(weight),
      });
    return out;
  },
);

/** How a county is named in official titles: districts with their city (佛山市南海区), counties and county-level cities alone (台山市). */
export function countyTitle(cityName: string, countyName: string): string {
  return countyName.endsWith("区") ? cityName + countyName : countyName;
}

/** An organisation tree being built: rows in insertion order, parents first. */
class TreeBuilder {
  readonly rows: OrgRow[] = [];
  constructor(private readonly createdAt: Date) {}

  add(kind: OrgKind, divisionCode: string, name: string, parent: OrgRow | null): OrgRow {
    const id = demoOrgId(kind, divisionCode);
    const row: OrgRow = {
      id,
      parent_id: parent?.id ?? null,
      kind,
      name,
      division_code: divisionCode,
      ...placeUnder(kind, id, parent, divisionCode, name),
      created_at: this.createdAt,
    };
    this.rows.push(row);
    return row;
  }
}

function officeOf(
  row: OrgRow,
  town: TownSpec,
  county: { code: string; name: string },
  cityName: string,
): DemoOffice {
  const title = countyTitle(cityName, county.name);
  return {
    id: row.id,
    name: row.name,
    town: town.town,
    countyCode: county.code,
    countyName: county.name,
    cityName,
    courtName: `${title}人民法院`,
    intermediateCourtName: `${cityName}中级人民法院`,
    roads: town.roads,
    weight: town.weight,
  };
}

export interface DemoTree {
  /** Parents before children, ready to insert. */
  rows: OrgRow[];
  /** The justice offices subjects are placed in, with their relative weights. */
  offices: DemoOffice[];
}

/** The fixed demo tree of the small demo: 2 cities, 2 counties, 8 offices, 7 external bodies. */
export function demoTree(createdAt: Date): DemoTree {
  const t = new TreeBuilder(createdAt);
  const province = t.add("province", "440000", "广东省司法厅", null);
  const foshan = t.add("city", "440600", "佛山市司法局", province);
  const nanhai = t.add("county", "440605", "佛山市南海区社区矫正管理局", foshan);
  const offices: DemoOffice[] = [];
  for (const town of nanhaiTowns) {
    const row = t.add("office", town.code, `${town.stem}司法所`, nanhai);
    offices.push(officeOf(row, town, { code: "440605", name: "南海区" }, "佛山市"));
  }
  t.add("court", "440605", "佛山市南海区人民法院", nanhai);
  t.add("procuratorate", "440605", "佛山市南海区人民检察院", nanhai);
  t.add("police", "440605", "佛山市公安局南海分局", nanhai);
  t.add("prison", "440600", "广东省佛山监狱", foshan);

  const jieyang = t.add("city", "445200", "揭阳市司法局", province);
  const rongcheng = t.add("county", "445202", "揭阳市榕城区社区矫正管理局", jieyang);
  const meiyunRow = t.add("office", meiyun.code, "梅云司法所", rongcheng);
  offices.push(officeOf(meiyunRow, meiyun, { code: "445202", name: "榕城区" }, "揭阳市"));
  t.add("court", "445202", "揭阳市榕城区人民法院", rongcheng);
  t.add("procuratorate", "445202", "揭阳市榕城区人民检察院", rongcheng);
  t.add("police", "445202", "揭阳市公安局榕城分局", rongcheng);
  return { rows: t.rows, offices };
}

/** Relative subject weights of the two demo counties in a province-wide demo. */
const demoCountyWeights: Record<string, number> = { "440605": 1.8, "445202": 1.1 };

/**
 * The rest of Guangdong for large demos: the other cities, their counties (each with 6-12
 * justice offices), and the other streets of 榕城区. `core` is the tree of `demoTree`; the
 * returned rows are only the new ones, and the offices are all of them (core included),
 * weighted so that each county gets its share.
 */
export function provinceTree(core: DemoTree, createdAt: Date): DemoTree {
  const t = new TreeBuilder(createdAt);
  const byId = new Map(core.rows.map((r) => [r.id, r]));
  const province = byId.get(demoOrgIds.province)!;
  const offices: DemoOffice[] = [];

  // The demo counties keep their offices' proportions, scaled to the county's weight.
  const rongchengOffices: DemoOffice[] = core.offices.filter((o) => o.countyCode === "445202");
  const rongcheng = byId.get(demoOrgIds.rongcheng)!;
  for (const street of rongchengStreets) {
    const rng = new Random(`office:${street.code}`);
    const row = t.add("office", street.code, `${street.stem}司法所`, rongcheng);
    const town: TownSpec = { ...street, weight: 6 + rng.int(0, 10), roads: commonRoads };
    rongchengOffices.push(officeOf(row, town, { code: "445202", name: "榕城区" }, "揭阳市"));
  }
  offices.push(
    ...scaled(
      core.offices.filter((o) => o.countyCode === "440605"),
      demoCountyWeights["440605"]!,
    ),
  );
  offices.push(...scaled(rongchengOffices, demoCountyWeights["445202"]!));

  const cities = new Map<string, OrgRow>(
    core.rows.filter((r) => r.kind === "city").map((r) => [r.division_code, r]),
  );
  for (const county of guangdongCounties) {
    if (county.code in demoCountyWeights) continue;
    let city = cities.get(county.cityCode);
    if (!city) {
      city = t.add("city", county.cityCode, `${county.cityName}司法局`, province);
      cities.set(county.cityCode, city);
    }
    const rng = new Random(`county:${county.code}`);
    const title = countyTitle(county.cityName, county.name);
    const countyRow = t.add("county", county.code, `${title}社区矫正管理局`, city);
    // Districts are mostly streets (街道, codes 001-099), counties mostly towns (镇, 100-199).
    const district = county.name.endsWith("区");
    const n = rng.int(6, 12);
    const stems = rng.shuffle([...townStems]).slice(0, n);
    const streets = district ? n - rng.int(0, 2) : rng.int(1, 3);
    const countyOffices: DemoOffice[] = [];
    stems.forEach((stem, i) => {
      const isStreet = i < streets;
      const code = county.code + (isStreet ? String(i + 1).padStart(3, "0") : String(101 + i - streets));
      const row = t.add("office", code, `${county.name}${stem}司法所`, countyRow);
      const town: TownSpec = {
        code,
        stem,
        town: stem + (isStreet ? "街道" : "镇"),
        weight: 5 + rng.int(0, 10),
        roads: commonRoads,
      };
      countyOffices.push(officeOf(row, town, county, county.cityName));
    });
    offices.push(...scaled(countyOffices, county.cityWeight * (0.6 + rng.next() * 0.7)));
  }
  return { rows: t.rows, offices };
}

function scaled(offices: DemoOffice[], countyWeight: number): DemoOffice[] {
  const total = offices.reduce((s, o) => s + o.weight, 0);
  return offices.map((o) => ({ ...o, weight: (countyWeight * o.weight) / total }));
}
