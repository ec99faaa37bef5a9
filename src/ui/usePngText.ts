import type { Mode, TimeSelection } from '../data/period.ts';
import type { Dataset } from '../data/schema.ts';
import type { PngText } from '../map/exportPng.ts';
import { viewSources, type Scene } from '../state/scene.ts';
import { useAppStore } from '../state/store.ts';
import { useBasemap } from './dataHooks.ts';
import { provenanceText } from './provenanceText.ts';
import { useViewLink } from './share/useViewLink.ts';
import { useT } from './useT.ts';
import { windowLabel } from './windowLabel.ts';

/** What a drawn view (PNG, print, a film's frame) writes beside the map, for one scene and its window. */
export type PngTextOf = (scene: Scene, time: TimeSelection | null, mode: Mode, link: string) => PngText;

/** The builder, in the reader's language; the film calls it once per story step. */
export function usePngTextOf(dataset: Dataset): PngTextOf {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  // The map approval number (审图号) goes wherever the map goes, when the deployer configured one.
  const approval = useBasemap().data?.meta.approvalNumber ?? null;
  return (scene, time, mode, link) => ({
    title: t('app.title'),
    window: windowLabel(t, lang, time, mode),
    version: t('export.version', { version: dataset.version.id, semver: dataset.version.version, url: link }),
    source: t('export.source', {
      sources: [...new Set(viewSources(scene).map((s) => s.publisher))].join('; '),
    }),
    // A line of its own, so that no length of source list can cut it off.
    ...(approval ? { approval: t('attribution.approval', { number: approval }) } : {}),
    provenance: provenanceText(t, lang, scene.agg),
    types: { project: t('type.project'), talent: t('type.talent'), agreement: t('type.agreement') },
    marks: {
      reported: t('export.marks.reported'),
      illustrative: t('export.marks.illustrative'),
      mixed: t('export.marks.mixed'),
    },
    comparison: scene.comparison
      ? {
          increase: t('legend.change.increase'),
          decrease: t('legend.change.decrease'),
          same: t('legend.change.same'),
          added: t('legend.change.added'),
          removed: t('legend.change.removed'),
        }
      : undefined,
  });
}

/** Everything the PNG export and the printed page write beside the map, in the reader's language. */
export function usePngText(dataset: Dataset, scene: Scene): PngText {
  const time = useAppStore((s) => s.time);
  const mode = useAppStore((s) => s.mode);
  const link = useViewLink(dataset, scene);
  return usePngTextOf(dataset)(scene, time, mode, link);
}
