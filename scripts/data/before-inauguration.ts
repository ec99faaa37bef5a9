import { pick, randomInt, splitTotal } from '../../src/domain/random.ts';
import { CALIBRATION } from './calibration.ts';
import { add, GLOBAL_PARTNERS, SCO_PARTNERS, type Context } from './flow-maker.ts';
import { reportedFlows } from './reported.ts';
import { CJK_COMPETITION, competitionTitle, SCO_COMPETITION, TITLES } from './titles.ts';

/** Flows before the inauguration: Qingdao's "1+N" network, 2018 to the report. */
export function generateBeforeInauguration(ctx: Context): void {
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
