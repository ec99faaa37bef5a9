/** The three-language titles of generated flows, by kind; node names come from the nodes themselves. */
import type { Localized } from '../../src/data/schema.ts';

const L = (zh: string, en: string, ru: string): Localized => ({ zh, en, ru });

export const TITLES = {
  talent: (s: Localized) =>
    L(
      `引进海外高层次人才（${s.zh}）`,
      `Overseas high-level talent introduced from ${s.en}`,
      `Привлечение специалистов высокого уровня — ${s.ru}`,
    ),
  tech: (s: Localized) =>
    L(
      `先进技术成果引进（${s.zh}）`,
      `Technology achievements transferred from ${s.en}`,
      `Передача технологий — ${s.ru}`,
    ),
  industry: (_: Localized, t: Localized) =>
    L(
      `产业化合作项目（${t.zh}）`,
      `Industrialization cooperation project with ${t.en}`,
      `Проект промышленной кооперации — ${t.ru}`,
    ),
  institution: (s: Localized) =>
    L(
      `与${s.zh}高校院所建立合作`,
      `Cooperation agreement with an institute in ${s.en}`,
      `Соглашение о сотрудничестве с институтом — ${s.ru}`,
    ),
  exchange: (_: Localized, t: Localized) =>
    L(`人才交流（${t.zh}）`, `Talent exchange with ${t.en}`, `Обмен специалистами — ${t.ru}`),
  jointRd: (s: Localized, t: Localized) =>
    L(`联合研发：${s.zh}—${t.zh}`, `Joint R&D: ${s.en} – ${t.en}`, `Совместные НИОКР: ${s.ru} — ${t.ru}`),
  linkage: (s: Localized, t: Localized) =>
    L(
      `联动合作协议：${s.zh}—${t.zh}`,
      `Linkage cooperation agreement: ${s.en} – ${t.en}`,
      `Соглашение о взаимодействии: ${s.ru} — ${t.ru}`,
    ),
};

export const SCO_COMPETITION = L(
  '上合组织成员国青年创新创业大赛',
  'SCO Member States Youth Innovation and Entrepreneurship Competition',
  'Молодёжный конкурс инноваций и предпринимательства государств — членов ШОС',
);
export const CJK_COMPETITION = L(
  '中日韩青年创新创业大赛',
  'China-Japan-Korea Youth Innovation and Entrepreneurship Competition',
  'Молодёжный конкурс инноваций и предпринимательства Китай — Япония — Корея',
);

export function competitionTitle(name: Localized, edition: number): Localized {
  return L(
    `${name.zh}签约项目（第${edition}届）`,
    `Projects signed at the ${name.en} (edition ${edition})`,
    `Проекты, подписанные на конкурсе: ${name.ru} (${edition}-й)`,
  );
}
