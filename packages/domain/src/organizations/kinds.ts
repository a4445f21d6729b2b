/** Kinds of organisation. The first four form the corrections hierarchy; the rest are external bodies attached to an area. */
export const orgKinds = [
  "province",
  "city",
  "county",
  "office",
  "court",
  "procuratorate",
  "police",
  "prison",
] as const;
export type OrgKind = (typeof orgKinds)[number];

export const orgKindLabels: Record<OrgKind, string> = {
  province: "省级司法厅（局）",
  city: "市级司法局",
  county: "县级社区矫正机构",
  office: "司法所",
  court: "人民法院",
  procuratorate: "人民检察院",
  police: "公安机关",
  prison: "监狱/看守所",
};

export const hierarchyKinds = ["province", "city", "county", "office"] as const;
export const externalKinds = ["court", "procuratorate", "police", "prison"] as const;

/** Which kind of parent each kind must have (null: a root). External bodies attach to a province, city or county area. */
export function allowedParentKinds(kind: OrgKind): readonly (OrgKind | null)[] {
  switch (kind) {
    case "province":
      return [null];
    case "city":
      return ["province"];
    case "county":
      return ["city"];
    case "office":
      return ["county"];
    case "court":
    case "procuratorate":
    case "police":
    case "prison":
      return ["province", "city", "county"];
  }
}

/** An organisation as the rules see it: its place in the tree by denormalised ancestors. */
export interface OrgRef {
  id: string;
  kind: OrgKind;
  provinceId: string | null;
  cityId: string | null;
  countyId: string | null;
}
