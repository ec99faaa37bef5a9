/**
 * The illustrative detail: the report gives totals (34 talents, 100+ technologies, 30+ institutions, dozens
 * of industrialization projects) but not who, when or how many at a time. These records spread each total
 * over the reported nodes in SCO member states and over the months each node was in the record, from a
 * seed, so every run writes the same bytes. They name no organisation, person or event: their titles say
 * which figure they stand for and that they are illustrative, and they carry no partners.
 */
import { periodEnd, periodStart } from '../../src/data/dates.ts';
import { randomInt, splitTotal, type Rng } from '../../src/domain/random.ts';
import type { Flow, Localized, Node } from '../../src/data/schema.ts';
import { CALIBRATION, SCOPE } from './calibration.ts';
import { reportedFlows } from './reported.ts';

export const GENERATOR_ID = 'illustrative-generator';

const pad = (n: number) => String(n).padStart(2, '0');
const L = (zh: string, en: string, ru: string): Localized => ({ zh, en, ru });
const label = (n: Node) => n.shortName ?? n.name;

/** What each kind of record stands for, in its title: the figure, the place, and the word illustrative. */
const TITLES = {
  talent: (p: Localized) =>
    L(
      `示意：引进海外高层次人才（${p.zh}）——代表报道的34位`,
      `Illustrative: overseas high-level talent from ${p.en}, standing for the reported 34`,
      `Иллюстративно: специалисты высокого уровня — ${p.ru}; отражает 34 из публикации`,
    ),
  tech: (p: Localized) =>
    L(
      `示意：引进先进技术成果（${p.zh}）——代表报道的100多项`,
      `Illustrative: technology achievements from ${p.en}, standing for the reported 100+`,
      `Иллюстративно: технологические разработки — ${p.ru}; отражает 100+ из публикации`,
    ),
  institution: (p: Localized) =>
    L(
      `示意：与${p.zh}一家海外高校院所合作——代表报道的30余家`,
      `Illustrative: cooperation with an institution in ${p.en}, standing for the reported 30+`,
      `Иллюстративно: сотрудничество с вузом или институтом — ${p.ru}; отражает 30+ из публикации`,
    ),
  industry: (p: Localized) =>
    L(
      `示意：产业化合作项目（${p.zh}）——代表报道的数十项`,
      `Illustrative: industrialization project with ${p.en}, standing for the reported dozens`,
      `Иллюстративно: проект промышленной кооперации — ${p.ru}; отражает «десятки» из публикации`,
    ),
};

/** The months a node can carry generated detail: inside the scope, and not before the node is in the record. */
function windowOf(node: Node): [string, string] | null {
  const from = periodStart(node.since) > periodStart(SCOPE.from) ? node.since : SCOPE.from;
  return periodStart(from) <= periodEnd(SCOPE.to) ? [from, SCOPE.to] : null;
}

function monthsBetween(from: string, to: string): number {
  const [a, b] = [periodStart(from), periodEnd(to)].map(
    (d) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)),
  );
  return b! - a! + 1;
}

/** A month (or, now and then, a whole year) lying wholly inside the window. */
function randomDate(rng: Rng, [from, to]: [string, string]): string {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  for (;;) {
    const year = randomInt(rng, first, last);
    const date = rng() < 0.15 ? `${year}` : `${year}-${pad(randomInt(rng, 1, 12))}`;
    if (periodStart(date) >= periodStart(from) && periodEnd(date) <= periodEnd(to)) return date;
  }
}

export function generateIllustrative(rng: Rng, nodes: Node[]): Flow[] {
  const eligible = nodes.filter(
    (n) =>
      n.kind === 'partner' && (SCOPE.memberStates as readonly string[]).includes(n.country) && windowOf(n),
  );
  const center = nodes.find((n) => n.kind === 'center')!;
  const flows: Flow[] = [];
  const counter = new Map<string, number>();
  // Each node is picked in proportion to the months it was in the record, so no place that joined late
  // carries a share that would pile into its first weeks.
  const months = eligible.map((n) => {
    const [from, to] = windowOf(n)!;
    return monthsBetween(from, to);
  });
  const totalMonths = months.reduce((a, b) => a + b, 0);
  const pickPlace = () => {
    let r = rng() * totalMonths;
    for (let i = 0; i < eligible.length; i++) if ((r -= months[i]!) < 0) return eligible[i]!;
    return eligible.at(-1)!;
  };
  const add = (
    prefix: string,
    type: Flow['type'],
    category: string,
    inbound: boolean,
    value: number,
    title: (place: Localized) => Localized,
  ) => {
    const place = pickPlace();
    const n = (counter.get(prefix) ?? 0) + 1;
    counter.set(prefix, n);
    flows.push({
      id: `${prefix}-${String(n).padStart(3, '0')}`,
      type,
      source: inbound ? place.id : center.id,
      target: inbound ? center.id : place.id,
      date: randomDate(rng, windowOf(place)!),
      value,
      title: title(label(place)),
      category,
      provenance: 'illustrative',
      sources: [GENERATOR_ID],
    });
  };

  for (const value of splitTotal(rng, CALIBRATION.highLevelTalents, 1, 3))
    add('i-talent', 'talent', 'high-level-talent', true, value, TITLES.talent);
  for (const value of splitTotal(rng, CALIBRATION.technologies, 1, 5))
    add('i-tech', 'project', 'tech-transfer', true, value, TITLES.tech);

  const namedInstitutions = new Set(
    reportedFlows.filter((f) => f.category === 'institution-cooperation').flatMap((f) => f.partners ?? []),
  );
  for (let i = namedInstitutions.size; i < CALIBRATION.institutions; i++)
    add('i-institution', 'agreement', 'institution-cooperation', true, 1, TITLES.institution);

  const namedProjects = reportedFlows
    .filter((f) => f.category === 'industrialization')
    .reduce((s, f) => s + f.value, 0);
  for (const value of splitTotal(rng, CALIBRATION.industrializationProjects - namedProjects, 1, 3))
    add('i-industry', 'project', 'industrialization', false, value, TITLES.industry);
  return flows;
}
