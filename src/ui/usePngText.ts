import type { Dataset } from '../data/schema.ts';
import type { PngText } from '../map/exportPng.ts';
import { viewSources, type Scene } from '../state/scene.ts';
import { useAppStore } from '../state/store.ts';
import { provenanceText } from './provenanceText.ts';
import { useViewLink } from './share/useViewLink.ts';
import { useT } from './useT.ts';
import { windowLabel } from './windowLabel.ts';

/** Everything the PNG export and the printed page write beside the map, in the reader's language. */
export function usePngText(dataset: Dataset, scene: Scene): PngText {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const time = useAppStore((s) => s.time);
  const mode = useAppStore((s) => s.mode);
  const link = useViewLink(dataset, scene);
  return {
    title: t('app.title'),
    window: windowLabel(t, lang, time, mode),
    version: t('export.version', { version: dataset.version.id, semver: dataset.version.version, url: link }),
    source: t('export.source', {
      sources: [...new Set(viewSources(scene).map((s) => s.publisher))].join('; '),
    }),
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
  };
}
