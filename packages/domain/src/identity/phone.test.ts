import { describe, it, expect } from "vitest";
import { isValidMobilePhone, isValidPhone, maskPhone } from "./phone.ts";

describe("isValidMobilePhone", () => {
  it.each(["13812345678", "15012345678", "19912345678", "16612345678", " 13812345678 "])(
    "accepts %j",
    (s) => {
      expect(isValidMobilePhone(s)).toBe(true);
    },
  );
  it.each([
    "12812345678",
    "10012345678",
    "1381234567",
    "138123456789",
    "+8613812345678",
    "138-1234-5678",
    "0757-86281234",
    "",
  ])("refuses %j", (s) => {
    expect(isValidMobilePhone(s)).toBe(false);
  });
});

describe("isValidPhone", () => {
  it.each([
    "13812345678",
    "0757-86281234",
    "075786281234",
    "010-62345678",
    "0911-2345678",
    "0757-86281234-801",
  ])("accepts %j", (s) => {
    expect(isValidPhone(s)).toBe(true);
  });
  it.each([
    "86281234",
    "757-86281234",
    "0757-06281234",
    "0757-862812345",
    "0757-862812",
    "12812345678",
    "电话",
    "",
  ])("refuses %j", (s) => {
    expect(isValidPhone(s)).toBe(false);
  });
  it("refuses non-strings", () => {
    expect(isValidPhone(13812345678 as unknown as string)).toBe(false);
    expect(isValidMobilePhone(null as unknown as string)).toBe(false);
  });
});

describe("maskPhone", () => {
  it("masks the middle 4 digits of a mobile", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
  });
  it("keeps a landline's area code and last 4 digits", () => {
    expect(maskPhone("0757-86281234")).toBe("0757-****1234");
    expect(maskPhone("0911-2345678")).toBe("0911-***5678");
    expect(maskPhone("075786281234")).toBe("0757****1234");
    expect(maskPhone("0757-86281234-801")).toBe("0757-****1234");
  });
  it("shows at most the last 4 characters of anything else", () => {
    expect(maskPhone("+85261234567")).toBe("********4567");
    expect(maskPhone("123")).toBe("***");
  });
});
