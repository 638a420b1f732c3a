/**
 * The org chart as a draw.io file (`mxfile` with an uncompressed
 * `mxGraphModel`): vertices at the layout's positions, edges from manager to
 * report along the layout's routes, dotted lines dashed. Labels are escaped and every cell has
 * `html=0`, so draw.io shows them as plain text, never as HTML.
 */
import type { CharterDocument } from '../document';
import { buildChart } from './chart';
import { escapeXml } from './escape';

/** The layout's bends as draw.io waypoints; draw.io finds where the ends meet the boxes. */
function waypoints(points: readonly { x: number; y: number }[]): string {
  const inner = points.slice(1, -1);
  if (inner.length === 0) return '<mxGeometry relative="1" as="geometry"/>';
  const list = inner.map((p) => `<mxPoint x="${p.x}" y="${p.y}"/>`).join('');
  return `<mxGeometry relative="1" as="geometry"><Array as="points">${list}</Array></mxGeometry>`;
}

/** The document's chart as draw.io XML. */
export function renderDrawio(doc: CharterDocument): string {
  const chart = buildChart(doc);
  const cellId = new Map<string, string>();
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<mxfile host="Charter" type="device">',
    `<diagram id="charter" name="${escapeXml(chart.title)}">`,
    `<mxGraphModel dx="0" dy="0" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" pageWidth="${chart.width}" pageHeight="${chart.height}" math="0" shadow="0">`,
    '<root>',
    '<mxCell id="0"/>',
    '<mxCell id="1" parent="0"/>',
  ];
  chart.boxes.forEach((box, i) => {
    const id = `r${i}`;
    cellId.set(box.role.id, id);
    const r = box.role;
    const holders = box.holders.length > 0 ? box.holders.join(', ') : 'Vacant';
    const label = [r.title, r.shortName, holders]
      .filter((s) => s !== '')
      .map(escapeXml)
      .join('&#10;');
    const fill = box.holders.length > 0 ? '#ffffff' : '#fef2f2';
    out.push(
      `<mxCell id="${id}" value="${label}" tooltip="${escapeXml(r.id)}" style="rounded=1;whiteSpace=wrap;html=0;fillColor=${fill};strokeColor=#6b7280;fontFamily=DejaVu Sans;fontSize=12;" vertex="1" parent="1">`,
      `<mxGeometry x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" as="geometry"/>`,
      '</mxCell>',
    );
  });
  chart.edges.forEach((edge, i) => {
    const style =
      edge.kind === 'dotted'
        ? 'edgeStyle=none;rounded=0;html=0;dashed=1;strokeColor=#7c3aed;endArrow=open;'
        : 'edgeStyle=none;rounded=0;html=0;strokeColor=#374151;endArrow=none;';
    out.push(
      `<mxCell id="e${i}" value="" style="${style}" edge="1" parent="1" source="${cellId.get(edge.from) as string}" target="${cellId.get(edge.to) as string}">`,
      waypoints(edge.points),
      '</mxCell>',
    );
  });
  out.push('</root>', '</mxGraphModel>', '</diagram>', '</mxfile>', '');
  return out.join('\n');
}
