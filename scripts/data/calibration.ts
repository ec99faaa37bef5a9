/**
 * The reported figures the illustrative records stand for, and the scope they must stay inside. Every
 * number here is a figure of the first report about the China–SCO Technology Transfer Center (the
 * "multilateral international technology-transfer platform facing SCO countries"); the generated records
 * add up to it, so the data reproduce the report. scripts/data/calibration.test.ts checks each one.
 */
import { TTC_UNVEILED } from './reported.ts';

export const CALIBRATION = {
  /** "引进海外高层次人才34位": exactly 34. */
  highLevelTalents: 34,
  /** "先进技术成果100多项": a count above 100. */
  technologies: 104,
  /** "产业化合作项目数十项": dozens; includes the two industrialization projects the report names. */
  industrializationProjects: 36,
  /** "30余家海外高校院所": distinct institutions, including those reported records name. */
  institutions: 32,
} as const;

/**
 * Where the figures apply: the platform faces SCO countries, so its generated detail connects the center
 * only with reported nodes in SCO member states, and is dated from the platform's unveiling to the month
 * before the report (dates never finer than a month: no invented day).
 */
export const SCOPE = {
  memberStates: ['CN', 'RU', 'KZ', 'KG', 'TJ', 'UZ', 'IN', 'PK', 'IR', 'BY'],
  from: TTC_UNVEILED,
  to: '2025-08',
} as const;
