// newsledger web page: plain JS, no libraries, nothing loaded from outside this server.
// Article content only ever reaches the page as text (textContent, SVG <title> text), never as HTML.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const TYPE_COLOURS = {
  ACCUSE: "#b5892b", AGREE: "#2e8b57", AID: "#4caf50", ASSAULT: "#c0392b", COERCE: "#8e44ad", CONCEDE: "#16a085",
  CONSULT: "#1f77b4", COOPERATE: "#17becf", MOBILIZE: "#d35400", PROTEST: "#e67e22", REJECT: "#7f8c8d",
  REQUEST: "#3498db", RETREAT: "#95a5a6", SANCTION: "#6d4c41", SUPPORT: "#27ae60", THREATEN: "#e74c3c",
};
const KIND_COLOURS = { person: "#d0661b", organization: "#7c4dbb", country: "#2e8b57", group: "#b5892b" };

function svg(tag, attrs, parent) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (parent) parent.appendChild(node);
  return node;
}

function svgText(parent, x, y, text, attrs) {
  const t = svg("text", Object.assign({ x, y }, attrs || {}), parent);
  t.textContent = text;
  return t;
}

function tip(node, text) {
  const t = svg("title", {}, node);
  t.textContent = text;
}

function message(box, text) {
  box.replaceChildren();
  const p = document.createElement("p");
  p.className = "empty";
  p.textContent = text;
  box.appendChild(p);
}

async function getJSON(url) {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(url + ": " + res.status);
  return res.json();
}

// -- article view: layer toggles and linking the text with the record ----------------------------
function flash(nodes) {
  document.querySelectorAll(".flash").forEach((n) => n.classList.remove("flash"));
  nodes.forEach((n) => n.classList.add("flash"));
  if (nodes.length) nodes[0].scrollIntoView({ block: "nearest", behavior: "smooth" });
}

function articlePage() {
  const text = document.getElementById("text");
  document.querySelectorAll("#layers input[type=checkbox]").forEach((box) => {
    box.addEventListener("change", () => text.classList.toggle("show-" + box.value, box.checked));
  });
  text.addEventListener("click", (ev) => {
    const span = ev.target.closest("span[data-refs]");
    if (!span) return;
    const items = span.dataset.refs.split(" ").map((r) => document.getElementById("r-" + r)).filter(Boolean);
    flash(items);
  });
  document.querySelectorAll("#record li.ref").forEach((li) => {
    li.addEventListener("click", (ev) => {
      if (ev.target.closest("a")) return;
      const ref = li.dataset.ref;
      flash(Array.from(text.querySelectorAll("span[data-refs~=\"" + CSS.escape(ref) + "\"]")));
    });
  });
}

