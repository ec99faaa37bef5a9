/**
 * The flows as a MapLibre custom layer: every arc is one instance of a shared triangle strip, its curve
 * and style read from the instance buffer that src/domain/arcs.ts packs. Geometry is uploaded only when
 * the view changes; animation advances one time uniform per frame, so the per-frame main-thread cost does
 * not grow with the number of flows.
 */
import { MAX_STEP_NODES } from '../../data/schema.ts';
import type { Highlight } from '../../domain/highlight.ts';
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { ARC_STRIDE, type ArcGeometry } from '../../domain/arcs.ts';
import { lookUniforms } from './lookUniforms.ts';
import type { Palette } from '../palette.ts';
import { chevronCycle } from './chevronClock.ts';
import { globeArcPoint } from '../../domain/globeArcs.ts';
import { arcVertexShader, SEGMENTS } from './shaders.ts';
import { createProgram, setProjectionUniforms, type Program } from './glProgram.ts';
import { GlobeMarks } from './globeMarks.ts';

export interface ArcLayerOptions {
  id: string;
  /** Called after a frame has drawn geometry version `version`. */
  onDrawn: (version: number) => void;
}

interface GlState {
  vao: WebGLVertexArrayObject;
  instances: WebGLBuffer;
  corners: WebGLBuffer;
  /** One program per projection MapLibre draws in (its shaderData.variantName), compiled when first needed. */
  programs: Map<string, Program>;
  /** A comparison's change marks on the globe. */
  marks: GlobeMarks;
}

