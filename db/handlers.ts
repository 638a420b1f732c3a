/**
 * Every endpoint of the contract, implemented against one open model.
 */
import type { Handlers } from '../app/contract';
import { createArea, deleteArea, updateArea } from './commands/areas';
import { createAsset, deleteAsset, updateAsset } from './commands/assets';
import { updateGovernance } from './commands/governance';
import { addLine, removeLine } from './commands/lines';
import { importModel, renameModel } from './commands/model';
import { createPerson, deletePerson, removeHolder, setHolder, updatePerson } from './commands/people';
import { createPolicy, deletePolicy, setPolicyAssets, updatePolicy } from './commands/policies';
import { setRaci } from './commands/raci';
import { deleteMany } from './commands/registers';
import { createRole, deleteRole, moveRole, updateRole } from './commands/roles';
import type { Context } from './context';
import { exportDocument } from './document';
import { redo, undo } from './history';
import { importApply, importPreview } from './hr-import';
import { governanceCheck, governanceRules } from './queries/governance';
import { listHistory } from './queries/history';
import { modelChart, modelInfo, modelSummary } from './queries/model';
import { listAreas, listAssets, listAssignments, listPeople, listPolicies } from './queries/registers';
import { roleDetail } from './queries/roles';
import { roleRollup } from './queries/rollup';

export function createHandlers(ctx: Context): Handlers {
  return {
    'model.info': () => modelInfo(ctx),
    'model.summary': () => modelSummary(ctx),
    'model.chart': (input) => modelChart(ctx, input),
    'model.export': () => exportDocument(ctx.db),
    'role.detail': (input) => roleDetail(ctx, input.id),
    'role.rollup': (input) => roleRollup(ctx, input.id),
    'people.list': () => listPeople(ctx),
    'policies.list': () => listPolicies(ctx),
    'assets.list': () => listAssets(ctx),
    'areas.list': () => listAreas(ctx),
    'assignments.list': () => listAssignments(ctx),
    'history.list': (input) => listHistory(ctx, input.limit),
    'governance.check': (input) => governanceCheck(ctx, input),
    'governance.rules': () => governanceRules(ctx),
    'import.preview': (input) => importPreview(ctx, input),

    'model.rename': (input) => renameModel(ctx, input),
    'model.import': (input) => importModel(ctx, input),
    'role.create': (input) => createRole(ctx, input),
    'role.update': (input) => updateRole(ctx, input),
    'role.delete': (input) => deleteRole(ctx, input),
    'role.move': (input) => moveRole(ctx, input),
    'person.create': (input) => createPerson(ctx, input),
    'person.update': (input) => updatePerson(ctx, input),
    'person.delete': (input) => deletePerson(ctx, input),
    'holder.set': (input) => setHolder(ctx, input),
    'holder.remove': (input) => removeHolder(ctx, input),
    'line.add': (input) => addLine(ctx, input),
    'line.remove': (input) => removeLine(ctx, input),
    'area.create': (input) => createArea(ctx, input),
    'area.update': (input) => updateArea(ctx, input),
    'area.delete': (input) => deleteArea(ctx, input),
    'policy.create': (input) => createPolicy(ctx, input),
    'policy.update': (input) => updatePolicy(ctx, input),
    'policy.delete': (input) => deletePolicy(ctx, input),
    'policy.setAssets': (input) => setPolicyAssets(ctx, input),
    'asset.create': (input) => createAsset(ctx, input),
    'asset.update': (input) => updateAsset(ctx, input),
    'asset.delete': (input) => deleteAsset(ctx, input),
    'raci.set': (input) => setRaci(ctx, input),
    'governance.update': (input) => updateGovernance(ctx, input),
    'registers.deleteMany': (input) => deleteMany(ctx, input),
    'history.undo': () => undo(ctx),
    'history.redo': () => redo(ctx),
    'import.apply': (input) => importApply(ctx, input),
  };
}
