import { DomainError, assertCan, checkInvestigationStep, type InvestigationStatus } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { FileRepository, InvestigationRepository, investigationPlace } from "../../db/gateway/index.ts";

export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const attachmentTypes = ["application/pdf", "image/jpeg", "image/png"] as const;

/** Whether the bytes are what the content type says (a PDF, JPEG or PNG signature). */
function signatureMatches(contentType: string, data: Buffer): boolean {
  if (contentType === "application/pdf") return data.subarray(0, 5).toString("latin1") === "%PDF-";
  if (contentType === "image/jpeg") return data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
  if (contentType === "image/png")
    return data.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return false;
}

/** Attaches a scan of a signed transcript (PDF, JPEG or PNG up to 5 MB). */
export async function attachTranscriptFile({
  ctx,
  actor,
  meta,
  investigationId,
  transcriptId,
  contentType,
  data,
}: UseCaseArgs & {
  investigationId: string;
  transcriptId: string;
  contentType: string;
  data: Buffer;
}): Promise<{
  fileId: string;
}> {
  assertCan(actor, "investigation:work");
  if (
    !(attachmentTypes as readonly string[]).includes(contentType) ||
    data.length === 0 ||
    data.length > ATTACHMENT_MAX_BYTES ||
    !signatureMatches(contentType, data)
  )
    throw new DomainError(
      "VALIDATION_FAILED",
      { field: "body", allowed: attachmentTypes, maxBytes: ATTACHMENT_MAX_BYTES },
      "附件必须是不超过 5MB 的 PDF、JPEG 或 PNG 文件",
    );
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new InvestigationRepository(gw);
    const row = await repo.findForWork(investigationId, true);
    checkInvestigationStep("transcript", row.status as InvestigationStatus);
    const transcript = await repo.transcript(row.id, transcriptId);
    const fileId = await new FileRepository(gw).insert(contentType, data);
    await repo.attach(transcript, fileId);
    await gw.audit({
      action: "investigation.transcript.attach",
      resourceType: "investigation",
      resourceId: row.id,
      place: investigationPlace(row),
      details: { transcriptId, fileId, size: data.length },
    });
    return { fileId };
  });
}
