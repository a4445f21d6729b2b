import { useEffect, useRef, useState } from "react";
import type { LiveMessage } from "./types";

export type LiveStatus = "connecting" | "open" | "closed";

/** ws(s)://<this host>/api/live: same origin, so the browser sends the session cookie itself. */
function liveUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss" : "ws"}://${host}/api/live`;
}

/**
 * The live stream of positions and alert changes in the caller's scope (GET /api/live). The
 * session cookie (httpOnly, so not readable here) authenticates the WebSocket handshake. A lost
 * connection is retried with a growing pause (1 s … 30 s); `onMessage` may change between renders.
 */
export function useLive(onMessage: (m: LiveMessage) => void, enabled = true): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const handler = useRef(onMessage);
  handler.current = onMessage;

  useEffect(() => {
    if (!enabled) return;
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    let stopped = false;

    const connect = () => {
      setStatus("connecting");
      const ws = new WebSocket(liveUrl());
      socket = ws;
      ws.onopen = () => {
        attempts = 0;
        setStatus("open");
      };
      ws.onmessage = (e) => {
        if (typeof e.data !== "string") return;
        let m: LiveMessage;
        try {
          m = JSON.parse(e.data) as LiveMessage;
        } catch {
          return;
        }
        handler.current(m);
      };
      ws.onclose = () => {
        if (stopped) return;
        setStatus("closed");
        const delay = Math.min(30_000, 1000 * 2 ** attempts);
        attempts++;
        timer = setTimeout(connect, delay);
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [enabled]);

  return status;
}
