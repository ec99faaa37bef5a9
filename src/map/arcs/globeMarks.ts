/**
 * A comparison's change marks on the globe, drawn by the arc layer at the middle of their arcs as lifted
 * there (MapLibre's circles can only sit on the ground under it; on the flat map they sit on the arcs and
 * MapLibre draws them). A quad per mark around the lifted point the arc shader computes, drawn as the
 * look's circle (src/map/look.ts changeMarkLook).
 */
import type { CustomRenderMethodInput } from 'maplibre-gl';
import { ARC, ARC_STRIDE } from '../../domain/arcs.ts';
import type { MapScene } from '../../state/scene.ts';
import { changeMarkLook, CHANGE_MARK_LOOK } from '../look.ts';
import { hexToRgb, type Palette } from '../palette.ts';
import { createProgram, setProjectionUniforms, type Program } from './glProgram.ts';
import { MARK_ATTRIBUTES, MARK_FRAGMENT_SHADER, markVertexShader } from './shaders.ts';

/** Floats per mark: the marked arc's ends (x0 y0 x1 y1) and its kind (0 a new edge, 1 a gone one). */
export const MARK_STRIDE = 5;

/** The marks the arc layer draws on the globe: each marked arc's ends and its kind (MARK_STRIDE floats). */
export function packGlobeMarks(scene: MapScene): Float32Array {
  const d = scene.arcs.data;
  const out = new Float32Array(scene.marks.length * MARK_STRIDE);
  scene.marks.forEach((m, i) => {
    const o = m.arc * ARC_STRIDE;
    out.set(
      [d[o + ARC.x0]!, d[o + ARC.y0]!, d[o + ARC.x1]!, d[o + ARC.y1]!, m.kind === 'added' ? 0 : 1],
      i * MARK_STRIDE,
    );
  });
  return out;
}

export class GlobeMarks {
  private readonly vao: WebGLVertexArrayObject;
  private readonly corners: WebGLBuffer;
  private readonly instances: WebGLBuffer;
  /** One program per globe variant MapLibre draws in, compiled when first needed. */
  private readonly programs = new Map<string, Program>();
  private uploaded: Float32Array | null = null;

  constructor(gl: WebGL2RenderingContext) {
    // One quad (a_corner, location 0) per mark instance (a_ends, a_kind at 1 and 2).
    this.vao = gl.createVertexArray()!;
    gl.bindVertexArray(this.vao);
    this.corners = gl.createBuffer()!;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.corners);
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), gl.STATIC_DRAW);
    gl.enableVertexAttribArray(0);
    gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
    this.instances = gl.createBuffer()!;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.instances);
    gl.enableVertexAttribArray(1);
    gl.vertexAttribPointer(1, 4, gl.FLOAT, false, MARK_STRIDE * 4, 0);
    gl.vertexAttribDivisor(1, 1);
    gl.enableVertexAttribArray(2);
    gl.vertexAttribPointer(2, 1, gl.FLOAT, false, MARK_STRIDE * 4, 16);
    gl.vertexAttribDivisor(2, 1);
    gl.bindVertexArray(null);
  }

  /** Draws `marks` (MARK_STRIDE floats each) in this frame's globe projection. */
  draw(
    g: WebGL2RenderingContext,
    options: CustomRenderMethodInput,
    marks: Float32Array,
    palette: Palette,
    pixelRatio: number,
  ) {
    const { shaderData } = options;
    let program = this.programs.get(shaderData.variantName);
    if (!program) {
      program = createProgram(
        g,
        markVertexShader(shaderData.vertexShaderPrelude, shaderData.define),
        MARK_FRAGMENT_SHADER,
        MARK_ATTRIBUTES,
      );
      this.programs.set(shaderData.variantName, program);
    }
    if (this.uploaded !== marks) {
      g.bindBuffer(g.ARRAY_BUFFER, this.instances);
      g.bufferData(g.ARRAY_BUFFER, marks, g.STATIC_DRAW);
      this.uploaded = marks;
    }
    const u = program.uniforms;
    g.useProgram(program.program);
    setProjectionUniforms(g, u, options);
    g.uniform2f(u.u_viewport!, g.drawingBufferWidth, g.drawingBufferHeight);
    g.uniform1f(u.u_pixel_ratio!, pixelRatio);
    g.uniform1f(u.u_radius!, CHANGE_MARK_LOOK.radius);
    const looks = (['added', 'removed'] as const).map((kind) => changeMarkLook(kind, palette));
    g.uniform1fv(
      u.u_stroke_width!,
      looks.map((l) => l.strokeWidth),
    );
    g.uniform4fv(
      u.u_fill!,
      looks.flatMap((l) => [...hexToRgb(l.fill), l.fillOpacity]),
    );
    g.uniform3fv(
      u.u_stroke!,
      looks.flatMap((l) => hexToRgb(l.stroke)),
    );
    g.bindVertexArray(this.vao);
    g.drawArraysInstanced(g.TRIANGLE_STRIP, 0, 4, marks.length / MARK_STRIDE);
    g.bindVertexArray(null);
  }

  dispose(gl: WebGL2RenderingContext) {
    gl.deleteBuffer(this.instances);
    gl.deleteBuffer(this.corners);
    gl.deleteVertexArray(this.vao);
    for (const p of this.programs.values()) gl.deleteProgram(p.program);
  }
}
