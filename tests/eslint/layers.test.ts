import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'charter/layers').map((m) => m.message);
}

describe('the layer rule', () => {
  it('lets app/ import zod and itself', async () => {
    expect(await layerErrors('app/x.ts', "import { z } from 'zod';\nimport { LIMITS } from './limits';\nexport const a = [z, LIMITS];\n")).toEqual([]);
  });

  it('refuses Node built-ins, React and other layers in app/', async () => {
    const errors = await layerErrors(
      'app/x.ts',
      "import fs from 'node:fs';\nimport React from 'react';\nimport { openModel } from '../db/index';\nexport const a = [fs, React, openModel];\n",
    );
    expect(errors).toHaveLength(3);
  });

  it('refuses electron and main/ in db/', async () => {
    const errors = await layerErrors('db/x.ts', "import { app } from 'electron';\nimport { x } from '../main/cli';\nexport const a = [app, x];\n");
    expect(errors).toHaveLength(2);
  });

  it('refuses node:, db/ and main/ in renderer/', async () => {
    const errors = await layerErrors(
      'renderer/x.ts',
      "import path from 'node:path';\nimport { openModel } from '../db/index';\nimport { x } from '../main/cli';\nexport const a = [path, openModel, x];\n",
    );
    expect(errors).toHaveLength(3);
  });

  it('refuses renderer/ in main/, and a bare built-in without the node: prefix', async () => {
    const errors = await layerErrors('main/x.ts', "import { App } from '../renderer/App';\nimport fs from 'fs';\nexport const a = [App, fs];\n");
    expect(errors).toHaveLength(2);
  });

  it('lets main/ import db/ by its folder', async () => {
    expect(await layerErrors('main/cli/x.ts', "import { openModel } from '../../db';\nexport const a = openModel;\n")).toEqual([]);
  });

  it('refuses a file in a folder no layer covers', async () => {
    const errors = await layerErrors('shared/x.ts', 'export const a = 1;\n');
    expect(errors[0]).toMatch(/No layer rule covers/);
  });
});
