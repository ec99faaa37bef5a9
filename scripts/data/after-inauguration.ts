import { pick, randomInt } from '../../src/domain/random.ts';
import { add, GLOBAL_PARTNERS, SCO_PARTNERS, type Context } from './flow-maker.ts';
import { hubs } from './reported.ts';
import { TITLES } from './titles.ts';

/** Flows after the inauguration: the center, its hubs and its nodes, up to the later version. */
export function generateAfterInauguration(ctx: Context, until: string): void {
  const after: [string, string] = ['2025-09-05', until];
  const { rng } = ctx;
  for (const hub of hubs) {
    for (let i = 0; i < 3; i++)
      add(
        ctx,
        'i2-jointrd',
        'project',
        'joint-rd',
        hub.id,
        'qingdao',
        after,
        randomInt(rng, 1, 4),
        TITLES.jointRd,
      );
    add(ctx, 'i2-linkage', 'agreement', 'hub-agreement', 'qingdao', hub.id, after, 1, TITLES.linkage);
    for (let i = 0; i < 2; i++)
      add(
        ctx,
        'i2-exchange',
        'talent',
        'talent-exchange',
        'qingdao',
        hub.id,
        after,
        randomInt(rng, 2, 10),
        TITLES.exchange,
      );
  }
  const partners = [...SCO_PARTNERS, ...GLOBAL_PARTNERS, 'novosibirsk'];
  for (let i = 0; i < 14; i++)
    add(
      ctx,
      'i2-talent',
      'talent',
      'high-level-talent',
      pick(rng, partners),
      'qingdao',
      after,
      randomInt(rng, 1, 2),
      TITLES.talent,
    );
  for (let i = 0; i < 24; i++)
    add(
      ctx,
      'i2-tech',
      'project',
      'tech-transfer',
      pick(rng, partners),
      'qingdao',
      after,
      randomInt(rng, 1, 4),
      TITLES.tech,
    );
  for (let i = 0; i < 10; i++)
    add(
      ctx,
      'i2-industry',
      'project',
      'industrialization',
      'qingdao',
      pick(rng, SCO_PARTNERS),
      after,
      randomInt(rng, 1, 3),
      TITLES.industry,
    );
  for (let i = 0; i < 8; i++)
    add(
      ctx,
      'i2-jointrd',
      'project',
      'joint-rd',
      pick(rng, hubs).id,
      pick(rng, SCO_PARTNERS),
      after,
      randomInt(rng, 1, 2),
      TITLES.jointRd,
    );
}
