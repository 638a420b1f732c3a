/** `charter new <model> [--template seed|empty] [--name <name>]` */
import type { TemplateName } from '../../app/templates';
import { TEMPLATES } from '../../app/templates';
import type { Command } from './command';
import { expectPositionals, stringOption, UsageError } from './command';
import { createForCli } from './model';

export const newCommand: Command = {
  name: 'new',
  summary: 'Create a model file from a template (seed or empty).',
  help: `Usage: charter new <model> [--template seed|empty] [--name <name>]

Creates a new model file. It never overwrites an existing file.

Options:
  --template <t>  seed (the default: a CEO, a CIO and a CISO with their duties,
                  assets, policies and RACI) or empty
  --name <name>   the organization's name
  -h, --help      show this help`,
  options: {
    template: { type: 'string' },
    name: { type: 'string' },
  },
  run(args, io) {
    const [model] = expectPositionals(newCommand, args, ['model']) as [string];
    const template = stringOption(args, 'template') ?? 'seed';
    if (!(TEMPLATES as readonly string[]).includes(template)) {
      throw new UsageError(`Unknown template "${template}": use ${TEMPLATES.join(' or ')}.`);
    }
    createForCli(model, template as TemplateName, stringOption(args, 'name')).close();
    io.out(`Created ${model} from the ${template} template.`);
    return Promise.resolve(0);
  },
};
