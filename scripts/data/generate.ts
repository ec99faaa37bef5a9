/**
 * The illustrative, time-sliced detail the report does not give (who, when, how many), generated from a
 * seed so every run writes the same bytes. Totals are calibrated to the report wherever the data stand
 * for a reported figure; scripts/data/calibration.test.ts checks each one.
 */
import { pick, randomInt, seededRandom, splitTotal, type Rng } from '../../src/domain/random.ts';
import {
  daysInMonth,
  isCertainlyBefore,
  parsePartialDate,
  periodEnd,
  periodStart,
} from '../../src/domain/dates.ts';
import type { Figure, Flow, Localized, Node, Source, Story } from '../../src/data/schema.ts';
import { summitToCenter } from './stories.ts';
import { CJK_COMPETITION, competitionTitle, SCO_COMPETITION, TITLES } from './titles.ts';
import {
  GENERATOR_ID,
  center,
  figures,
  generatorSource,
  hubs,
  illustrativePartners,
  laterPartners,
  reportSource,
  reportedFlows,
  reportedPartners,
} from './reported.ts';

export const SEED = 20250904;

/** What the generated records add up to, so the report's figures come out of the data. */
export const CALIBRATION = {
  /** "引进海外高层次人才34位" */
  highLevelTalents: 34,
  /** "先进技术成果100多项": a count above 100. */
  technologies: 104,
  /** "产业化合作项目数十项": dozens; includes the two reported industrialization projects. */
  industrializationProjects: 36,
  /** "30余家海外高校院所": distinct institutions, including the two the report names. */
  institutions: 32,
  /** "数十个项目签约落地" at the competitions. */
  competitionSignings: 36,
} as const;

export interface VersionData {
  id: string;
  version: string;
  published: string;
  title: Localized;
  changelog: Localized;
  nodes: Node[];
  flows: Flow[];
  sources: Source[];
  figures: Figure[];
  stories: Story[];
}

const L = (zh: string, en: string, ru: string): Localized => ({ zh, en, ru });
const label = (n: Node) => n.shortName ?? n.name;

const SCO_PARTNERS = [
  'moscow',
  'minsk',
  'tashkent',
  'bishkek',
  'almaty',
  'ulaanbaatar',
  'dushanbe',
  'islamabad',
  'tehran',
];
const GLOBAL_PARTNERS = ['seoul', 'berlin', 'tokyo', 'espoo'];

interface Context {
  rng: Rng;
  nodes: Map<string, Node>;
  flows: Flow[];
  counter: Map<string, number>;
}

/** A date between `from` and `to` (inclusive), at year, month or day precision. */
function randomDate(rng: Rng, from: string, to: string): string {
  for (;;) {
    const start = parsePartialDate(from)!;
    const end = parsePartialDate(to)!;
    const year = randomInt(rng, start.year, end.year);
    const month = randomInt(rng, 1, 12);
    const day = randomInt(rng, 1, daysInMonth(year, month));
    const r = rng();
    const pad = (n: number) => String(n).padStart(2, '0');
    const date =
      r < 0.12 ? `${year}` : r < 0.75 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    // The whole period the date covers lies in the window, so no record straddles its edges.
    if (periodStart(date) >= periodStart(from) && periodEnd(date) <= periodEnd(to)) return date;
  }
}

function later(a: string, b: string) {
  return isCertainlyBefore(a, b) ? b : a;
}

function add(
  ctx: Context,
  prefix: string,
  type: Flow['type'],
  category: string,
  source: string,
  target: string,
  window: [string, string],
  value: number,
  title: (src: Localized, tgt: Localized) => Localized,
  partners?: string[],
): void {
  const s = ctx.nodes.get(source)!;
  const t = ctx.nodes.get(target)!;
  const n = (ctx.counter.get(prefix) ?? 0) + 1;
  ctx.counter.set(prefix, n);
  const from = later(later(window[0], s.predecessor?.since ?? s.since), t.predecessor?.since ?? t.since);
  ctx.flows.push({
    id: `${prefix}-${String(n).padStart(3, '0')}`,
    type,
    source,
    target,
    date: randomDate(ctx.rng, from, window[1]),
    value,
    title: title(label(s), label(t)),
    category,
    ...(partners ? { partners } : {}),
    provenance: 'illustrative',
    sources: [GENERATOR_ID],
  });
}

