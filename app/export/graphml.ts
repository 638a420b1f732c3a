/**
 * The org chart as GraphML with yFiles extensions, so yEd opens it with
 * boxes at the layout's positions, labels, and dashed dotted lines. Plain
 * GraphML keys carry the role data for other tools.
 */
import type { CharterDocument } from '../document';
import type { Chart, ChartBox, ChartEdge } from './chart';
import { buildChart } from './chart';
import { escapeXml } from './escape';

const KEYS = [
  '<key for="node" id="ng" yfiles.type="nodegraphics"/>',
  '<key for="edge" id="eg" yfiles.type="edgegraphics"/>',
  '<key for="node" id="roleId" attr.name="roleId" attr.type="string"/>',
  '<key for="node" id="title" attr.name="title" attr.type="string"/>',
  '<key for="node" id="shortName" attr.name="shortName" attr.type="string"/>',
  '<key for="node" id="function" attr.name="function" attr.type="string"/>',
  '<key for="node" id="holders" attr.name="holders" attr.type="string"/>',
  '<key for="edge" id="kind" attr.name="kind" attr.type="string"/>',
];

/** The edge's bends; yEd measures the end points from the centres of the boxes. */
function yPath(edge: ChartEdge, chart: Chart): string {
  const from = chart.byId.get(edge.from) as ChartBox;
  const to = chart.byId.get(edge.to) as ChartBox;
  const first = edge.points[0];
  const last = edge.points[edge.points.length - 1];
  if (!first || !last) return '';
  const sx = first.x - (from.x + from.width / 2);
  const sy = first.y - (from.y + from.height / 2);
  const tx = last.x - (to.x + to.width / 2);
  const ty = last.y - (to.y + to.height / 2);
  const bends = edge.points
    .slice(1, -1)
    .map((p) => `<y:Point x="${p.x}" y="${p.y}"/>`)
    .join('');
  return `<y:Path sx="${sx}" sy="${sy}" tx="${tx}" ty="${ty}">${bends}</y:Path>`;
}

/** The document's chart as a GraphML string (edges run from manager to report). */
export function renderGraphml(doc: CharterDocument): string {
  const chart = buildChart(doc);
  const nodeId = new Map<string, string>();
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    ...KEYS,
    `<graph id="G" edgedefault="directed">`,
    `<desc>${escapeXml(chart.title)}</desc>`,
  ];
  chart.boxes.forEach((box, i) => {
    const id = `n${i}`;
    nodeId.set(box.role.id, id);
    const r = box.role;
    const holders = box.holders.length > 0 ? box.holders.join(', ') : 'Vacant';
    const label = [r.title, r.shortName, holders]
      .filter((s) => s !== '')
      .map(escapeXml)
      .join('&#10;');
    out.push(
      `<node id="${id}">`,
      `<data key="roleId">${escapeXml(r.id)}</data>`,
      `<data key="title">${escapeXml(r.title)}</data>`,
      `<data key="shortName">${escapeXml(r.shortName)}</data>`,
      `<data key="function">${escapeXml(r.function)}</data>`,
      `<data key="holders">${escapeXml(box.holders.join(', '))}</data>`,
      `<data key="ng"><y:ShapeNode><y:Geometry x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"/>` +
        `<y:Fill color="${box.holders.length > 0 ? '#FFFFFF' : '#FEF2F2'}" transparent="false"/><y:BorderStyle color="#6B7280" type="line" width="1.0"/>` +
        `<y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="DejaVu Sans" fontSize="12" modelName="internal" modelPosition="c">${label}</y:NodeLabel>` +
        `<y:Shape type="roundrectangle"/></y:ShapeNode></data>`,
      '</node>',
    );
  });
  chart.edges.forEach((edge, i) => {
    const dotted = edge.kind === 'dotted';
    out.push(
      `<edge id="e${i}" source="${nodeId.get(edge.from) as string}" target="${nodeId.get(edge.to) as string}">`,
      `<data key="kind">${edge.kind}</data>`,
      `<data key="eg"><y:PolyLineEdge>${yPath(edge, chart)}<y:LineStyle color="${dotted ? '#7C3AED' : '#374151'}" type="${dotted ? 'dashed' : 'line'}" width="1.5"/>` +
        `<y:Arrows source="none" target="${dotted ? 'standard' : 'none'}"/><y:BendStyle smoothed="false"/></y:PolyLineEdge></data>`,
      '</edge>',
    );
  });
  out.push('</graph>', '</graphml>', '');
  return out.join('\n');
}
