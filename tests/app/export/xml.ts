/** fast-xml-parser helpers for the export tests. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

type Node = Record<string, unknown>;

/** Parses XML after checking it is well-formed; elements are always arrays. */
export function parseXml(xml: string): Node {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
    trimValues: false,
    htmlEntities: true,
  }).parse(xml) as Node;
}

/** Every element called `name`, anywhere below `node`. */
export function elements(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const item of node) elements(item, name, out);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === name)
        for (const item of value as unknown[])
          out.push(typeof item === 'object' ? (item as Node) : { '#text': item });
      if (!key.startsWith('@_')) elements(value, name, out);
    }
  }
  return out;
}

/** All text content and attribute values below `node`, decoded. */
export function allText(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (typeof node === 'number') out.push(String(node));
  else if (Array.isArray(node)) for (const item of node) allText(item, out);
  else if (node !== null && typeof node === 'object')
    for (const value of Object.values(node)) allText(value, out);
  return out;
}
