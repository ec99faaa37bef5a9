/**
 * GLSL for the arc layer. Instance layout (see src/domain/arcs.ts):
 *   a_curve = x0 y0 cx cy   a_end = x1 y1 width type   a_meta = source target phase value
 *   a_extra = emphasis (0 plain, 1 grew, 2 shrank, 3 unchanged, 4 new, 5 gone), provenance (0 reported,
 *             1 illustrative, 2 mixed) and spare floats
 * The strip is widened in screen space so arcs keep their pixel width at every zoom. Direction shows as
 * chevrons pointing from source to target; with motion allowed they travel along the arc, driven only
 * by `u_cycle`. Every colour choice, opacity, dash, gap and hollow core comes in as a uniform from
 * src/map/look.ts (see lookUniforms.ts); u_colors holds the three flow types, then increase, decrease and
 * unchanged.
 */
import { MAX_STEP_NODES } from '../../data/schema.ts';
import { GLOBE_ARC_LIFT } from '../../domain/globeArcs.ts';

export const SEGMENTS = 48;

/** Attribute locations, fixed so one vertex array serves the program of every projection. */
export const ARC_ATTRIBUTES = ['a_corner', 'a_curve', 'a_end', 'a_meta', 'a_extra'] as const;

/**
 * The vertex shader for one of MapLibre's projections: `prelude` and `define` come from the custom layer's
 * render input (shaderData). On the flat map an arc is the quadratic Bézier of its instance data; on the
 * globe (GLOBE defined) it follows the great circle between its ends, lifted above the surface by
 * GLOBE_ARC_LIFT of its length at the middle (src/domain/globeArcs.ts is the same path on the CPU, for
 * pointing), and MapLibre's projection clips what lies behind the horizon.
 */
export function arcVertexShader(prelude: string, define: string): string {
  return `#version 300 es
precision highp float;
${prelude}
${define}
${ARC_VERTEX_BODY}`;
}

/** The lifted great circle from world point `from` to `to` (src/domain/globeArcs.ts), in clip space. */
const GLOBE_PATH = `
vec4 globeArcClip(vec2 from, vec2 to, float t) {
  vec3 a = projectToSphere(from);
  vec3 b = projectToSphere(to);
  float omega = acos(clamp(dot(a, b), -1.0, 1.0));
  vec3 p = omega < 1e-6 ? a : normalize(sin((1.0 - t) * omega) * a + sin(t * omega) * b);
  // The point's Mercator position, for MapLibre's flat fallback (used when it blends globe and flat).
  vec2 merc = vec2(fract((atan(p.x, p.z) - PI) / (2.0 * PI)), 0.5 - atanh(clamp(p.y, -0.9999, 0.9999)) / (2.0 * PI));
  float lift = ${GLOBE_ARC_LIFT.toFixed(4)} * omega * GLOBE_RADIUS * 4.0 * t * (1.0 - t);
  return interpolateProjection(merc, p, lift);
}`;

