import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../app/contract';
import { DEFAULT_CHART_LAYOUT, layoutChart } from '../../app/layout/chart';
import { decodeLayoutJson } from '../../app/layout/wire';
import { warmModel } from '../../db';
import { call, newModel } from './helpers';

describe('whole-model answers cached per revision', () => {
  it('answers model.chart again unchanged from the cache until the model changes', () => {
    const m = newModel('seed');
    const first = call(m, 'model.chart', {});
    expect(call(m, 'model.chart', {})).toBe(first);
    call(m, 'role.update', { id: 'role-ciso', title: 'Head of Security' });
    const next = call(m, 'model.chart', {});
    expect(next).not.toBe(first);
    expect(next.roles.find((r) => r.id === 'role-ciso')?.title).toBe('Head of Security');
    expect(call(m, 'model.summary', {}).roles).toBe(7);
  });

  it('reads the model again after another connection commits a change', () => {
    const m = newModel('seed');
    const before = call(m, 'model.summary', {});
    const other = new Database(m.path);
    other.prepare("UPDATE people SET name = 'Someone Else' WHERE id = (SELECT min(id) FROM people)").run();
    other.prepare("INSERT INTO responsibility_areas (id, name) VALUES ('area-x', 'Vendor risk')").run();
    other.close();
    expect(call(m, 'model.summary', {}).responsibilityAreas).toBe(before.responsibilityAreas + 1);
    const names = call(m, 'model.chart', {}).roles.flatMap((r) => r.holders.map((h) => h.name));
    expect(names).toContain('Someone Else');
  });

  it('answers the chart laid out when asked, cached per revision and options, without descriptions', () => {
    const m = newModel('seed');
    const down = { direction: 'down' as const, compact: true, collapsed: [] };
    const laid = call(m, 'model.chart', { layout: down });
    expect(call(m, 'model.chart', { layout: down })).toBe(laid);
    const ids = laid.roles.map((r) => r.id);
    expect(laid.layout && decodeLayoutJson(laid.layout, ids)).toEqual(layoutChart(laid, down));
    expect(laid.roles[0]).not.toHaveProperty('description');
    expect(call(m, 'model.chart', {})).not.toHaveProperty('layout');

    const right = { direction: 'right' as const, compact: false, collapsed: ['role-cio'] };
    const turned = call(m, 'model.chart', { layout: right });
    expect(turned.layout?.options).toEqual(right);
    expect(turned.layout && decodeLayoutJson(turned.layout, ids).nodes.map((p) => p.id)).not.toContain(
      'role-head-dev',
    );

    call(m, 'role.update', { id: 'role-ciso', title: 'Head of Security' });
    expect(call(m, 'model.chart', { layout: right })).not.toBe(turned);
    expect(() =>
      call(m, 'model.chart', { layout: { direction: 'up', compact: true, collapsed: [] } as never }),
    ).toThrow(/direction/);
  });

  it('is filled by warmModel with what a page asks first, one query per turn, and a closed model only fails its replies', async () => {
    const m = newModel('seed');
    const asked: string[] = [];
    const handlers = new Proxy(m.handlers, {
      get: (target, name: string) => {
        asked.push(name);
        return target[name as keyof typeof target];
      },
    });
    const replies: Reply[] = [];
    warmModel({ handlers }, (reply) => replies.push(reply));
    expect(asked).toEqual([]); // The host answers the page's requests first.
    await vi.waitFor(() => expect(replies).toHaveLength(3));
    expect(asked).toEqual(['model.chart', 'model.chart', 'model.summary', 'governance.check']);
    expect(replies.every((r) => r.ok)).toBe(true);
    const [chart] = replies;
    expect(chart?.ok && chart.result).toBe(call(m, 'model.chart', { layout: DEFAULT_CHART_LAYOUT }));
    m.close();
    const closed: Reply[] = [];
    warmModel(m, (reply) => closed.push(reply));
    await vi.waitFor(() => expect(closed).toHaveLength(3));
    expect(closed.some((r) => r.ok)).toBe(false);
  });
});
