/** A small client of zhijiao's public API for the simulator (fetch, JSON, bearer token). */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface Me {
  username: string;
  role: string;
  org: { id: string; name: string; kind: string; divisionCode: string };
}

export class Api {
  constructor(
    readonly baseUrl: string,
    private readonly token: string | null = null,
  ) {}

  static async login(baseUrl: string, username: string, password: string): Promise<{ api: Api; me: Me }> {
    const anon = new Api(baseUrl);
    const r = await anon.request<{ token: string; user: Me }>("POST", "/api/auth/login", {
      username,
      password,
    });
    return { api: new Api(baseUrl, r.token), me: r.user };
  }

  async request<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const res = await fetch(new URL(path, this.baseUrl), {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    const json = text ? (JSON.parse(text) as unknown) : null;
    if (!res.ok) {
      const e = (
        json as { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | null
      )?.error;
      throw new ApiError(
        res.status,
        e?.code ?? `HTTP_${res.status}`,
        e?.message ?? text.slice(0, 200),
        e?.details ?? {},
      );
    }
    return json as T;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>("GET", path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>("POST", path, body);
  }

  /** Every item of a paged list (`{items, total}`, pages of 100). */
  async all<T>(path: string): Promise<T[]> {
    const out: T[] = [];
    for (let page = 1; ; page++) {
      const sep = path.includes("?") ? "&" : "?";
      const r = await this.get<{ items: T[]; total: number }>(`${path}${sep}page=${page}&pageSize=100`);
      out.push(...r.items);
      if (r.items.length < 100 || out.length >= r.total) return out;
    }
  }
}

/** Runs `work` over `items`, `concurrency` at a time, in order of start. */
export async function eachLimit<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, i: number) => Promise<void>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) await work(items[i]!, i);
    }),
  );
}
