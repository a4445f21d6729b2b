/**
 * The one way the console talks to the server: JSON over fetch with the session cookie,
 * errors turned into ApiError, and a 401 sending the user back to the sign-in page.
 */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown>;
  constructor(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** The Chinese message to show for any failure. */
export function errorMessage(e: unknown): string {
  if (isApiError(e)) return e.message;
  if (e instanceof TypeError) return "无法连接服务器，请检查网络后重试";
  return "操作失败，请稍后重试";
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  query?: Query;
  /** A JSON body (serialised here). */
  json?: unknown;
  /** A raw body (e.g. an image) with its content type. */
  raw?: { body: Blob; contentType: string };
  /** Do not send the user to /login on a 401 (sign-in itself answers 401 for a wrong password). */
  noAuthRedirect?: boolean;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === "") continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

function redirectToLogin(): void {
  const { pathname, search } = window.location;
  if (pathname === "/login") return;
  const next = encodeURIComponent(pathname + search);
  window.location.assign(`/login?next=${next}`);
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  let body: BodyInit | undefined;
  if (opts.raw) {
    headers["Content-Type"] = opts.raw.contentType;
    body = opts.raw.body;
  } else if (opts.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(opts.json);
  }
  const res = await fetch(buildUrl(path, opts.query), {
    method: opts.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
    credentials: "include",
    signal: opts.signal,
  });

  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    const err = (
      data as { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | undefined
    )?.error;
    const apiError = new ApiError(
      res.status,
      err?.code ?? `HTTP_${res.status}`,
      err?.message ?? fallbackMessage(res.status),
      err?.details ?? {},
    );
    if (res.status === 401 && !opts.noAuthRedirect) redirectToLogin();
    throw apiError;
  }
  return data as T;
}

function fallbackMessage(status: number): string {
  if (status === 401) return "请先登录";
  if (status === 403) return "当前角色无权进行此操作";
  if (status === 404) return "未找到该记录，或不在您的管辖范围内";
  if (status === 413) return "请求内容过大";
  if (status >= 500) return "服务器内部错误，请稍后重试";
  return "请求失败";
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>(path, { query, signal }),
  post: <T>(path: string, json?: unknown, opts: Omit<RequestOptions, "json" | "method"> = {}) =>
    request<T>(path, { ...opts, method: "POST", json: json ?? {} }),
  patch: <T>(path: string, json: unknown) => request<T>(path, { method: "PATCH", json }),
  put: <T>(path: string, raw: { body: Blob; contentType: string }) =>
    request<T>(path, { method: "PUT", raw }),
  putJson: <T>(path: string, json: unknown) => request<T>(path, { method: "PUT", json }),
  postRaw: <T>(path: string, raw: { body: Blob; contentType: string }) =>
    request<T>(path, { method: "POST", raw }),
  delete: <T>(path: string) => request<T>(path, { method: "DELETE" }),
};

/** The file name a response offers (RFC 6266 `filename*` first), or the fallback. */
function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get("content-disposition") ?? "";
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(cd);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ""));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(cd);
  return plain?.[1]?.trim() || fallback;
}

/**
 * Downloads a file the server generates (a .docx, an attachment) with the session cookie and
 * saves it under the name the server gives; failures become ApiError like any request.
 */
export async function download(path: string, fallbackName: string): Promise<string> {
  const res = await fetch(path, { credentials: "include" });
  if (!res.ok) {
    let err: { code?: string; message?: string; details?: Record<string, unknown> } | undefined;
    try {
      err = ((await res.json()) as { error?: typeof err }).error;
    } catch {
      err = undefined;
    }
    if (res.status === 401) redirectToLogin();
    throw new ApiError(
      res.status,
      err?.code ?? `HTTP_${res.status}`,
      err?.message ?? fallbackMessage(res.status),
      err?.details ?? {},
    );
  }
  const blob = await res.blob();
  const name = fileNameOf(res, fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
