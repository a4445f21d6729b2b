import { DomainError, assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { SubjectRepository } from "../../db/gateway/index.ts";

export type RevealableField = "idNumber" | "phone";

/** Shows an identity number or phone in full: a separate, audited action with a stated reason. */
export async function revealSubjectField(
  args: UseCaseArgs & { subjectId: string; field: RevealableField; reason: string },
): Promise<string | null> {
  const { ctx, actor, meta, subjectId, field, reason } = args;
  assertCan(actor, "subject:reveal");
  if (reason.trim().length < 2)
    throw new DomainError("VALIDATION_FAILED", { field: "reason" }, "请填写查看完整信息的事由");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new SubjectRepository(gw).read(subjectId, "subject.reveal", {
      field,
      reason: reason.trim(),
    });
    const stored = field === "idNumber" ? row.id_number_enc : row.phone_enc;
    return stored ? gw.cipher.decrypt(stored) : null;
  });
}
