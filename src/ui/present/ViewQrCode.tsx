import { encode } from 'uqr';
import { useMemo } from 'react';
import { useT } from '../useT.ts';

/**
 * The current view's link as a QR code, for a visitor to take home: drawn locally (uqr) as one SVG path of
 * dark modules, never from markup. Sized on the wall to be read from 2 m (styles.css, .view-qr).
 */
export function ViewQrCode({ href, version }: { href: string; version: string }) {
  const t = useT();
  const { path, size } = useMemo(() => {
    const qr = encode(href, { ecc: 'M', border: 2 });
    let d = '';
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { path: d, size: qr.size };
  }, [href]);
  return (
    <figure className="view-qr">
      <svg
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-label={t('present.qrLabel', { version })}
        data-href={href}
        shapeRendering="crispEdges"
      >
        <rect width={size} height={size} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <figcaption>{t('present.qrCaption')}</figcaption>
    </figure>
  );
}
