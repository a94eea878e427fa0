import { transform } from 'lightningcss';

/*
 * The site's one stylesheet, as every page inlines it. The project builds it itself (rather than
 * letting the bundler inline whatever CSS it collected) so that the Content-Security-Policy can
 * hash it from the source, never from what is found in the built pages: a `<style>` that reached a
 * page some other way is then neither hashed nor allowed. Component `<style>` blocks would bypass
 * this, so all CSS lives in src/styles/global.css.
 */

/** The minified text of `src/styles/global.css`, exactly as it is written into each page's `<style>`. */
export function siteStylesheet(source: string): string {
  const { code } = transform({ filename: 'global.css', code: new TextEncoder().encode(source), minify: true });
  return new TextDecoder().decode(code);
}
