/**
 * The illustrative, time-sliced detail the report does not give (who, when, how many), generated from a
 * seed so every run writes the same bytes. Totals are calibrated to the report wherever the data stand
 * for a reported figure (calibration.ts); scripts/data/calibration.test.ts checks each one. The flows of
 * each period are made in before-inauguration.ts and after-inauguration.ts.
 */
import { seededRandom } from '../../src/domain/random.ts';
import type { Figure, Flow, Localized, Node, Source, Story } from '../../src/data/schema.ts';
import { generateAfterInauguration } from './after-inauguration.ts';
import { generateBeforeInauguration } from './before-inauguration.ts';
import type { Context } from './flow-maker.ts';
import { summitToCenter } from './stories.ts';
import {
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
