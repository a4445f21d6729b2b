import { DomainError, assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { FileRepository, InvestigationRepository, investigationPlace } from "../../db/gateway/index.ts";

/** A transcript's attachment, to a reader of the investigation (audited). */
export async function getTranscriptFile({
  ctx,
  actor,
  meta,
  investigationId,
  transcriptId,
  fileId,
}: UseCaseArgs & { investigationId: string; transcriptId: string; fileId: string }): Promise<{
  contentType: string;
  data: Buffer;
}> {
  assertCan(actor, "investigation:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new InvestigationRepository(gw);
    const row = await repo.find(investigationId);
    const transcript = await repo.transcript(row.id, transcriptId);
    if (!transcript.file_ids.includes(fileId))
      throw new DomainError("NOT_FOUND", { resource: "file", id: fileId });
    const file = await new FileRepository(gw).get(fileId);
    if (!file) throw new DomainError("NOT_FOUND", { resource: "file", id: fileId });
    await gw.audit({
      action: "investigation.transcript.file.read",
      resourceType: "investigation",
      resourceId: row.id,
      place: investigationPlace(row),
      details: { transcriptId, fileId },
    });
    return { contentType: file.content_type, data: Buffer.from(file.data) };
  });
}
