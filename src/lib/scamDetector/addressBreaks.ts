import { detectSignals } from './index.ts';

/**
 * A text cut where a line may break inside its addresses: after each dot and slash of every web or
 * e-mail address the detector finds in it, which is where a reader expects an address to wrap
 * (`rekrutmen.bpjsketenagakerjaan.` / `go.id`), never inside a label (`go.i` / `d`) nor between the
 * slashes of `https://`. The pieces
 * joined give the text back; a page puts a `<wbr>` between them. Text without an address is one piece.
 */
export function addressPieces(text: string): string[] {
  let pieces = known.get(text);
  if (pieces === undefined) {
    pieces = cutAtAddressBreaks(text);
    known.set(text, pieces);
  }
  return pieces;
}

/** Pages repeat the same sentences (the agency's claims) thousands of times in a build: each is read once. */
const known = new Map<string, string[]>();

function cutAtAddressBreaks(text: string): string[] {
  const cuts = detectSignals(text)
    .filter(({ kind }) => kind === 'web' || kind === 'email')
    .flatMap(({ start, end }) => [...text.slice(start, end - 1).matchAll(/\.|\/(?!\/)/g)].map((match) => start + match.index + 1));
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(text.slice(from, cut));
    from = cut;
  }
  pieces.push(text.slice(from));
  return pieces;
}
