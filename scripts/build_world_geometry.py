"""Build ``src/communique/web/static/world-110m.json``, the country shapes of the ``/map`` page.

Source: Natural Earth 1:110m Admin 0 countries (public domain), as TopoJSON in the npm
package ``world-atlas`` (``countries-110m.json``; ISC licence, by Mike Bostock). Fetch it
once, then run this script; nothing is downloaded at run time::

    cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz
    python scripts/build_world_geometry.py /tmp/package/countries-110m.json

What it writes: every country (Antarctica left out) as an SVG path already projected
(Natural Earth I projection, the polynomial of Šavrič et al. 2015, as in d3-geo's
``geoNaturalEarth1``), in relative integer coordinates on a ``width`` × ``height`` canvas,
keyed by ISO 3166-1 alpha-3. Natural Earth ids are ISO numeric codes; ``pycountry`` maps
them to alpha-3, ``NO_NUMERIC`` names the three shapes that carry no code. States too small
for 1:110m (Singapore, Malta, Bahrain, island states: the 29 states of ``actors/states.yaml``
without a shape there) are taken from ``countries-50m.json`` beside it as a point (``dot``: the middle of their largest ring), which the map draws as a
small circle. The browser only draws (``static/map.js``); names come from
``actors/states.yaml`` at run time.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

#: Shapes without an ISO numeric id in Natural Earth: name -> alpha-3 (None: no state code;
#: drawn, never shaded).
NO_NUMERIC = {"Kosovo": "XKX", "N. Cyprus": None, "Somaliland": None}
#: Left out: no events are coded there and it takes a third of the height.
LEFT_OUT = {"010"}  # Antarctica
#: Canvas units per radian of the projection (the canvas is about 985 wide).
SCALE = 180.0
OUT = Path(__file__).resolve().parents[1] / "src" / "communique" / "web" / "static" / "world-110m.json"


def natural_earth(lon: float, lat: float) -> tuple[float, float]:
    """Natural Earth I projection of degrees to unit-sphere plane coordinates (y up)."""
    lam, phi = math.radians(lon), math.radians(lat)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, y


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs (quantised, delta-encoded) as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    """One closed ring from arc indexes (a negative index ~i is arc i reversed)."""
    out: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(points if not out else points[1:])
    return out


def _clip(points: list[tuple[float, float]], edge: float, keep_below: bool) -> list[tuple[float, float]]:
    """Sutherland-Hodgman: the part of a closed ring on one side of the meridian ``edge``."""
    inside = (lambda p: p[0] <= edge) if keep_below else (lambda p: p[0] >= edge)
    out: list[tuple[float, float]] = []
    for a, b in zip(points, points[1:] + points[:1]):
        if inside(b):
            if not inside(a):
                out.append(_cross(a, b, edge))
            out.append(b)
        elif inside(a):
            out.append(_cross(a, b, edge))
    return out


def _cross(a: tuple[float, float], b: tuple[float, float], lon: float) -> tuple[float, float]:
    t = (lon - a[0]) / (b[0] - a[0])
    return lon, a[1] + t * (b[1] - a[1])


def split_antimeridian(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring that crosses 180° (Russia's Chukotka, Fiji) as rings inside [-180, 180]: its
    longitudes unwrapped into one continuous run, then cut at ±180 and the overhang moved
    to the other edge. A ring that does not cross is returned as it is."""
    unwrapped = [points[0]]
    for lon, lat in points[1:]:
        prev = unwrapped[-1][0]
        while lon - prev > 180:
            lon -= 360
        while lon - prev < -180:
            lon += 360
        unwrapped.append((lon, lat))
    if all(-180 <= lon <= 180 for lon, _ in unwrapped):
        return [points]
    pieces = []
    for shift in (-360, 0, 360):
        moved = [(lon + shift, lat) for lon, lat in unwrapped]
        piece = _clip(_clip(moved, 180, True), -180, False)
        if len(piece) >= 3:
            pieces.append(piece)
    return pieces


def path(rings: list[list[tuple[float, float]]], x0: float, y0: float) -> str:
    """SVG path data: each ring as an absolute move then relative integer steps."""
    parts = []
    for r in rings:
        pts = []
        for lon, lat in r:
            x, y = natural_earth(lon, lat)
            p = (round(x * SCALE - x0), round(y0 - y * SCALE))
            if not pts or p != pts[-1]:
                pts.append(p)
        if len(pts) < 3:
            continue
        steps = [f"M{pts[0][0]} {pts[0][1]}"]
        steps += [f"l{b[0] - a[0]} {b[1] - a[1]}" for a, b in zip(pts, pts[1:])]
        parts.append("".join(steps) + "z")
    return "".join(parts).replace(" -", "-")


def shapes(topology: dict) -> list[tuple[str | None, str, list[list[tuple[float, float]]]]]:
    """``(alpha-3, Natural Earth name, rings)`` of every country but ``LEFT_OUT``."""
    import pycountry

    arcs = decode_arcs(topology)
    out = []
    for geom in topology["objects"]["countries"]["geometries"]:
        numeric, name = geom.get("id"), geom["properties"]["name"]
        if numeric in LEFT_OUT:
            continue
        if numeric is None:
            iso3 = NO_NUMERIC.get(name)
        else:
            found = pycountry.countries.get(numeric=numeric)
            iso3 = found.alpha_3 if found else None
        polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        out.append((iso3, name, [piece for polygon in polygons for r in polygon
                                 for piece in split_antimeridian(ring(arcs, r))]))
    return out


def dot(rings: list[list[tuple[float, float]]], x0: float, y0: float) -> list[int]:
    """Canvas point in the middle of the largest ring's bounding box (by projected area)."""
    def projected(r):
        return [natural_earth(lon, lat) for lon, lat in r]

    def area(points):
        return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:] + points[:1]))) / 2

    biggest = max((projected(r) for r in rings), key=area)
    xs, ys = [p[0] for p in biggest], [p[1] for p in biggest]
    return [round((min(xs) + max(xs)) / 2 * SCALE - x0), round(y0 - (min(ys) + max(ys)) / 2 * SCALE)]


def build(source: Path) -> dict:
    x_max, _ = natural_earth(180, 0)
    _, y_top = natural_earth(0, 84)
    _, y_bottom = natural_earth(0, -60)
    x0, y0 = -x_max * SCALE, y_top * SCALE
    countries = [{"id": iso3, "name": name, "d": path(rings, x0, y0)}
                 for iso3, name, rings in shapes(json.loads(source.read_text("utf-8")))]
    finer = source.with_name("countries-50m.json")
    if finer.is_file():
        from communique.web.labels import country_names

        states = set(country_names())  # the actor knowledge base's states: no territories as points
        drawn = {c["id"] for c in countries}
        countries += [{"id": iso3, "name": name, "dot": dot(rings, x0, y0)}
                      for iso3, name, rings in shapes(json.loads(finer.read_text("utf-8")))
                      if iso3 in states and iso3 not in drawn and rings]
    countries.sort(key=lambda c: (c["id"] is None, c["id"] or c["name"]))
    return {"source": "Natural Earth 1:110m Admin 0 countries (public domain), via world-atlas 2 "
                      "(countries-110m.json); built by scripts/build_world_geometry.py",
            "projection": "Natural Earth I", "width": round(2 * x_max * SCALE),
            "height": round((y_top - y_bottom) * SCALE), "countries": countries}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="countries-110m.json from the world-atlas npm package")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = build(args.source)
    args.out.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n", "utf-8")
    dots = sum(1 for c in data["countries"] if "dot" in c)
    print(f"{args.out}: {len(data['countries'])} countries ({dots} as points), {args.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
