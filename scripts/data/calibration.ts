/** The report's figures the generated records must add up to; scripts/data/calibration.test.ts checks each. */

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
