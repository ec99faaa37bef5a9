import { describe, expect, it } from 'vitest';
import type { Lang } from '../data/schema.ts';
import type { ViewFacts } from '../domain/viewFacts.ts';
import { translator } from '../i18n/index.ts';
import { viewSummary } from './viewSummary.ts';

const NAMES: Record<Lang, Record<string, string>> = {
  en: { minsk: 'Minsk', moscow: 'Moscow', tashkent: 'Tashkent' },
  zh: { minsk: '明斯克', moscow: '莫斯科', tashkent: '塔什干' },
  ru: { minsk: 'Минск', moscow: 'Москва', tashkent: 'Ташкент' },
};

const busy: ViewFacts = {
  records: 1234,
  value: 2500,
  byType: [
    { type: 'talent', value: 1500 },
    { type: 'project', value: 900 },
    { type: 'agreement', value: 100 },
  ],
  topPartners: [
    { id: 'moscow', value: 1200 },
    { id: 'minsk', value: 700 },
    { id: 'tashkent', value: 40 },
  ],
  events: 2,
  illustrativeShare: 0.25,
  change: null,
};

const say = (lang: Lang, facts: ViewFacts, window: string) =>
  viewSummary(translator(lang), lang, { window, facts, name: (id) => NAMES[lang][id]! });

describe('the view in words', () => {
  it('says records, types, the top partners, events and the illustrative share, in English', () => {
    expect(say('en', busy, '2024')).toBe(
      '2024: 1,234 flow records, total value 2,500. By type: talent 1,500, projects 900, and agreements 100. ' +
        'Most active partners: Moscow (1,200), Minsk (700), and Tashkent (40). 2 events held in this period. ' +
        '25% of the flow value shown is illustrative.',
    );
  });

  it('in Chinese', () => {
    expect(say('zh', busy, '2024年')).toBe(
      '2024年：共1,234条流动记录，总值2,500。按类型：人才1,500、项目900和协议100。' +
        '最活跃的合作节点：莫斯科（1,200）、明斯克（700）和塔什干（40）。本时段举办活动2场。所示流动值中有25%为示意数据。',
    );
  });

  it('in Russian', () => {
    expect(say('ru', busy, '2024')).toBe(
      '2024: записей о потоках — 1\u00a0234, общий объём 2\u00a0500. По типам: кадры 1\u00a0500, проекты 900 и соглашения 100. ' +
        'Самые активные партнёры: Москва (1\u00a0200), Минск (700) и Ташкент (40). Мероприятий в этом периоде: 2. ' +
        '25\u00a0% показанного объёма потоков — иллюстративные данные.',
    );
  });

  it('says one record and one partner, all reported, and what changed against a comparison', () => {
    const one: ViewFacts = {
      records: 1,
      value: 3,
      byType: [{ type: 'project', value: 3 }],
      topPartners: [{ id: 'minsk', value: 3 }],
      events: 1,
      illustrativeShare: 0,
      change: { before: 1, after: 3, increased: 1, decreased: 0, added: 0, removed: 2 },
    };
    expect(say('en', one, 'Q3 2024')).toBe(
      'Q3 2024: 1 flow record, total value 3. By type: projects 3. Most active partner: Minsk (3). ' +
        '1 event held in this period. Against the comparison: total 1 → 3; 1 flows grew, 0 shrank, 0 new, 2 gone. ' +
        'Everything shown is reported, with a cited source.',
    );
  });

  it('says there is nothing to see, and no share of nothing', () => {
    const none: ViewFacts = { ...busy, records: 0, value: 0, byType: [], topPartners: [], events: 0 };
    expect(say('en', none, '2019')).toBe('2019: no flows in this view.');
    expect(say('ru', none, '2019')).toBe('2019: в этом виде нет потоков.');
  });
});