export class ArcLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private gl: WebGL2RenderingContext | null = null;
  private state: GlState | null = null;
  private map: MapLibreMap | null = null;
  private geometry: ArcGeometry = { data: new Float32Array(0), count: 0, maxValue: 0 };
  private version = 0;
  private uploaded = -1;
  private palette: Palette | null = null;
  private focus = new Float32Array(MAX_STEP_NODES);
  private focusCount = 0;
  private focusBetween = false;
  private hoverArc = -1;
  /** The projection of the last frame drawn, so pointing hits what is on screen. */
  private matrix: Float32Array | null = null;
  /** Whether the last frame was drawn on the globe, and the plane beyond which the globe hides a point. */
  private globe = false;
  private clippingPlane: [number, number, number, number] = [0, 0, 0, 0];
  private marks: Float32Array = new Float32Array(0);
  private motion = true;
  private scale = 1;
  private startedAt = performance.now();

  constructor(private readonly options: ArcLayerOptions) {
    this.id = options.id;
  }

  /** New arcs for the current view; returns the version the ready signal waits for. */
  setGeometry(geometry: ArcGeometry): number {
    this.geometry = geometry;
    this.version += 1;
    this.map?.triggerRepaint();
    return this.version;
  }

  /**
   * A comparison's change marks, drawn by this layer on the globe only (MARK_STRIDE floats each: the
   * marked arc's ends and 0 for a new edge, 1 for a gone one), where they must sit on the lifted arc.
   */
  setGlobeMarks(marks: Float32Array) {
    this.marks = marks;
    this.map?.triggerRepaint();
  }

  setPalette(p: Palette) {
    this.palette = p;
    this.map?.triggerRepaint();
  }

  setHighlight(highlight: Highlight | null) {
    const nodes = highlight?.nodes.slice(0, MAX_STEP_NODES) ?? [];
    this.focus.fill(-1);
    this.focus.set(nodes);
    this.focusCount = nodes.length;
    this.focusBetween = highlight?.between ?? false;
    this.map?.triggerRepaint();
  }

  setHoverArc(arc: number | null) {
    if ((arc ?? -1) === this.hoverArc) return;
    this.hoverArc = arc ?? -1;
    this.map?.triggerRepaint();
  }

  /** World coordinates to CSS pixels of the map's canvas, exactly as the last frame drew them (flat map). */
  toScreen(x: number, y: number): [number, number] | null {
    if (this.globe) return null;
    return this.project(x, y, 0);
  }

  /** Whether the last frame was drawn on the globe: arcs then follow great circles (globeArcPath). */
  get onGlobe(): boolean {
    return this.globe;
  }

  /**
   * Points along an arc as the last globe frame drew it, in CSS pixels; null for a point the globe hides
   * (behind the horizon), and null altogether when the last frame was flat.
   */
  globeArcPath(
    x0: number,
    y0: number,
    x1: number,
    y1: number,
    samples: number,
  ): Array<[number, number] | null> | null {
    if (!this.globe) return null;
    const [a, b, c, d] = this.clippingPlane;
    return Array.from({ length: samples + 1 }, (_, i) => {
      const [x, y, z] = globeArcPoint(x0, y0, x1, y1, i / samples);
      return a * x + b * y + c * z + d < 0 ? null : this.project(x, y, z);
    });
  }

  private project(x: number, y: number, z: number): [number, number] | null {
    const m = this.matrix;
    const canvas = this.map?.getCanvas();
    if (!m || !canvas) return null;
    const cx = m[0]! * x + m[4]! * y + m[8]! * z + m[12]!;
    const cy = m[1]! * x + m[5]! * y + m[9]! * z + m[13]!;
    const cw = m[3]! * x + m[7]! * y + m[11]! * z + m[15]!;
    return [((cx / cw) * 0.5 + 0.5) * canvas.clientWidth, (0.5 - (cy / cw) * 0.5) * canvas.clientHeight];
  }

  setMotion(enabled: boolean) {
    this.motion = enabled;
    this.map?.triggerRepaint();
  }

  /** The room's wallScale (src/map/look.ts): widths, dashes and chevron spacing grow with it. */
  setScale(scale: number) {
    this.scale = scale;
    this.map?.triggerRepaint();
  }

  get animating() {
    return this.motion && this.geometry.count > 0;
  }

  onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext) {
    this.map = map;
    this.gl = gl as WebGL2RenderingContext;
    this.state = createGlState(this.gl);
    this.uploaded = -1;
  }

  onRemove() {
    const { gl, state } = this;
    if (gl && state && !gl.isContextLost()) {
      gl.deleteBuffer(state.instances);
      gl.deleteBuffer(state.corners);
      gl.deleteVertexArray(state.vao);
      state.marks.dispose(gl);
      for (const p of state.programs.values()) gl.deleteProgram(p.program);
    }
    this.state = null;
    this.gl = null;
    this.map = null;
  }

  render(gl: WebGL2RenderingContext | WebGLRenderingContext, options: CustomRenderMethodInput) {
    const g = gl as WebGL2RenderingContext;
    const state = this.state;
    if (!state || !this.map || !this.palette) return;
    if (this.uploaded !== this.version) {
      g.bindBuffer(g.ARRAY_BUFFER, state.instances);
      g.bufferData(g.ARRAY_BUFFER, this.geometry.data, g.STATIC_DRAW);
      this.uploaded = this.version;
      // A hovered index means another arc in new geometry.
      this.hoverArc = -1;
    }
    if (this.geometry.count > 0) {
      const { shaderData, defaultProjectionData: projection } = options;
      let program = state.programs.get(shaderData.variantName);
      if (!program) {
        program = createProgram(g, arcVertexShader(shaderData.vertexShaderPrelude, shaderData.define));
        state.programs.set(shaderData.variantName, program);
      }
      const u = program.uniforms;
      g.useProgram(program.program);
      const matrix = projection.mainMatrix as Float32Array;
      (this.matrix ??= new Float32Array(16)).set(matrix);
      this.globe = /GLOBE/.test(shaderData.define);
      this.clippingPlane = [...projection.clippingPlane];
      g.uniformMatrix4fv(u.u_matrix!, false, matrix);
      setProjectionUniforms(g, u, options);
      g.uniform2f(u.u_viewport!, g.drawingBufferWidth, g.drawingBufferHeight);
      g.uniform1f(u.u_pixel_ratio!, this.map.getPixelRatio() * this.scale);
      g.uniform1f(u.u_cycle!, this.motion ? chevronCycle(performance.now() - this.startedAt) : 0);
      g.uniform1f(u.u_motion!, this.motion ? 1 : 0);
      g.uniform1fv(u.u_focus!, this.focus);
      g.uniform1f(u.u_focus_count!, this.focusCount);
      g.uniform1f(u.u_focus_between!, this.focusBetween ? 1 : 0);
      const look = lookUniforms(this.palette);
      g.uniform3fv(u.u_colors!, look.colors);
      g.uniform1f(u.u_alpha!, look.alpha);
      g.uniform1fv(u.u_emphasis_alpha!, look.emphasisAlpha);
      g.uniform1fv(u.u_emphasis_color!, look.emphasisColor);
      g.uniform1fv(u.u_emphasis_hollow!, look.emphasisHollow);
      g.uniform1f(u.u_hollow_core!, look.hollowCore);
      g.uniform3fv(u.u_core_color!, look.coreColor);
      g.uniform1f(u.u_chevron_spacing!, look.chevronSpacing);
      g.uniform1f(u.u_chevron_floor!, look.chevronFloor);
      g.uniform1f(u.u_source_fade!, look.sourceFade);
      g.uniform1f(u.u_dimmed_alpha!, look.dimmedAlpha);
      g.uniform1f(u.u_hover_arc!, this.hoverArc);
      g.uniform1f(u.u_hover_dim!, look.hoverDim);
      g.uniform3fv(u.u_provenance!, look.provenance);
      g.bindVertexArray(state.vao);
      g.enable(g.BLEND);
      g.blendFunc(g.ONE, g.ONE_MINUS_SRC_ALPHA);
      g.drawArraysInstanced(g.TRIANGLE_STRIP, 0, (SEGMENTS + 1) * 2, this.geometry.count);
      g.bindVertexArray(null);
      if (this.globe && this.marks.length)
        state.marks.draw(g, options, this.marks, this.palette, this.map.getPixelRatio() * this.scale);
    }
    this.options.onDrawn(this.version);
  }
}

function createGlState(gl: WebGL2RenderingContext): GlState {
  const vao = gl.createVertexArray()!;
  gl.bindVertexArray(vao);

  // Shared strip: for each of SEGMENTS+1 stations along the curve, a vertex on either side.
  const corners = new Float32Array((SEGMENTS + 1) * 4);
  for (let i = 0; i <= SEGMENTS; i++) corners.set([i / SEGMENTS, -1, i / SEGMENTS, 1], i * 4);
  const cornerBuffer = gl.createBuffer()!;
  gl.bindBuffer(gl.ARRAY_BUFFER, cornerBuffer);
  gl.bufferData(gl.ARRAY_BUFFER, corners, gl.STATIC_DRAW);
  gl.enableVertexAttribArray(0);
  gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);

  const instances = gl.createBuffer()!;
  gl.bindBuffer(gl.ARRAY_BUFFER, instances);
  const stride = ARC_STRIDE * 4;
  // a_curve, a_end, a_meta, a_extra at locations 1–4 (ARC_ATTRIBUTES).
  for (let i = 0; i < 4; i++) {
    gl.enableVertexAttribArray(i + 1);
    gl.vertexAttribPointer(i + 1, 4, gl.FLOAT, false, stride, i * 16);
    gl.vertexAttribDivisor(i + 1, 1);
  }
  gl.bindVertexArray(null);

  return {
    vao,
    instances,
    corners: cornerBuffer,
    programs: new Map(),
    marks: new GlobeMarks(gl),
  };
}
