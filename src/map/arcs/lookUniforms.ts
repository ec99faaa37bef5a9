/** The look's numbers (src/map/look.ts) packed as the arc shader's uniforms read them, every frame. */
import { ARC_LOOK } from '../look.ts';

export function lookUniforms() {
  return {
    alpha: ARC_LOOK.alpha,
    emphasisAlpha: Float32Array.from(ARC_LOOK.emphasisAlpha),
    dimmedAlpha: ARC_LOOK.dimmedAlpha,
    /** Per provenance: dash, gap, alpha. */
    provenance: Float32Array.from(ARC_LOOK.provenance.flatMap((p) => [p.dash, p.gap, p.alpha])),
  };
}
