/** The part of harfbuzzjs (HarfBuzz compiled to WebAssembly; satori's own shaper) the share pictures use. */
declare module 'harfbuzzjs' {
  export interface HarfBuzzBlob {
    destroy(): void;
  }
  export interface HarfBuzzFace {
    upem: number;
    destroy(): void;
  }
  export interface HarfBuzzFont {
    setScale(xScale: number, yScale: number): void;
    /** The glyph's outline as SVG path data, in font units with y pointing up. */
    glyphToPath(glyph: number): string;
    /** The glyph's ink box in font units, y pointing up (height is negative); null for an empty glyph. */
    glyphExtents(glyph: number): { xBearing: number; yBearing: number; width: number; height: number } | null;
    destroy(): void;
  }
  export interface HarfBuzzBuffer {
    addText(text: string): void;
    guessSegmentProperties(): void;
    /** g: glyph, cl: cluster, ax/ay: advance, dx/dy: offset, all in the font's scale. */
    json(): { g: number; cl: number; ax: number; ay: number; dx: number; dy: number }[];
    destroy(): void;
  }
  export interface HarfBuzz {
    createBlob(data: Uint8Array): HarfBuzzBlob;
    createFace(blob: HarfBuzzBlob, index: number): HarfBuzzFace;
    createFont(face: HarfBuzzFace): HarfBuzzFont;
    createBuffer(): HarfBuzzBuffer;
    shape(font: HarfBuzzFont, buffer: HarfBuzzBuffer, features?: string): void;
  }
  const harfbuzz: Promise<HarfBuzz>;
  export default harfbuzz;
}
