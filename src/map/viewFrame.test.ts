import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import ru from '../i18n/ru.json';
import { wrapLines } from './canvasText.ts';
import { layoutFrame, type FrameText } from './viewFrame.ts';

/**
 * A 2D context that measures as Noto Sans roughly does: a Chinese character one em wide, anything else
 * 0.55 em, at the size its `font` names. Enough to tell whether words fit; no canvas needed.
 */
function measuringContext(): CanvasRenderingContext2D {
  const ctx = {
    font: '10px sans-serif',
    measureText(text: string) {
      const px = Number(/([\d.]+)px/.exec(ctx.font)![1]);
      const width = [...text].reduce((w, c) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.55), 0);
      return { width: width * px };
    },
  };
  return ctx as unknown as CanvasRenderingContext2D;
}

const px = (font: string) => Number(/([\d.]+)px/.exec(font)![1]);

function textOf(words: Record<string, string>, more: Partial<FrameText> = {}): FrameText {
  return {
    title: words['app.title']!,
    window: words['timeline.allTime']!,
    version: 'Dataset 2026.12.1 (v2.1.0) · https://example.org/map/?v=2026.12.1&u=3',
    source: 'Sources: Xinhua; Qingdao Municipal Government',
    provenance: '96% of the flow value shown is illustrative',
    types: {
      project: words['type.project']!,
      talent: words['type.talent']!,
      agreement: words['type.agreement']!,
    },
    marks: {
      reported: words['export.marks.reported']!,
      illustrative: words['export.marks.illustrative']!,
      mixed: words['export.marks.mixed']!,
    },
    ...more,
  };
}

describe('the words around a drawn view', () => {
  it('keeps the layout a slide always had when everything fits (1920×1080)', () => {
    const short = {
      types: { project: 'Projects', talent: 'Talent', agreement: 'Agreements' },
      marks: { reported: 'Solid: reported', illustrative: 'Dashed', mixed: 'Long dashes' },
    };
    const layout = layoutFrame(measuringContext(), textOf(en, short), 1920, 1080, 1);
    expect(layout.legend.textX).toBe(1920 - 290);
    expect(layout.legend.swatchX).toBe(1920 - 360);
    expect(layout.footer.map((l) => l.text)).toEqual([
      '96% of the flow value shown is illustrative',
      'Dataset 2026.12.1 (v2.1.0) · https://example.org/map/?v=2026.12.1&u=3',
      'Sources: Xinhua; Qingdao Municipal Government',
    ]);
    expect(layout.footerTop).toBe(1080 - 130);
    expect(px(layout.title.font)).toBe(44);
  });

  it('ends the title before the time window on a printed page in Russian (2000×1414)', () => {
    const ctx = measuringContext();
    const [width, height] = [2000, 1414];
    const u = height / 1080;
    const text = textOf(ru);
    const layout = layoutFrame(ctx, text, width, height, u);
    ctx.font = layout.title.font;
    const titleEnd = 60 * u + ctx.measureText(layout.title.text).width;
    ctx.font = layout.window.font;
    const windowStart = width - 60 * u - ctx.measureText(text.window).width;
    expect(titleEnd).toBeLessThan(windowStart);
    // Shrunk rather than cut where shrinking is enough.
    expect(layout.title.text).toBe(text.title);
  });

  it('keeps every line of the legend inside the picture, in Russian, on a slide and on a page', () => {
    for (const [width, height] of [
      [1280, 720],
      [2000, 1414],
    ] as const) {
      const ctx = measuringContext();
      const u = height / 1080;
      const layout = layoutFrame(ctx, textOf(ru), width, height, u);
      for (const line of layout.legend.lines) {
        ctx.font = line.font;
        expect(layout.legend.textX + ctx.measureText(line.text).width, line.text).toBeLessThanOrEqual(width);
      }
      // Whole words, none shortened: the column made room for them.
      expect(layout.legend.lines.map((l) => l.text)).toContain('Длинный пунктир: смешанные');
    }
  });

  it('never cuts the view’s link or the map approval number, however long the sources run', () => {
    // A view with many choices: longer than the footer's line even at 70 % size.
    const link =
      'https://example.org/sco/?v=2026.12.1&lang=ru&time=2019..2024&mode=period&compare=2016..2018' +
      '&types=project,talent&kinds=center,partner&node=minsk&edge=minsk~qingdao~talent' +
      '&country=BY,RU,KZ,UZ,KG,TJ,MN,PK,IN&min=2&provenance=reported&scale=fitted&u=3';
    const publishers = Array.from({ length: 40 }, (_, i) => `Publisher number ${i + 1}`).join('; ');
    const text = textOf(ru, {
      version: `Набор данных 2026.12.1 (v2.1.0) · ${link}`,
      source: `Источники: ${publishers}`,
      approval: 'Номер утверждения карты: GS(2024)0000号',
    });
    const ctx = measuringContext();
    const layout = layoutFrame(ctx, text, 1280, 720, 720 / 1080);
    const lines = layout.footer.map((l) => l.text);
    // The link, from its lines put back together.
    expect(lines.join('')).toContain(link);
    // The sources keep one line, shortened; the approval number comes whole after them.
    expect(lines.filter((l) => l.includes('Publisher'))).toHaveLength(1);
    expect(lines.find((l) => l.includes('Publisher'))!.endsWith('…')).toBe(true);
    expect(lines.at(-1)).toBe('Номер утверждения карты: GS(2024)0000号');
    for (const line of layout.footer) {
      ctx.font = line.font;
      expect(ctx.measureText(line.text).width).toBeLessThanOrEqual(1280 - 2 * 60 * (720 / 1080));
    }
    // The footer grew upwards by the lines it needed.
    expect(layout.footerTop).toBeLessThan(720 - 130 * (720 / 1080));
  });
});

describe('wrapping lines', () => {
  const ctx = measuringContext();
  ctx.font = '10px sans-serif';

  it('breaks between words, keeping each line within the width', () => {
    expect(wrapLines(ctx, 'one two three four', 60)).toEqual(['one two', 'three four']);
  });

  it('breaks Chinese between any two characters', () => {
    expect(wrapLines(ctx, '中国上海合作组织', 30)).toEqual(['中国上', '海合作', '组织']);
  });

  it('cuts a word longer than a line where the line ends', () => {
    expect(wrapLines(ctx, 'see https://example.org/abc', 55)).toEqual([
      'see',
      'https://ex',
      'ample.org/',
      'abc',
    ]);
  });

  it('shortens the last line it keeps when more would follow', () => {
    expect(wrapLines(ctx, 'one two three four five six', 60, 2)).toEqual(['one two', 'three fou…']);
  });
});
