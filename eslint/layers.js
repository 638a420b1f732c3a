// The layer table of DESIGN.md as a lint rule. Deny by default: a file in
// no known layer, or an import its layer does not allow, is an error.
import { builtinModules } from 'node:module';
import path from 'node:path';

const builtins = new Set(builtinModules);

/** What each layer may import: other layers (folders) and packages. */
export const LAYERS = {
  app: { layers: ['app'], packages: ['zod', 'd3-flextree'], node: false },
  db: { layers: ['app', 'db'], packages: ['better-sqlite3'], node: true },
  main: {
    layers: ['app', 'db', 'main'],
    packages: [
      'electron',
      'better-sqlite3',
      '@resvg/resvg-js',
      'pdfkit',
      'svg-to-pdfkit',
      'exceljs',
      'fontkit',
      'jszip',
    ],
    node: true,
  },
  renderer: {
    layers: ['app', 'renderer'],
    packages: ['react', 'react-dom', '@xyflow/react'],
    node: false,
  },
};

/** Folders outside the product's layers, free to import what they need. */
const FREE = ['tests', 'scripts', 'bin', 'eslint'];

function packageName(source) {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The top folder of a file, '.' for a file at the root, null outside the repo. */
function topFolder(root, file) {
  const rel = path.relative(root, file);
  if (rel.startsWith('..')) return null;
  const parts = rel.split(path.sep);
  return parts.length > 1 ? parts[0] : '.';
}

/** The top folder an import points into (the path may name a folder itself). */
function targetFolder(root, target) {
  const rel = path.relative(root, target);
  if (rel === '' || rel.startsWith('..')) return null;
  return rel.split(path.sep)[0];
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layer table of DESIGN.md' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const folder = topFolder(root, file);
    if (folder === null || folder === '.' || FREE.includes(folder)) return {};
    const layer = LAYERS[folder];
    if (!layer) {
      return {
        Program(node) {
          context.report({
            node,
            message: `No layer rule covers "${folder}/"; add it to eslint/layers.js and DESIGN.md.`,
          });
        },
      };
    }
    function check(node, source) {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = targetFolder(root, path.resolve(path.dirname(file), source));
        if (!layer.layers.includes(target))
          context.report({
            node,
            message: `${folder}/ may not import from ${target}/ (DESIGN.md layer table).`,
          });
        return;
      }
      if (source.startsWith('node:') || builtins.has(source)) {
        if (!layer.node)
          context.report({ node, message: `${folder}/ may not import Node built-ins ("${source}").` });
        else if (!source.startsWith('node:'))
          context.report({
            node,
            message: `Import Node built-ins with the node: prefix ("node:${source}").`,
          });
        return;
      }
      const name = packageName(source);
      if (!layer.packages.includes(name))
        context.report({ node, message: `${folder}/ may not import "${name}" (DESIGN.md layer table).` });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require' &&
          node.arguments[0]?.type === 'Literal'
        )
          check(node, node.arguments[0].value);
      },
    };
  },
};
