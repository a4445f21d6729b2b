import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useCallback, useEffect, useState } from "react";
import { baseBoundaryStyle, boundary, boundaryLayer, createMap, tileConfig } from "./map-base";

/**
 * A Leaflet map living as long as its container element: `ref` goes on the element, `map` is
 * set once it exists (null before, and after the element is gone).
 */
export function useLeafletMap(): { ref: (el: HTMLDivElement | null) => void; map: L.Map | null } {
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const [map, setMap] = useState<L.Map | null>(null);
  const ref = useCallback((node: HTMLDivElement | null) => setEl(node), []);

  useEffect(() => {
    if (!el) return;
    const m = createMap(el);
    setMap(m);
    // A container laid out after the map was created (flex, tabs) needs Leaflet to measure again.
    const observer = new ResizeObserver(() => m.invalidateSize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      setMap(null);
      m.remove();
    };
  }, [el]);

  return { ref, map };
}

/**
 * Without tiles, the counties `codes` drawn as the base layer (and the view fitted to them
 * once); with tiles, nothing. Answers an error text when a boundary could not be loaded.
 */
export function useBoundaryBase(map: L.Map | null, codes: readonly string[], fit = true): string | null {
  const [error, setError] = useState<string | null>(null);
  const key = codes.join(",");

  useEffect(() => {
    if (!map || tileConfig || !key) return;
    let cancelled = false;
    const group = L.layerGroup().addTo(map);
    Promise.all(key.split(",").map((code) => boundary(code)))
      .then((features) => {
        if (cancelled) return;
        const layers = features.map((f) => boundaryLayer(f, baseBoundaryStyle));
        for (const layer of layers) layer.addTo(group);
        const bounds = layers.reduce<L.LatLngBounds | null>(
          (b, l) => (b ? b.extend(l.getBounds()) : l.getBounds()),
          null,
        );
        if (fit && bounds?.isValid()) map.fitBounds(bounds, { padding: [16, 16] });
        setError(null);
      })
      .catch(() => {
        if (!cancelled) setError("未能加载行政区划边界，地图暂无底图");
      });
    return () => {
      cancelled = true;
      group.remove();
    };
  }, [map, key, fit]);

  return error;
}
