import { checkPasswordPolicy, isDomainError } from "@zhijiao/domain";

/** The password rule as users read it; the server checks it again (PASSWORD_POLICY). */
export const PASSWORD_RULE_TEXT = "至少 8 位，含大写字母、小写字母、数字、特殊字符中的至少三类";

/** A form rule running the domain's password policy, so the user sees a refusal before sending. */
export function passwordRule(username?: () => string | undefined) {
  return {
    validator(_: unknown, value: string | undefined): Promise<void> {
      if (!value) return Promise.resolve();
      try {
        checkPasswordPolicy(value, { username: username?.() });
        return Promise.resolve();
      } catch (e) {
        return Promise.reject(new Error(isDomainError(e) ? e.message : PASSWORD_RULE_TEXT));
      }
    },
  };
}