// -- timeline ----------------------------------------------------------------------------------------
function addPeriod(day, granularity) {
  const d = new Date(day + "T00:00:00Z");
  if (granularity === "week") d.setUTCDate(d.getUTCDate() + 6);
  else if (granularity === "month") { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  else if (granularity === "year") { d.setUTCFullYear(d.getUTCFullYear() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

async function timelinePage() {
  const box = document.getElementById("timeline");
  let data;
  try { data = await getJSON(box.dataset.api); } catch (e) { message(box, "Could not load the timeline."); return; }
  if (!data.buckets.length) { message(box, "No dated events match."); return; }
  const types = Array.from(new Set(data.buckets.map((b) => b.type))).sort();
  const stamps = data.buckets.map((b) => Date.parse(b.bucket));
  const t0 = Math.min(...stamps), t1 = Math.max(...stamps);
  const span = Math.max(t1 - t0, 86400000);
  const left = 110, right = 30, pad = 18, top = 20, row = 34, width = 1100;
  const height = top + row * types.length + 40;
  const x = (day) => left + pad + ((Date.parse(day) - t0) / span) * (width - left - right - 2 * pad);
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "timeline of events" });
  const grid = svg("g", { class: "grid" }, root);
  types.forEach((t, i) => {
    const y = top + row * i + row / 2;
    svg("line", { x1: left, x2: width - right, y1: y, y2: y }, grid);
    svgText(root, left - 8, y + 4, t, { "text-anchor": "end" });
  });
  const axis = svg("g", { class: "axis" }, root);
  const yAxis = top + row * types.length + 6;
  svg("line", { x1: left, x2: width - right, y1: yAxis, y2: yAxis }, axis);
  const ticks = 8;
  for (let i = 0; i <= ticks; i++) {
    const day = new Date(t0 + (span * i) / ticks).toISOString().slice(0, 10);
    const xx = left + pad + (i / ticks) * (width - left - right - 2 * pad);
    svg("line", { x1: xx, x2: xx, y1: yAxis, y2: yAxis + 5 }, axis);
    svgText(root, xx, yAxis + 18, day, { "text-anchor": "middle" });
  }
  const max = Math.max(...data.buckets.map((b) => b.n));
  const here = new URLSearchParams(location.search);
  for (const b of data.buckets) {
    const r = 3 + 11 * Math.sqrt(b.n / max);
    const dot = svg("circle", { class: "dot", cx: x(b.bucket), cy: top + row * types.indexOf(b.type) + row / 2, r,
      fill: TYPE_COLOURS[b.type] || "#555" }, root);
    tip(dot, `${b.type}: ${b.n} event${b.n === 1 ? "" : "s"}, ${data.granularity} of ${b.bucket}`);
    dot.addEventListener("click", () => {
      const q = new URLSearchParams();
      for (const k of ["actor", "place", "status"]) if (here.get(k)) q.set(k, here.get(k));
      q.set("type", b.type);
      q.set("date_from", b.bucket);
      q.set("date_to", data.granularity === "day" ? b.bucket : addPeriod(b.bucket, data.granularity));
      location.href = "/events?" + q.toString();
    });
  }
  const info = document.createElement("p");
  info.className = "sub";
  info.textContent = `${data.total} events from ${data.first} to ${data.last}, per ${data.granularity}.`;
  box.replaceChildren(root, info);
}

// -- map: country outlines decoded from TopoJSON, drawn equirectangular ------------------------------
function topoRings(topo, object) {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = (ids) => {
    const pts = [];
    ids.forEach((id, k) => {
      const a = id < 0 ? arcs[~id].slice().reverse() : arcs[id];
      pts.push(...(k ? a.slice(1) : a));
    });
    return pts;
  };
  return topo.objects[object].geometries.map((g) => {
    const polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    return { name: (g.properties || {}).name || "", rings: polys.flatMap((p) => p.map(ring)) };
  });
}

const MAP_K = 960 / 360, MAP_TOP = 85;
const project = (lon, lat) => [(lon + 180) * MAP_K, (MAP_TOP - lat) * MAP_K];

async function mapPage() {
  const box = document.getElementById("map");
  let topo, places;
  try {
    [topo, places] = await Promise.all([getJSON(box.dataset.basemap), getJSON(box.dataset.api)]);
  } catch (e) { message(box, "Could not load the map."); return; }
  const root = svg("svg", { role: "img", "aria-label": "map of places" });
  const land = svg("g", {}, root);
  for (const c of topoRings(topo, "countries")) {
    let d = "";
    for (const r of c.rings) {
      let prev = null;
      r.forEach(([lon, lat]) => {
        const [px, py] = project(lon, lat);
        const jump = prev !== null && Math.abs(lon - prev) > 180;
        d += (d === "" || jump || prev === null ? "M" : "L") + px.toFixed(1) + "," + py.toFixed(1);
        prev = lon;
      });
      d += "Z";
      prev = null;
    }
    const path = svg("path", { class: "country", d }, land);
    tip(path, c.name);
  }
  const items = places.items;
  const max = Math.max(1, ...items.map((p) => p.mentions));
  const dots = svg("g", {}, root);
  // Biggest first so small places stay clickable on top.
  for (const p of items.slice().sort((a, b) => b.mentions - a.mentions)) {
    const [cx, cy] = project(p.lon, p.lat);
    const dot = svg("circle", { class: "place", cx: cx.toFixed(2), cy: cy.toFixed(2),
      r: (1.5 + 9 * Math.sqrt(p.mentions / max)).toFixed(2) }, dots);
    tip(dot, `${p.name} (${p.kind}${p.country ? ", " + p.country : ""}): ${p.mentions} mentions in ${p.articles} articles`);
    dot.addEventListener("click", () => { location.href = "/events?place=" + encodeURIComponent(p.name); });
  }
  // Frame the places (at least 60 degrees wide), else the world.
  let view = [0, 0, 960, (MAP_TOP + 58) * MAP_K];
  if (items.length) {
    const xs = items.map((p) => project(p.lon, p.lat)[0]), ys = items.map((p) => project(p.lon, p.lat)[1]);
    let x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    const w = Math.max(x1 - x0, 60 * MAP_K) * 1.15, h = Math.max(y1 - y0, w / 2.2) * 1.15;
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    if (w < 900) view = [cx - w / 2, cy - h / 2, w, h];
  }
  root.setAttribute("viewBox", view.map((v) => v.toFixed(1)).join(" "));
  const controls = document.createElement("p");
  controls.className = "sub";
  const world = document.createElement("button");
  world.type = "button";
  world.textContent = "whole world";
  world.addEventListener("click", () => root.setAttribute("viewBox", `0 0 960 ${(MAP_TOP + 58) * MAP_K}`));
  const fit = document.createElement("button");
  fit.type = "button";
  fit.textContent = "fit places";
  fit.addEventListener("click", () => root.setAttribute("viewBox", view.join(" ")));
  controls.append(world, " ", fit, ` ${items.length} places; click one for its events.`);
  box.replaceChildren(root, controls);
}

// -- network: a small force layout, computed here ----------------------------------------------------
function layout(nodes, edges, width, height) {
  const n = nodes.length;
  nodes.forEach((node, i) => {
    const a = (2 * Math.PI * i) / n;
    node.x = width / 2 + (width / 3) * Math.cos(a);
    node.y = height / 2 + (height / 3) * Math.sin(a);
  });
  const index = new Map(nodes.map((node, i) => [node.name, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  const k = Math.min(Math.sqrt((width * height) / Math.max(n, 1)) * 0.6, 140);
  let temp = width / 8;
  for (let it = 0; it < 300; it++) {
    const dx = new Float64Array(n), dy = new Float64Array(n);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
      const d = Math.max(Math.hypot(x, y), 0.01), f = (k * k) / d;
      x /= d; y /= d;
      dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
    }
    for (const [a, b] of links) {
      let x = nodes[a].x - nodes[b].x, y = nodes[a].y - nodes[b].y;
      const d = Math.max(Math.hypot(x, y), 0.01), f = (d * d) / k;
      x /= d; y /= d;
      dx[a] -= x * f; dy[a] -= y * f; dx[b] += x * f; dy[b] += y * f;
    }
    for (let i = 0; i < n; i++) {
      // A weak pull to the centre keeps separate groups on screen.
      dx[i] += (width / 2 - nodes[i].x) * 0.03; dy[i] += (height / 2 - nodes[i].y) * 0.05;
      const d = Math.max(Math.hypot(dx[i], dy[i]), 0.01), step = Math.min(d, temp);
      nodes[i].x = Math.min(width - 90, Math.max(90, nodes[i].x + (dx[i] / d) * step));
      nodes[i].y = Math.min(height - 25, Math.max(25, nodes[i].y + (dy[i] / d) * step));
    }
    temp *= 0.985;
  }
}

async function networkPage() {
  const box = document.getElementById("network");
  let data;
  try { data = await getJSON(box.dataset.api); } catch (e) { message(box, "Could not load the network."); return; }
  if (!data.nodes.length) { message(box, "No events with both a source and a target match."); return; }
  const width = 1100, height = 640;
  layout(data.nodes, data.edges, width, height);
  const byName = new Map(data.nodes.map((n) => [n.name, n]));
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "net", role: "img", "aria-label": "network of actors" });
  const defs = svg("defs", {}, root);
  const marker = svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9,
    markerUnits: "userSpaceOnUse", orient: "auto" }, defs);
  svg("path", { d: "M0,0 L10,5 L0,10 z", fill: "#7b8794" }, marker);
  const maxN = Math.max(...data.edges.map((e) => e.n));
  const maxDeg = Math.max(...data.nodes.map((n) => n.degree));
  const radius = (n) => 5 + 12 * Math.sqrt(n.degree / maxDeg);
  const edgeLayer = svg("g", {}, root);
  for (const e of data.edges) {
    const a = byName.get(e.source), b = byName.get(e.target);
    if (!a || !b) continue;
    // A gentle curve, so that A→B and B→A stay apart; it ends at the target's rim.
    const d = Math.max(Math.hypot(b.x - a.x, b.y - a.y), 1), ux = (b.x - a.x) / d, uy = (b.y - a.y) / d;
    const mx = (a.x + b.x) / 2 - uy * d * 0.12, my = (a.y + b.y) / 2 + ux * d * 0.12;
    const cd = Math.max(Math.hypot(b.x - mx, b.y - my), 1), rb = radius(b) + 2;
    const ex = b.x - ((b.x - mx) / cd) * rb, ey = b.y - ((b.y - my) / cd) * rb;
    const line = svg("path", { class: "edge", d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      "stroke-width": (1 + 4 * (e.n / maxN)).toFixed(2), "marker-end": "url(#arrow)" }, edgeLayer);
    tip(line, `${e.source} → ${e.target}: ${e.n} event${e.n === 1 ? "" : "s"} (${e.types.join(", ")})`);
  }
  for (const n of data.nodes) {
    const g = svg("g", { class: "node", transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})` }, root);
    const c = svg("circle", { r: radius(n).toFixed(1), fill: KIND_COLOURS[n.kind] || "#5d6875" }, g);
    tip(c, `${n.name} (${n.kind || "?"}): ${n.degree} events in the network, in ${n.articles} articles`);
    svgText(g, 0, -radius(n) - 3, n.name.length > 28 ? n.name.slice(0, 27) + "…" : n.name, { "text-anchor": "middle" });
    c.addEventListener("click", () => { location.href = "/actor?name=" + encodeURIComponent(n.name); });
  }
  const legend = document.createElement("p");
  legend.className = "sub";
  legend.textContent = "Colours: " + Object.keys(KIND_COLOURS).map((k) => k).join(", ") +
    ` (orange, purple, green, gold). ${data.nodes.length} actors, ${data.edges.length} links.`;
  box.replaceChildren(root, legend);
}

const PAGES = { article: articlePage, timeline: timelinePage, map: mapPage, network: networkPage };
document.addEventListener("DOMContentLoaded", () => {
  const run = PAGES[document.body.dataset.page];
  if (run) run();
});
