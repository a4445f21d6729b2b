import type { ErrorObject } from "ajv";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { errorCatalogue, isDomainError, type ErrorCode } from "@zhijiao/domain";

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: Record<string, unknown> };
}

export function errorBody(
  code: ErrorCode,
  details: Record<string, unknown> = {},
  message?: string,
): ErrorBody {
  return { error: { code, message: message ?? errorCatalogue[code].message, details } };
}

function fieldOf(e: ErrorObject): string {
  const path = e.instancePath.replace(/^\//, "").replace(/\//g, ".");
  const extra =
    e.keyword === "required"
      ? (e.params as { missingProperty: string }).missingProperty
      : e.keyword === "additionalProperties"
        ? (e.params as { additionalProperty: string }).additionalProperty
        : "";
  return [path, extra].filter(Boolean).join(".");
}

/** A schema failure as a Chinese sentence naming the field. */
export function validationError(errors: ErrorObject[], part: string): ErrorBody {
  const e = errors[0]!;
  const field = fieldOf(e);
  const where = part === "body" ? "" : part === "querystring" ? "查询参数" : "路径参数";
  if (e.keyword === "additionalProperties")
    return errorBody("UNKNOWN_FIELD", { field, part }, `${where}包含不允许的字段：${field}`);
  const reasons: Record<string, string> = {
    required: "为必填项",
    type: `类型不正确，应为${typeName((e.params as { type?: string }).type)}`,
    enum: "取值不在允许范围内",
    format: "格式不正确",
    pattern: "格式不正确",
    minLength: "长度过短",
    maxLength: "长度过长",
    minimum: "数值过小",
    maximum: "数值过大",
    minItems: "项数过少",
    maxItems: "项数过多",
    uniqueItems: "含有重复项",
  };
  const reason = reasons[e.keyword] ?? "不符合要求";
  return errorBody(
    "VALIDATION_FAILED",
    { field, part, rule: e.keyword },
    `${where}字段 ${field || "(请求体)"} ${reason}`,
  );
}

const typeNames: Record<string, string> = {
  string: "文本",
  integer: "整数",
  number: "数字",
  boolean: "布尔值",
  array: "数组",
  object: "对象",
};

function typeName(t: string | undefined): string {
  return (t && typeNames[t]) ?? t ?? "指定类型";
}

/** One place maps every failure to its status and body; nothing else answers an error. */
export function handleError(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  if (isDomainError(err)) {
    void reply.status(err.status).send(errorBody(err.code, err.details, err.message));
    return;
  }
  if (err.validation) {
    void reply
      .status(400)
      .send(validationError(err.validation as ErrorObject[], err.validationContext ?? "body"));
    return;
  }
  switch (err.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      void reply.status(413).send(errorBody("BODY_TOO_LARGE"));
      return;
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      void reply.status(415).send(errorBody("UNSUPPORTED_MEDIA_TYPE"));
      return;
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      void reply.status(400).send(errorBody("MALFORMED_JSON"));
      return;
  }
  // A unique index refused a concurrent duplicate that the use case's own check could not see yet.
  if ((err as { code?: string }).code === "23505") {
    void reply
      .status(409)
      .send(errorBody("DUPLICATE", { constraint: (err as { constraint?: string }).constraint ?? null }));
    return;
  }
  if (err instanceof SyntaxError || (err.statusCode === 400 && /JSON/i.test(err.message))) {
    void reply.status(400).send(errorBody("MALFORMED_JSON"));
    return;
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    void reply.status(400).send(errorBody("VALIDATION_FAILED", {}, err.message));
    return;
  }
  req.log.error({ err }, "unhandled error");
  void reply.status(500).send(errorBody("INTERNAL"));
}