/** Flows before the inauguration: Qingdao's "1+N" network, 2018 to the report. */
function generateBeforeInauguration(ctx: Context): void {
  const before: [string, string] = ['2018', '2025-08'];
  const { rng } = ctx;

  for (const value of splitTotal(rng, CALIBRATION.highLevelTalents, 1, 3)) {
    add(
      ctx,
      'i-talent',
      'talent',
      'high-level-talent',
      pick(rng, [...SCO_PARTNERS, ...GLOBAL_PARTNERS]),
      'qingdao',
      before,
      value,
      TITLES.talent,
    );
  }
  for (const value of splitTotal(rng, CALIBRATION.technologies, 1, 5)) {
    add(
      ctx,
      'i-tech',
      'project',
      'tech-transfer',
      pick(rng, [...SCO_PARTNERS, ...GLOBAL_PARTNERS]),
      'qingdao',
      before,
      value,
      TITLES.tech,
    );
  }
  const reportedIndustry = reportedFlows
    .filter((f) => f.category === 'industrialization')
    .reduce((s, f) => s + f.value, 0);
  for (const value of splitTotal(rng, CALIBRATION.industrializationProjects - reportedIndustry, 1, 3)) {
    add(
      ctx,
      'i-industry',
      'project',
      'industrialization',
      'qingdao',
      pick(rng, SCO_PARTNERS),
      before,
      value,
      TITLES.industry,
    );
  }
  const reportedInstitutions = new Set(
    reportedFlows.filter((f) => f.category === 'institution-cooperation').flatMap((f) => f.partners ?? []),
  );
  for (let i = 1; i <= CALIBRATION.institutions - reportedInstitutions.size; i++) {
    const city = pick(rng, [...SCO_PARTNERS, ...GLOBAL_PARTNERS]);
    const institute = `Partner institute ${String(i).padStart(2, '0')}, ${ctx.nodes.get(city)!.name.en} (illustrative)`;
    add(
      ctx,
      'i-institution',
      'agreement',
      'institution-cooperation',
      city,
      'qingdao',
      before,
      1,
      TITLES.institution,
      [institute],
    );
  }
  // Four SCO and three China-Japan-Korea editions; which years and who signed what is illustrative.
  const editions = [
    ...[2021, 2022, 2023, 2024].map((year, i) => ({
      year,
      edition: i + 1,
      name: SCO_COMPETITION,
      from: SCO_PARTNERS,
    })),
    ...[2022, 2023, 2024].map((year, i) => ({
      year,
      edition: i + 1,
      name: CJK_COMPETITION,
      from: ['seoul', 'tokyo'],
    })),
  ];
  splitTotal(rng, CALIBRATION.competitionSignings, 1, 3).forEach((value, i) => {
    const e = editions[i % editions.length]!;
    add(
      ctx,
      'i-competition',
      'agreement',
      'competition',
      pick(rng, e.from),
      'qingdao',
      [`${e.year}`, `${e.year}`],
      value,
      () => competitionTitle(e.name, e.edition),
      [`${e.name.en}, edition ${e.edition}`],
    );
  });
  for (let i = 0; i < 18; i++) {
    add(
      ctx,
      'i-exchange',
      'talent',
      'talent-exchange',
      'qingdao',
      pick(rng, SCO_PARTNERS),
      before,
      randomInt(rng, 2, 8),
      TITLES.exchange,
    );
  }
}

/** Flows after the inauguration: the center, its hubs and its nodes, up to the later version. */
function generateAfterInauguration(ctx: Context, until: string): void {
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

const byDateThenId = (a: Flow, b: Flow) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1;

/** Both shipped versions, built from one seeded stream so the later one extends the earlier exactly. */
export function buildVersions(seed = SEED): VersionData[] {
  const rng = seededRandom(seed);
  const nodesV1 = [center, ...hubs, ...reportedPartners, ...illustrativePartners];
  const ctx: Context = {
    rng,
    nodes: new Map([...nodesV1, ...laterPartners].map((n) => [n.id, n])),
    flows: [],
    counter: new Map(),
  };
  generateBeforeInauguration(ctx);
  const flowsV1 = [...reportedFlows, ...ctx.flows].sort(byDateThenId);

  const v1: VersionData = {
    id: '2025.09',
    version: '1.0.0',
    published: '2025-09-05',
    title: L(
      '截至中心挂牌（2025年9月）',
      'As of the inauguration (September 2025)',
      'На момент открытия центра (сентябрь 2025)',
    ),
    changelog: L(
      '首个版本：报道中的事实，以及2018年以来经校准的示意性明细。',
      'First version: the reported facts, and calibrated illustrative detail since 2018.',
      'Первая версия: факты из публикации и откалиброванные иллюстративные данные с 2018 года.',
    ),
    nodes: nodesV1,
    flows: flowsV1,
    sources: [reportSource, generatorSource('2025-09-05', seed)],
    figures,
    stories: [summitToCenter(2025)],
  };

  generateAfterInauguration(ctx, '2026-10');
  // A correction, so the diff between versions shows a changed record: one year-only date made precise.
  const corrected = flowsV1.find((f) => f.provenance === 'illustrative' && f.date.length === 4)!;
  const flowsV2 = [...reportedFlows, ...ctx.flows]
    .map((f) => (f.id === corrected.id ? { ...f, date: `${f.date}-06` } : f))
    .sort(byDateThenId);

  const v2: VersionData = {
    id: '2026.11',
    version: '1.1.0',
    published: '2026-11-20',
    title: L(
      '中心运行一年（2026年11月）',
      'The center’s first year (November 2026)',
      'Первый год работы центра (ноябрь 2026)',
    ),
    changelog: L(
      `新增挂牌后的示意性流动（含国内联动枢纽）和新西伯利亚节点；更正记录 ${corrected.id} 的日期。`,
      `Adds illustrative flows after the inauguration (including the domestic hubs) and the Novosibirsk node; corrects the date of ${corrected.id}.`,
      `Добавлены иллюстративные потоки после открытия (включая внутренние узлы) и узел Новосибирск; исправлена дата записи ${corrected.id}.`,
    ),
    nodes: [...nodesV1, ...laterPartners],
    flows: flowsV2,
    sources: [reportSource, generatorSource('2026-11-20', seed)],
    figures,
    stories: [summitToCenter(2026)],
  };
  return [v1, v2];
}
