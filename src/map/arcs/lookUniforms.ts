/** The look's numbers (src/map/look.ts) packed as the arc shader's uniforms read them, every frame. */
import { FLOW_TYPES } from '../../data/schema.ts';
import { ARC_LOOK, type ArcColor } from '../look.ts';
import { hexToRgb, type Palette } from '../palette.ts';

/** Where each colour sits in u_colors: the flow types, then a comparison's three. */
const COLOR_SLOT: Record<Exclude<ArcColor, 'type'>, number> = { increase: 3, decrease: 4, same: 5 };

export function lookUniforms(p: Palette) {
  return {
    alpha: ARC_LOOK.alpha * p.arcOpacity,
    emphasisAlpha: Float32Array.from(ARC_LOOK.emphasis.map((e) => e.alpha)),
    /** -1: the flow type's colour; otherwise the slot in `colors`. */
    emphasisColor: Float32Array.from(
      ARC_LOOK.emphasis.map((e) => (e.color === 'type' ? -1 : COLOR_SLOT[e.color])),
    ),
    emphasisHollow: Float32Array.from(ARC_LOOK.emphasis.map((e) => (e.hollow ? 1 : 0))),
    hollowCore: ARC_LOOK.hollowCore,
    sourceFade: ARC_LOOK.sourceFade,
    coreColor: Float32Array.from(hexToRgb(p.land)),
    chevronSpacing: ARC_LOOK.chevron.spacing,
    chevronFloor: ARC_LOOK.chevron.floor,
    dimmedAlpha: ARC_LOOK.dimmedAlpha,
    hoverDim: ARC_LOOK.hoverDimAlpha,
    /** Per provenance: dash, gap, alpha. */
    provenance: Float32Array.from(ARC_LOOK.provenance.flatMap((x) => [x.dash, x.gap, x.alpha])),
    colors: Float32Array.from([
      ...FLOW_TYPES.flatMap((t) => hexToRgb(p.flow[t])),
      ...hexToRgb(p.change.increase),
      ...hexToRgb(p.change.decrease),
      ...hexToRgb(p.change.same),
    ]),
  };
}