const ARC_VERTEX_BODY = `
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_pixel_ratio;
uniform float u_focus[${MAX_STEP_NODES}];
uniform float u_focus_count;
uniform float u_focus_between;
uniform vec3 u_colors[6];
uniform float u_alpha;
uniform float u_emphasis_alpha[6];
uniform float u_emphasis_color[6];
uniform float u_emphasis_hollow[6];
uniform float u_dimmed_alpha;
uniform float u_hover_arc;
uniform float u_hover_dim;
uniform vec3 u_provenance[3];
in vec2 a_corner;
in vec4 a_curve;
in vec4 a_end;
in vec4 a_meta;
in vec4 a_extra;
out float v_t;
out float v_side;
out float v_length;
out float v_width;
out float v_phase;
out vec3 v_color;
out float v_alpha;
out vec2 v_dash;
out float v_hollow;

// src/domain/highlight.ts, arcDimmed: one node keeps every flow touching it bright; a story step's named
// nodes keep only the flows between two of them.
bool inFocus(float node) {
  for (int i = 0; i < ${MAX_STEP_NODES}; i++) {
    if (float(i) >= u_focus_count) break;
    if (abs(node - u_focus[i]) < 0.5) return true;
  }
  return false;
}

bool arcDimmed() {
  if (u_focus_count < 0.5) return false;
  bool s = inFocus(a_meta.x);
  bool t = inFocus(a_meta.y);
  return u_focus_between > 0.5 ? !(s && t) : !(s || t);
}

#ifdef GLOBE
${GLOBE_PATH}

vec4 clipAt(float t) {
  return globeArcClip(a_curve.xy, a_end.xy, t);
}
#else
vec2 bezier(float t) {
  float u = 1.0 - t;
  return u * u * a_curve.xy + 2.0 * u * t * a_curve.zw + t * t * a_end.xy;
}

vec4 clipAt(float t) {
  return u_matrix * vec4(bezier(t), 0.0, 1.0);
}
#endif

vec2 toScreen(vec4 clip) {
  return (clip.xy / clip.w * 0.5 + 0.5) * u_viewport;
}

void main() {
  float t = a_corner.x;
  vec4 clip = clipAt(t);
  vec2 here = toScreen(clip);
  vec2 ahead = toScreen(clipAt(min(t + 0.01, 1.0)));
  vec2 behind = toScreen(clipAt(max(t - 0.01, 0.0)));
  vec2 tangent = normalize(ahead - behind + vec2(1e-6, 0.0));
  vec2 normal = vec2(-tangent.y, tangent.x);
  // Slightly tapered: thinner at the source, full width towards the target.
  float width = a_end.z * u_pixel_ratio * (0.55 + 0.45 * t);
  vec2 screen = here + normal * a_corner.y * (width * 0.5 + 1.0);
  gl_Position = vec4((screen / u_viewport * 2.0 - 1.0) * clip.w, clip.z, clip.w);

  v_t = t;
  v_side = a_corner.y;
#ifdef GLOBE
  // Along the drawn path (a lifted great circle is much longer on screen than the chord between its ends).
  float along = 0.0;
  vec2 last = toScreen(clipAt(0.0));
  for (int i = 1; i <= 8; i++) {
    vec2 next = toScreen(clipAt(float(i) / 8.0));
    along += distance(last, next);
    last = next;
  }
  v_length = along + 1.0;
#else
  v_length = distance(toScreen(clipAt(0.0)), toScreen(clipAt(1.0))) * 1.15 + 1.0;
#endif
  v_width = width;
  v_phase = a_meta.z;
  int emphasis = int(a_extra.x + 0.5);
  float slot = u_emphasis_color[emphasis];
  v_color = slot < 0.0 ? u_colors[int(a_end.w + 0.5)] : u_colors[int(slot + 0.5)];
  v_hollow = u_emphasis_hollow[emphasis];
  bool dimmed = arcDimmed();
  vec3 provenance = u_provenance[int(a_extra.y + 0.5)];
  v_dash = provenance.xy * u_pixel_ratio;
  // While the pointer is on an arc, the others step back.
  bool besideHover = u_hover_arc >= 0.0 && abs(float(gl_InstanceID) - u_hover_arc) > 0.5;
  v_alpha = u_alpha * u_emphasis_alpha[emphasis] * provenance.z * (dimmed ? u_dimmed_alpha : 1.0) *
    (besideHover ? u_hover_dim : 1.0);
}
`;

