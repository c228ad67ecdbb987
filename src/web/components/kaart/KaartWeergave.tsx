// Leaflet's own CSS, bundled by Vite into a file of our origin (CSP style-src 'self').
import 'leaflet/dist/leaflet.css';
import './kaart.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';

export interface KaartPunt {
  id: string;
  naam: string;
  lat: number;
  lon: number;
}

export interface KaartWeergaveProps {
  punten: KaartPunt[];
  /** Where the search was measured from (postcode centre or the browser's location). */
  zoekpunt: { lat: number; lon: number } | null;
  tegels: string;
  bronvermelding: string;
  /** A click on a marker (mouse or touch) opens that entry. */
  onKies: (id: string) => void;
}

/** The middle of the Westelijke Mijnstreek, for an empty result. */
const STANDAARD_MIDDEN: L.LatLngTuple = [50.97, 5.78];

/**
 * The map beside the result list. It is an extra for sighted mouse and touch users: the list
 * has every result, with the same names and distances, in the same order. So the map is
 * hidden from screen readers (aria-hidden on the wrapper) and has nothing that takes keyboard
 * focus — no keyboard panning, no zoom buttons, no links in the attribution — so it can never
 * trap or confuse keyboard users. Markers are vector circles (no marker images to load).
 *
 * Leaflet positions things with element.style (CSSOM), which the strict CSP allows; it never
 * writes style attributes or <style> elements. When tiles cannot load (offline, blocked) the
 * markers still show on a blank background and the list is unaffected.
 */
export function KaartWeergave({
  punten,
  zoekpunt,
  tegels,
  bronvermelding,
  onKies,
}: KaartWeergaveProps) {
  const element = useRef<HTMLDivElement>(null);
  const kaart = useRef<L.Map | null>(null);
  const laag = useRef<L.LayerGroup | null>(null);
  const kies = useRef(onKies);
  kies.current = onKies;

  useEffect(() => {
    if (!element.current) return;
    const map = L.map(element.current, {
      keyboard: false,
      zoomControl: false,
      attributionControl: false,
      center: STANDAARD_MIDDEN,
      zoom: 12,
    });
    L.control.attribution({ prefix: false }).addTo(map);
    L.tileLayer(tegels, {
      // Plain text: a link here would be focusable inside an aria-hidden region.
      attribution: bronvermelding.replace(/[<>&"]/g, ''),
      maxZoom: 19,
      minZoom: 6,
    }).addTo(map);
    laag.current = L.layerGroup().addTo(map);
    kaart.current = map;
    return () => {
      map.remove();
      kaart.current = null;
      laag.current = null;
    };
  }, [tegels, bronvermelding]);

  useEffect(() => {
    const map = kaart.current;
    const groep = laag.current;
    if (!map || !groep) return;
    groep.clearLayers();
    const grenzen: L.LatLngTuple[] = [];
    if (zoekpunt) {
      L.circleMarker([zoekpunt.lat, zoekpunt.lon], {
        radius: 6,
        className: 'kring-kaart__zoekpunt',
        interactive: false,
      }).addTo(groep);
      grenzen.push([zoekpunt.lat, zoekpunt.lon]);
    }
    for (const punt of punten) {
      const marker = L.circleMarker([punt.lat, punt.lon], {
        radius: 9,
        className: 'kring-kaart__punt',
      })
        .bindTooltip(punt.naam)
        .on('click', () => kies.current(punt.id))
        .addTo(groep);
      // Leaflet shows the tooltip on focus too; its focus listener makes Chromium put the SVG
      // path in the tab order. Keep it out: the list is the keyboard's way to the entries.
      marker.getElement()?.setAttribute('tabindex', '-1');
      grenzen.push([punt.lat, punt.lon]);
    }
    if (grenzen.length > 1) map.fitBounds(grenzen, { padding: [24, 24], maxZoom: 15 });
    else if (grenzen.length === 1 && grenzen[0]) map.setView(grenzen[0], 14);
  }, [punten, zoekpunt]);

  return <div ref={element} className="kring-kaart__kaart" />;
}
