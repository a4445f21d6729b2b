/**
 * Administrative division codes of GB/T 2260: 6 digits, two each for province, city and county
 * ("440606" = 广东省佛山市顺德区). Towns and streets (乡镇/街道, where justice offices sit) extend
 * the county code with 3 digits.
 */

/** The 34 province-level divisions by their 2-digit code. */
export const provinceNames: Readonly<Record<string, string>> = {
  "11": "北京市",
  "12": "天津市",
  "13": "河北省",
  "14": "山西省",
  "15": "内蒙古自治区",
  "21": "辽宁省",
  "22": "吉林省",
  "23": "黑龙江省",
  "31": "上海市",
  "32": "江苏省",
  "33": "浙江省",
  "34": "安徽省",
  "35": "福建省",
  "36": "江西省",
  "37": "山东省",
  "41": "河南省",
  "42": "湖北省",
  "43": "湖南省",
  "44": "广东省",
  "45": "广西壮族自治区",
  "46": "海南省",
  "50": "重庆市",
  "51": "四川省",
  "52": "贵州省",
  "53": "云南省",
  "54": "西藏自治区",
  "61": "陕西省",
  "62": "甘肃省",
  "63": "青海省",
  "64": "宁夏回族自治区",
  "65": "新疆维吾尔自治区",
  "71": "台湾省",
  "81": "香港特别行政区",
  "82": "澳门特别行政区",
};

/**
 * Exactly 6 digits under a real province-level code; a code whose city part is "00" must be
 * the province itself ("440000"), since no county hangs directly below "00".
 */
export function isValidDivisionCode(code: unknown): code is string {
  if (typeof code !== "string" || !/^\d{6}$/.test(code)) return false;
  if (!Object.hasOwn(provinceNames, code.slice(0, 2))) return false;
  return !(code.slice(2, 4) === "00" && code.slice(4, 6) !== "00");
}

/** A town or street code: a valid county-level code followed by 3 digits other than "000". */
export function isValidTownCode(code: unknown): code is string {
  return (
    typeof code === "string" &&
    /^\d{9}$/.test(code) &&
    isValidDivisionCode(code.slice(0, 6)) &&
    !code.endsWith("000")
  );
}

/** The province a division (or town) code belongs to, or null for an invalid code. */
export function provinceOfDivision(code: string): { code: string; name: string } | null {
  if (!isValidDivisionCode(code) && !isValidTownCode(code)) return null;
  const province = code.slice(0, 2);
  return { code: province, name: provinceNames[province]! };
}

/** Which level a valid 6-digit code names: "440000" a province, "440600" a city, "440606" a county. */
export function divisionLevel(code: string): "province" | "city" | "county" | null {
  if (!isValidDivisionCode(code)) return null;
  if (code.endsWith("0000")) return "province";
  if (code.endsWith("00")) return "city";
  return "county";
}