export const ARC_FRAGMENT_SHADER = `#version 300 es
precision highp float;
uniform float u_cycle;
uniform float u_motion;
uniform float u_pixel_ratio;
uniform float u_chevron_spacing;
uniform float u_chevron_floor;
uniform float u_hollow_core;
uniform float u_source_fade;
uniform vec3 u_core_color;
in float v_t;
in float v_side;
in float v_length;
in float v_width;
in float v_phase;
in vec3 v_color;
in float v_alpha;
in vec2 v_dash;
in float v_hollow;
out vec4 fragColor;

void main() {
  // Soft edge across the arc.
  float across = abs(v_side);
  float edge = 1.0 - smoothstep(v_width / (v_width + 2.0), 1.0, across);
  // Chevrons, bent back at the edges so they point towards the target.
  float spacing = u_chevron_spacing * u_pixel_ratio;
  float along = v_t * v_length / spacing - across * 0.35 - u_cycle * u_motion - v_phase;
  float chevron = smoothstep(0.0, 0.18, fract(along)) * (1.0 - smoothstep(0.32, 0.5, fract(along)));
  // Dashes (illustrative and mixed records): gaps along the arc let the basemap show through.
  float period = v_dash.x + v_dash.y;
  float dashed = v_dash.y > 0.0 && mod(v_t * v_length, period) > v_dash.x ? 0.0 : 1.0;
  // Fade in from the source so each arc reads as leaving it.
  float fade = smoothstep(0.0, u_source_fade, v_t);
  float alpha = (u_chevron_floor + (1.0 - u_chevron_floor) * chevron) * edge * fade * dashed * v_alpha;
  // A hollow arc (a decrease) has its core in the land's colour: the same hue, another shape.
  float core = v_hollow > 0.5 && across < u_hollow_core ? 1.0 : 0.0;
  vec3 color = mix(v_color, u_core_color, core);
  fragColor = vec4(color * alpha, alpha);
}
`;

/** Attribute locations of the change-mark program: a quad corner, the marked arc's ends, its kind. */
export const MARK_ATTRIBUTES = ['a_corner', 'a_ends', 'a_kind'] as const;

/**
 * A comparison's change marks on the globe, at the middle of their arcs as lifted there (on the flat map
 * MapLibre's circles sit on the arcs already). Each mark is a screen-space quad around that point, drawn
 * as the circle the look describes: a fill of `u_radius`, and a stroke outside it, as MapLibre's circles
 * draw. Kind 0 is a new edge, 1 a gone one (changeMarkLook in src/map/look.ts).
 */
export function markVertexShader(prelude: string, define: string): string {
  return `#version 300 es
precision highp float;
${prelude}
${define}
uniform vec2 u_viewport;
uniform float u_pixel_ratio;
uniform float u_radius;
uniform float u_stroke_width[2];
in vec2 a_corner;
in vec4 a_ends;
in float a_kind;
out vec2 v_offset;
flat out int v_kind;
${GLOBE_PATH}

void main() {
  int kind = int(a_kind + 0.5);
  vec4 clip = globeArcClip(a_ends.xy, a_ends.zw, 0.5);
  float size = (u_radius + u_stroke_width[kind]) * u_pixel_ratio + 1.0;
  vec2 screen = (clip.xy / clip.w * 0.5 + 0.5) * u_viewport + a_corner * size;
  gl_Position = vec4((screen / u_viewport * 2.0 - 1.0) * clip.w, clip.z, clip.w);
  v_offset = a_corner * size;
  v_kind = kind;
}`;
}

export const MARK_FRAGMENT_SHADER = `#version 300 es
precision highp float;
uniform float u_pixel_ratio;
uniform float u_radius;
uniform float u_stroke_width[2];
uniform vec4 u_fill[2];
uniform vec3 u_stroke[2];
in vec2 v_offset;
flat in int v_kind;
out vec4 fragColor;

void main() {
  float d = length(v_offset);
  float r = u_radius * u_pixel_ratio;
  float outer = r + u_stroke_width[v_kind] * u_pixel_ratio;
  float inside = 1.0 - smoothstep(r - 0.5, r + 0.5, d);
  float covered = 1.0 - smoothstep(outer - 0.5, outer + 0.5, d);
  vec4 fill = u_fill[v_kind];
  vec3 color = mix(u_stroke[v_kind], fill.rgb, inside);
  float alpha = covered * mix(1.0, fill.a, inside);
  fragColor = vec4(color * alpha, alpha);
}
`;
