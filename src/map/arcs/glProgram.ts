/** Compiling the arc layer's WebGL programs, and MapLibre's projection uniforms they share. */
import type { CustomRenderMethodInput } from 'maplibre-gl';
import { ARC_ATTRIBUTES, ARC_FRAGMENT_SHADER } from './shaders.ts';

export interface Program {
  program: WebGLProgram;
  uniforms: Record<string, WebGLUniformLocation | null>;
}

/** Every uniform any of the programs reads; a program lacking one gets a null location. */
const UNIFORMS = [
  'u_matrix',
  'u_viewport',
  'u_pixel_ratio',
  'u_cycle',
  'u_focus',
  'u_focus_count',
  'u_focus_between',
  'u_colors',
  'u_motion',
  'u_alpha',
  'u_emphasis_alpha',
  'u_emphasis_color',
  'u_emphasis_hollow',
  'u_hollow_core',
  'u_core_color',
  'u_chevron_spacing',
  'u_chevron_floor',
  'u_source_fade',
  'u_dimmed_alpha',
  'u_hover_arc',
  'u_hover_dim',
  'u_provenance',
  'u_radius',
  'u_stroke_width',
  'u_fill',
  'u_stroke',
  // MapLibre's projection (used on the globe): see CustomRenderMethodInput.defaultProjectionData.
  'u_projection_matrix',
  'u_projection_tile_mercator_coords',
  'u_projection_clipping_plane',
  'u_projection_transition',
  'u_projection_fallback_matrix',
];

/** MapLibre's projection for this frame (CustomRenderMethodInput.defaultProjectionData), used on the globe. */
export function setProjectionUniforms(
  g: WebGL2RenderingContext,
  u: Program['uniforms'],
  { defaultProjectionData: projection }: CustomRenderMethodInput,
) {
  g.uniformMatrix4fv(u.u_projection_matrix!, false, projection.mainMatrix as Float32Array);
  g.uniform4f(u.u_projection_tile_mercator_coords!, ...projection.tileMercatorCoords);
  g.uniform4f(u.u_projection_clipping_plane!, ...projection.clippingPlane);
  g.uniform1f(u.u_projection_transition!, projection.projectionTransition);
  g.uniformMatrix4fv(u.u_projection_fallback_matrix!, false, projection.fallbackMatrix as Float32Array);
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
    throw new Error(`arc shader: ${gl.getShaderInfoLog(shader)}`);
  return shader;
}

export function createProgram(
  gl: WebGL2RenderingContext,
  vertexSource: string,
  fragmentSource = ARC_FRAGMENT_SHADER,
  attributes: readonly string[] = ARC_ATTRIBUTES,
): Program {
  const program = gl.createProgram()!;
  gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, vertexSource));
  gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, fragmentSource));
  // The same locations in every program, so one vertex array serves the programs of every projection.
  attributes.forEach((name, i) => gl.bindAttribLocation(program, i, name));
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS))
    throw new Error(`arc program: ${gl.getProgramInfoLog(program)}`);
  const uniforms = Object.fromEntries(UNIFORMS.map((n) => [n, gl.getUniformLocation(program, n)]));
  return { program, uniforms };
}
