/** Where the built files are, seen from the bundles in dist/. */
import path from 'node:path';

/**
 * The folder of the running bundle (dist/ or dist/electron/). The hosts
 * run only as esbuild's CommonJS bundles, where `__dirname` is defined.
 */
export function bundleDir(): string {
  if (typeof __dirname !== 'string') throw new Error('bundleDir() only works in the built bundle (dist/).');
  return __dirname;
}

/** dist/renderer, from a bundle in dist/ or dist/electron/. */
export function rendererDir(): string {
  const here = bundleDir();
  const dist = path.basename(here) === 'electron' ? path.dirname(here) : here;
  return path.join(dist, 'renderer');
}
