import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.ts';
import { parseTimeSelection } from '../../data/period.ts';
import { citeView, type CiteInput } from './citations.ts';

const URL = 'https://example.org/map/?time=2019..2024&types=project,talent&v=2026.12&u=3';
const input: CiteInput = {
  lang: 'en',
  version: {
    id: '2026.12',
    version: '3.0.0',
    published: '2026-12-01',
    title: { zh: 't', en: 't', ru: 't' },
    changelog: { zh: 'c', en: 'c', ru: 'c' },
    folder: '2026.12',
    files: { 'nodes.json': 'bbbb', 'flows.json': 'aaaa' },
    dataSchema: 2,
  },
  time: parseTimeSelection('2019..2024'),
  mode: 'cumulative',
  types: ['project', 'talent'],
  kinds: ['center', 'hub', 'partner'],
  countries: ['BY'],
  minValue: 0,
  compare: null,
  vs: null,
  url: URL,
  today: '2026-12-05',
  illustrativeShare: 0.25,
};
const en = translator('en');
const VIEW_EN =
  '2019 – 2024; Cumulative; flow types: Projects, Talent; node kinds: Center, Domestic linkage hubs, International cooperation nodes; countries: BY';
const NOTES_EN =
  'Illustrative share of the flow value shown: 25%. Files (sha256): flows.json aaaa; nodes.json bbbb.';

describe('cite this view', () => {
  it('in GB/T 7714-2015 as an online dataset [DS/OL] with update and citation dates', () => {
    expect(citeView('gbt7714', en, input)).toBe(
      `China–SCO S&T Innovation Cooperation Network: 2026.12 (v3.0.0); ${VIEW_EN}[DS/OL]. (2026-12-01)[2026-12-05]. ${URL}. ${NOTES_EN}`,
    );
  });

  it('in GB/T 7714-2015 with the Chinese title and view for a Chinese reader', () => {
    const zh = translator('zh');
    expect(citeView('gbt7714', zh, { ...input, lang: 'zh', countries: [] })).toBe(
      `中国—上合组织科技创新合作网络: 2026.12 (v3.0.0); 2019 – 2024；累计；流动类型：项目, 人才；节点类型：中心, 国内联动枢纽, 国际合作节点[DS/OL]. (2026-12-01)[2026-12-05]. ${URL}. 所示流动值中示意数据占比：25%。 文件（sha256）：flows.json aaaa; nodes.json bbbb。`,
    );
  });

  it('in ГОСТ Р 7.0.100-2018 with "URL" and "дата обращения" as DD.MM.YYYY', () => {
    const ru = translator('ru');
    const cited = citeView('gost', ru, { ...input, lang: 'ru', countries: [], types: ['agreement'] });
    expect(cited).toBe(
      `Сеть научно-технического сотрудничества Китай — ШОС : 2026.12 (v3.0.0) ; 2019 – 2024; Нарастающим итогом; типы потоков: Соглашения; типы узлов: Центр, Внутренние хабы взаимодействия, Международные узлы сотрудничества. – 2026. – URL: ${URL} (дата обращения: 05.12.2026). – Текст. Изображение : электронные. Доля иллюстративных данных в показанном объёме потоков: 25\u00a0%. Файлы (sha256): flows.json aaaa; nodes.json bbbb.`,
    );
  });

  it('in APA 7 as a data set without an author', () => {
    expect(citeView('apa', en, input)).toBe(
      `China–SCO S&T Innovation Cooperation Network: ${VIEW_EN} (Version 2026.12, v3.0.0) [Data set]. (2026). ${URL} ${NOTES_EN}`,
    );
  });

  it('in BibTeX with TeX specials escaped and the notes in the note field', () => {
    expect(citeView('bibtex', en, input)).toBe(
      [
        '@misc{sco-network-2026.12-2026-12-05,',
        `  title = {{China–SCO S\\&T Innovation Cooperation Network}: ${VIEW_EN}},`,
        '  version = {2026.12 (v3.0.0)},',
        '  year = {2026},',
        '  date = {2026-12-01},',
        '  howpublished = {Dataset},',
        `  url = {${URL}},`,
        '  urldate = {2026-12-05},',
        '  note = {Illustrative share of the flow value shown: 25\\%. Files (sha256): flows.json aaaa; nodes.json bbbb.},',
        '}',
      ].join('\n'),
    );
  });

  it('as a plain sentence naming the window of a single period once', () => {
    expect(
      citeView('text', en, { ...input, time: parseTimeSelection('2024'), countries: [], minValue: 5 }),
    ).toBe(
      `China–SCO S&T Innovation Cooperation Network. Dataset 2026.12 (v3.0.0, published December 1, 2026). View: 2024; Cumulative; flow types: Projects, Talent; node kinds: Center, Domestic linkage hubs, International cooperation nodes; minimum per edge: 5. ${URL} (accessed December 5, 2026). ${NOTES_EN}`,
    );
  });

  it('says "all time" and the compared version when there is one', () => {
    expect(citeView('apa', en, { ...input, time: null, countries: [], vs: '2026.11' })).toContain(
      ': All time; Cumulative; flow types: Projects, Talent; node kinds: Center, Domestic linkage hubs, International cooperation nodes; compared with version 2026.11 (Version 2026.12',
    );
  });
});
