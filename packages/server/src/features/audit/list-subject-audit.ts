import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { AuditLogRepository, SubjectRepository, type AuditRow } from "../../db/gateway/index.ts";

/** The audit trail of one file, for those who may read the file; looking at it is itself recorded. */
export async function listSubjectAudit(
  args: UseCaseArgs & { subjectId: string; page: number; pageSize: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const { ctx, actor, meta, subjectId, page, pageSize } = args;
  assertCan(actor, "subject:audit");
  return inTransaction(ctx, actor, meta, async (gw) => {
    await new SubjectRepository(gw).read(subjectId, "subject.audit.read");
    return new AuditLogRepository(gw).forSubject(subjectId, page, pageSize);
  });
}
