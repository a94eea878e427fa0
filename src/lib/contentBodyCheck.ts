import { markdownToMdast } from 'satteri';
import { editorMessage, urlProblemText } from './contentSchemas.ts';
import { linkProblem } from './officialUrl.ts';
import { scaffoldPlaceholderStart } from './positionTemplate.ts';
import { codePointName, hiddenCharacter } from './textSafety.ts';
import { isSitePath } from './urlShape.ts';

/*
 * The page text of a Markdown entry, read by the parser that renders it (Sätteri, Astro 7's
 * Markdown processor, with Astro's features), so the check sees exactly the tree the page is made
 * from: no parser disagreement to slip through. The sanitizer (contentHtml.ts) and the output check
 * (shipped/) enforce the same rules later; this gives the editor a line number first.
 */

export type ReportAt = (line: number | undefined, message: string) => void;

/** The features Astro's Sätteri processor turns on by default (`markdown.gfm`, `markdown.smartypants`). */
const astroFeatures = { gfm: true, smartPunctuation: true };

interface MarkdownNode {
  type: string;
  position?: { start: { line: number } };
  children?: MarkdownNode[];
  value?: string;
  url?: string;
}

/** A phone number written as a WhatsApp contact: "WA 0812-3456-7890", "WhatsApp: +62 812 …". */
const whatsAppNumber = /\b(whats\s?app|wa)\b[^\d+\n]{0,30}(\+?62|0)[\d\s.-]{8,16}\d/i;

export function checkMarkdownBody(text: string, at: ReportAt): void {
  const tree = markdownToMdast(text, { features: astroFeatures }) as MarkdownNode;
  const content = (tree.children ?? []).filter((node) => node.type !== 'yaml' && node.type !== 'toml');
  if (content.length === 0) {
    at(undefined, editorMessage('teks di bawah bagian data kosong; tulis isi halamannya', 'the text below the data block is empty; write the page text'));
  }
  for (const node of content) walk(node, (child) => checkNode(child, at));
}

function walk(node: MarkdownNode, visit: (node: MarkdownNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function checkNode(node: MarkdownNode, at: ReportAt): void {
  const line = node.position?.start.line;
  switch (node.type) {
    case 'html':
      at(
        line,
        editorMessage(
          `HTML tidak diizinkan di teks (${shortened(node.value ?? '')}); tulis dengan Markdown: **tebal**, *miring*, [teks tautan](https://…), daftar dengan "- "`,
          `HTML is not allowed in the text (${shortened(node.value ?? '')}); write Markdown: **bold**, *italic*, [link text](https://…), lists with "- "`,
        ),
      );
      return;
    case 'link':
    case 'definition':
      checkLink(node.url ?? '', line, at);
      return;
    case 'image':
      checkImage(node.url ?? '', line, at);
      return;
    case 'text':
    case 'inlineCode':
    case 'code':
      checkText(node.value ?? '', line, at);
      return;
    default:
  }
}

function checkLink(url: string, line: number | undefined, at: ReportAt): void {
  const problem = linkProblem(url);
  if (problem === undefined) return;
  const { id, en } = urlProblemText(problem);
  at(line, editorMessage(`tautan ${url}: ${id}`, `link ${url}: ${en}`));
}

/** An image from anywhere but the site is a request to another origin, and shows what its owner likes. */
function checkImage(url: string, line: number | undefined, at: ReportAt): void {
  if (isSitePath(url)) return;
  at(
    line,
    editorMessage(
      `gambar ${url}: gambar hanya boleh berasal dari situs ini sendiri (folder public/), misalnya /gambar/peta.png`,
      `image ${url}: images may come from this site only (the public/ folder), e.g. /gambar/peta.png`,
    ),
  );
}

function checkText(text: string, line: number | undefined, at: ReportAt): void {
  const hidden = hiddenCharacter(text);
  if (hidden !== undefined) {
    at(
      line,
      editorMessage(
        `teks memuat karakter tak terlihat ${codePointName(hidden)} yang dapat menyamarkan atau membalik tulisan; hapus karakter itu`,
        `the text contains the invisible character ${codePointName(hidden)}, which can disguise or reverse what it says; delete it`,
      ),
    );
  }
  if (whatsAppNumber.test(text)) {
    at(
      line,
      editorMessage(
        'nomor WhatsApp tidak boleh disajikan sebagai kontak: BPJS Ketenagakerjaan tidak memakai nomor WhatsApp pribadi untuk rekrutmen; rujuk kanal resmi (content/channels)',
        'a WhatsApp number must not be given as a contact: BPJS Ketenagakerjaan does not recruit through personal WhatsApp numbers; point to the official channels (content/channels)',
      ),
    );
  }
  if (text.includes(scaffoldPlaceholderStart)) {
    at(
      line,
      editorMessage(
        `teks contoh dari npm run new:position (di antara ${scaffoldPlaceholderStart} … ]]) belum diganti`,
        `the sample text from npm run new:position (between ${scaffoldPlaceholderStart} … ]]) has not been replaced`,
      ),
    );
  }
}

function shortened(html: string): string {
  const line = html.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
